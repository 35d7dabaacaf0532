/**
 * `stemhulp-data`: the data authors' command line.
 *   import <map> --out <map>     spreadsheets → index.json + gemeenten/<code>.json, checked
 *   template <map>               writes the template (the example gemeente GM9901)
 *   validate <bestand-of-URL>    checks JSON as the widget reads it, following `data` links
 * Exit code 1 when there are errors, 0 with only warnings, 2 for a wrong command.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importSheets, type InputFile } from '../authoring/import.js';
import { checkJson, type Reader } from '../authoring/check.js';
import { formatProblem, hasErrors, type SheetProblem } from '../authoring/problems.js';
import { verdictNotice } from '../authoring/verdict-notes.js';

const USAGE = `Gebruik:
  npx stemhulp-data template <map>              schrijf de template (een voorbeeldgemeente) in <map>
  npx stemhulp-data import <map> --out <map>    maak de JSON-bestanden van de spreadsheets in <map>
  npx stemhulp-data validate <bestand-of-URL>   controleer een index.json of gemeentebestand
                                  [--json]      de problemen als JSON, voor programma's
Uitleg: docs/gegevens-invoeren.md`;

const print = (s: string) => process.stdout.write(s + '\n');

function summary(problems: SheetProblem[]) {
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  return `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
}

/** After the last line: what readers will see of the verdict, when a party's position is unknown. */
const notice = (problems: SheetProblem[]) => (verdictNotice(problems) ? `\n${verdictNotice(problems)}` : '');

async function walk(dir: string, base = dir): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.') || d.name.startsWith('~$') || d.name === 'node_modules') continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...(await walk(p, base)));
    else if (/\.(csv|xlsx)$/i.test(d.name)) out.push({ path: relative(base, p).split(sep).join('/'), bytes: await readFile(p) });
  }
  return out;
}

async function runImport(folder: string, out: string | undefined): Promise<number> {
  if (!out) return print('Geef met --out de map waar de JSON-bestanden moeten komen, bijvoorbeeld: --out publiceren\n\n' + USAGE), 2;
  if (!existsSync(folder)) return print(`De map ${folder} bestaat niet.`), 2;
  const result = await importSheets(await walk(folder));
  for (const p of result.problems) print(formatProblem({ ...p, place: { ...p.place, file: join(folder, p.place.file) } }));
  if (!result.ok) {
    print(`\n${summary(result.problems)}. Er is niets geschreven: los de fouten op en draai het commando opnieuw.`);
    return 1;
  }
  await mkdir(join(out, 'gemeenten'), { recursive: true });
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  await writeFile(join(out, 'index.json'), json(result.index));
  for (const m of result.municipalities) await writeFile(join(out, 'gemeenten', `${m.code}.json`), json(m.json));
  print(
    `${result.problems.length ? '\n' : ''}${summary(result.problems)}. Geschreven: ${join(out, 'index.json')} en ${result.municipalities.length} ${result.municipalities.length === 1 ? 'gemeentebestand' : 'gemeentebestanden'} in ${join(out, 'gemeenten')}.${notice(result.problems)}`,
  );
  return 0;
}

async function runTemplate(target: string): Promise<number> {
  const source = fileURLToPath(new URL('../template/', import.meta.url));
  const files = await walk(source);
  const clash = files.map((f) => join(target, f.path)).filter((p) => existsSync(p));
  if (clash.length) return print(`Er staan al bestanden in ${target} (${clash.join(', ')}). Kies een nieuwe, lege map; er is niets overschreven.`), 1;
  for (const f of files) {
    await mkdir(dirname(join(target, f.path)), { recursive: true });
    await writeFile(join(target, f.path), f.bytes);
  }
  print(`De template staat in ${target}: ${files.map((f) => f.path).join(', ')}.\nVul de bestanden in en maak dan de JSON-bestanden met: npx stemhulp-data import ${target} --out publiceren`);
  return 0;
}

/** Local files are checked through a stand-in http URL, so relative `data` links resolve as on a web server. */
const LOCAL = 'http://lokaal.invalid';

const reader: Reader = async (url) => {
  if (url.startsWith(LOCAL + '/')) {
    const path = fileURLToPath('file://' + url.slice(LOCAL.length));
    const name = relative(process.cwd(), path) || path;
    try {
      return { bytes: await readFile(path), url, name };
    } catch {
      throw new Error(`Het bestand ${name} bestaat niet.`);
    }
  }
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(20000) });
  } catch (e) {
    throw new Error(`${url} kon niet worden opgehaald (${(e as Error).cause ? String((e as { cause: Error }).cause.message ?? '') : (e as Error).message}).`);
  }
  if (!res.ok) throw new Error(`${url} gaf HTTP-status ${res.status}${res.status === 404 ? ' (niet gevonden)' : ''}.`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), url: res.url || url, name: res.url || url };
};

async function runValidate(target: string, asJson: boolean): Promise<number> {
  const url = /^https?:\/\//i.test(target) ? target : LOCAL + pathToFileURL(resolve(target)).pathname;
  const problems = await checkJson(url, reader);
  if (asJson) print(JSON.stringify({ ok: !hasErrors(problems), problems }, null, 2));
  else {
    for (const p of problems) print(formatProblem(p));
    print(`${problems.length ? '\n' : ''}${summary(problems)}.${hasErrors(problems) ? '' : ` De widget kan deze gegevens lezen.${notice(problems)}`}`);
  }
  return hasErrors(problems) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return print(`${(e as Error).message}\n\n${USAGE}`), 2;
  }
  const { positionals: [command, target], values } = parsed;
  if (values.help || !command) return print(USAGE), values.help ? 0 : 2;
  if (!target) return print(`Geef bij "${command}" een map of bestand op.\n\n${USAGE}`), 2;
  if (command === 'import') return runImport(target, values.out);
  if (command === 'template') return runTemplate(target);
  if (command === 'validate') return runValidate(target, !!values.json);
  return print(`Onbekend commando "${command}".\n\n${USAGE}`), 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
