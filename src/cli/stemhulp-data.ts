/**
 * `stemhulp-data`: the data authors' command line.
 *   import <map> --out <map>     spreadsheets → index.json + gemeenten/<code>.json, checked
 *   template <map>               writes the template (the example gemeente GM9901)
 *   validate <bestand-of-URL>    checks JSON as the widget reads it, following `data` links and language files
 *   vertaling export|import      an organisation's own translation of the widget (cli/vertaling.ts)
 * Exit code 1 when there are errors, 0 with only warnings, 2 for a wrong command.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importSheets } from '../authoring/import.js';
import { checkJson, isCors } from '../authoring/check.js';
import { formatProblem, hasErrors, type SheetProblem } from '../authoring/problems.js';
import { LOCAL, localReader, remoteReader, walk } from './io.js';
import { runAnswers } from './answers.js';
import { runExport, runInvite, runStatus } from './parties.js';
import { runVertaling } from './vertaling.js';
import { verdictNotice } from '../authoring/verdict-notes.js';

/**
 * How this command is started, for the commands it suggests. A bare `npx stemhulp-data`
 * outside this project would ask the npm registry for a package of that name, which is
 * not this one: run through npx, the package is named (`-p stemhulp-widget`, or the
 * tarball it came from, as npx tells it in npm_config_package).
 */
function invocation(): string {
  const pkg = process.env.npm_config_package;
  if (!process.env.npm_command || process.env.npm_command !== 'exec') return 'npx -p stemhulp-widget stemhulp-data';
  return `npx -p ${pkg && /^[\w@./:~+-]+$/.test(pkg) ? pkg : 'stemhulp-widget'} stemhulp-data`;
}
const CMD = invocation();

const USAGE = `Gebruik:
  ${CMD} template <map>              schrijf de template (een voorbeeldgemeente) in <map>
  ${CMD} import <map> --out <map>    maak de JSON-bestanden van de spreadsheets in <map>
  ${CMD} validate <bestand-of-URL>   controleer een index.json of gemeentebestand
        [--json]      de problemen als JSON, voor programma's
  ${CMD} uitnodigen <map> --formulier <URL> --gegevens <URL>
                                     schrijf <map>/uitnodigingen.csv: een link met code per partij
        [--vervang GM0363:p1]        geef die partij een nieuwe code (de oude link werkt dan niet meer)
  ${CMD} antwoorden <map> <bestand-of-map…>
                                     zet de antwoordbestanden van partijen in standpunten.csv
  ${CMD} status <map> [--csv] [--out <bestand>]
                                     per gemeente: welke partijen antwoordden, wat lezers zien
  ${CMD} export <map-of-URL> --csv [--out <bestand>]
                                     open data: het oordeel per gemeente en partij, als CSV
Uitleg: docs/gegevens-invoeren.md in het pakket stemhulp-widget`;

const print = (s: string) => process.stdout.write(s + '\n');

