/**
 * `stemhulp-data vertaling`: an organisation's own translation of the widget (issue 26).
 *   vertaling export <taal> <bestand.csv> [--van <taalbestand.json>]
 *   vertaling import <bestand.csv> --out <map> [--naam <naam>] [--richting ltr|rtl] [--nagekeken]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { baseLanguage } from '../core/lang.js';
import { formatProblem, hasErrors } from '../authoring/problems.js';
import { exportSheet, importSheet, isLanguage, shippedLanguages } from '../authoring/translation.js';

const print = (s: string) => process.stdout.write(s + '\n');

export interface VertalingOptions {
  out?: string;
  van?: string;
  naam?: string;
  richting?: string;
  nagekeken?: boolean;
}

async function runExport(taal: string | undefined, file: string | undefined, van: string | undefined, usage: string): Promise<number> {
  const lang = baseLanguage(taal ?? '');
  if (!taal || !file) return (print(`Geef een taal en een bestand op, bijvoorbeeld: vertaling export ti vertaling-ti.csv\n\n${usage}`), 2);
  if (!isLanguage(lang) || lang === 'nl')
    return (
      print(
        `"${taal}" is geen taalcode die een taalbestand kan hebben: gebruik de code van twee of drie letters, zoals ti, so of fa (niet nl: dat is de eigen taal van de widget).`,
      ),
      2
    );
  let current: Record<string, string> = {};
  if (van) {
    try {
      const json = JSON.parse((await readFile(van, 'utf8')).replace(/^\ufeff/, ''));
      current = json && typeof json.strings === 'object' && json.strings ? json.strings : {};
    } catch (e) {
      return (print(`${van} kan niet worden gelezen als taalbestand (${(e as Error).message}).`), 1);
    }
  }
  await writeFile(file, exportSheet(lang, current));
  const from = van ? ` met de vertalingen uit ${van}` : shippedLanguages.includes(lang) ? ` met de eigen ${lang}-teksten van de widget` : '';
  print(
    `Geschreven: ${file}${from}. Vul de kolom vertaling:${lang} in (de kolom context zegt waar een tekst staat en welke plaatshouders als {name} erin horen), en maak dan het taalbestand met: vertaling import ${file} --out talen`,
  );
  return 0;
}

async function runImport(file: string | undefined, o: VertalingOptions, usage: string): Promise<number> {
  if (!file) return (print(`Geef het ingevulde blad op.\n\n${usage}`), 2);
  if (!o.out) return (print(`Geef met --out de map waar het taalbestand moet komen, bijvoorbeeld: --out talen\n\n${usage}`), 2);
  if (!existsSync(file)) return (print(`Het bestand ${file} bestaat niet.`), 2);
  if (o.richting && o.richting !== 'ltr' && o.richting !== 'rtl') return (print('--richting is ltr (van links naar rechts) of rtl (van rechts naar links).'), 2);
  const { json, problems } = importSheet(basename(file), await readFile(file), { name: o.naam, dir: o.richting as 'ltr' | 'rtl' | undefined, checked: o.nagekeken });
  for (const p of problems) print(formatProblem({ ...p, place: { ...p.place, file } }));
  if (!json || hasErrors(problems)) {
    print(`\nEr is niets geschreven: los de fouten op en draai het commando opnieuw.`);
    return 1;
  }
  await mkdir(o.out, { recursive: true });
  const target = join(o.out, `${json.lang}.json`);
  await writeFile(target, JSON.stringify(json, null, 2) + '\n');
  print(
    `${problems.length ? '\n' : ''}Geschreven: ${target} (${Object.keys(json.strings).length} vertalingen, status "${json.status}"${json.status === 'concept' ? ': nog na te kijken door iemand die de taal als moedertaal spreekt; daarna --nagekeken' : ''}).\n` +
      `Zet het bestand naast de index en noem het daar: "translations": { "${json.lang}": "${o.out.replace(/\\/g, '/').replace(/\/$/, '')}/${json.lang}.json" }`,
  );
  return 0;
}

/** `vertaling export …` or `vertaling import …`. */
export function runVertaling(sub: string | undefined, args: string[], o: VertalingOptions, usage: string): Promise<number> {
  if (sub === 'export') return runExport(args[0], args[1], o.van, usage);
  if (sub === 'import') return runImport(args[0], o, usage);
  return Promise.resolve((print(`Na "vertaling" komt export of import.\n\n${usage}`), 2));
}