function summary(problems: SheetProblem[]) {
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  return `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
}

/** After the last line: what readers will see of the verdict, when a party's position is unknown. */
const notice = (problems: SheetProblem[]) => (verdictNotice(problems) ? `\n${verdictNotice(problems)}` : '');

async function runImport(folder: string, out: string | undefined): Promise<number> {
  if (!out) return (print('Geef met --out de map waar de JSON-bestanden moeten komen, bijvoorbeeld: --out publiceren\n\n' + USAGE), 2);
  if (!existsSync(folder)) return (print(`De map ${folder} bestaat niet.`), 2);
  const skipped: SheetProblem[] = [];
  const result = await importSheets(await walk(folder, folder, undefined, skipped));
  result.problems.push(...skipped);
  for (const p of result.problems) print(formatProblem({ ...p, place: { ...p.place, file: join(folder, p.place.file) } }));
  if (!result.ok) {
    print(`\n${summary(result.problems)}. Er is niets geschreven: los de fouten op en draai het commando opnieuw.`);
    return 1;
  }
  await mkdir(join(out, 'gemeenten'), { recursive: true });
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  await writeFile(join(out, 'index.json'), json(result.index));
  for (const m of result.gemeenten) await writeFile(join(out, 'gemeenten', `${m.code}.json`), json(m.json));
  print(
    `${result.problems.length ? '\n' : ''}${summary(result.problems)}. Geschreven: ${join(out, 'index.json')} en ${result.gemeenten.length} ${result.gemeenten.length === 1 ? 'gemeentebestand' : 'gemeentebestanden'} in ${join(out, 'gemeenten')}.${notice(result.problems)}`,
  );
  return 0;
}

async function runTemplate(target: string): Promise<number> {
  const source = fileURLToPath(new URL('../template/', import.meta.url));
  const files = await walk(source);
  const clash = files.map((f) => join(target, f.path)).filter((p) => existsSync(p));
  if (clash.length) return (print(`Er staan al bestanden in ${target} (${clash.join(', ')}). Kies een nieuwe, lege map; er is niets overschreven.`), 1);
  for (const f of files) {
    await mkdir(dirname(join(target, f.path)), { recursive: true });
    await writeFile(join(target, f.path), f.bytes);
  }
  print(`De template staat in ${target}: ${files.map((f) => f.path).join(', ')}.\nVul de bestanden in en maak dan de JSON-bestanden met: ${CMD} import ${target} --out publiceren`);
  return 0;
}

async function runValidate(target: string, asJson: boolean): Promise<number> {
  const remote = /^https?:\/\//i.test(target);
  const url = remote ? target : LOCAL + pathToFileURL(resolve(target)).pathname;
  const problems = await checkJson(url, remote ? remoteReader : localReader(dirname(resolve(target))));
  if (asJson) print(JSON.stringify({ ok: !hasErrors(problems), problems }, null, 2));
  else {
    for (const p of problems) print(formatProblem(p));
    // As the check page (itself on another website) would say: whether a widget elsewhere can read the data.
    const readable =
      !hasErrors(problems) &&
      (problems.some(isCors)
        ? ` Een stemhulp op ${new URL(target).origin} kan deze gegevens lezen, een stemhulp op een andere website niet (zie de waarschuwing over "Access-Control-Allow-Origin").`
        : ' De widget kan deze gegevens lezen.');
    print(`${problems.length ? '\n' : ''}${summary(problems)}.${readable || ''}${readable ? notice(problems) : ''}`);
  }
  return hasErrors(problems) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        formulier: { type: 'string' },
        gegevens: { type: 'string' },
        vervang: { type: 'string', multiple: true },
        van: { type: 'string' },
        naam: { type: 'string' },
        richting: { type: 'string' },
        nagekeken: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return (print(`${(e as Error).message}\n\n${USAGE}`), 2);
  }
  const {
    positionals: [command, target, ...rest],
    values,
  } = parsed;
  if (values.help || !command) return (print(USAGE), values.help ? 0 : 2);
  if (!target) return (print(`Geef bij "${command}" een map of bestand op.\n\n${USAGE}`), 2);
  if (command === 'import') return runImport(target, values.out);
  if (command === 'template') return runTemplate(target);
  if (command === 'validate') return runValidate(target, !!values.json);
  if (command === 'uitnodigen') return runInvite(target, values.formulier, values.gegevens, values.vervang ?? []);
  if (command === 'antwoorden') return runAnswers(target, rest);
  if (command === 'status') return runStatus(target, !!values.csv, values.out);
  if (command === 'export') return runExport(target, !!values.csv, values.out);
  if (command === 'vertaling') return runVertaling(target, rest, values, USAGE);
  return (print(`Onbekend commando "${command}".\n\n${USAGE}`), 2);
}

// Piped into a command that stops reading (`status | head`): the rest is not wanted. Node
// would otherwise throw EPIPE from the write and print a stack trace instead of the lines.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
