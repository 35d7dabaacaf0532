/**
 * `stemhulp-data`: the data authors' command line.
 *   import <map> --out <map>     spreadsheets → index.json + gemeenten/<code>.json, checked
 *   template <map>               writes the template (the example gemeente GM9901)
 *   validate <bestand-of-URL>    checks JSON as the widget reads it, following `data` links
 * Exit code 1 when there are errors, 0 with only warnings, 2 for a wrong command.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importSheets, type InputFile } from '../authoring/import.js';
import { checkJson, isCors, type Reader } from '../authoring/check.js';
import { clip, formatProblem, hasErrors, type SheetProblem } from '../authoring/problems.js';
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
Uitleg: docs/gegevens-invoeren.md in het pakket stemhulp-widget`;

const print = (s: string) => process.stdout.write(s + '\n');

function summary(problems: SheetProblem[]) {
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  return `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
}

/** After the last line: what readers will see of the verdict, when a party's position is unknown. */
const notice = (problems: SheetProblem[]) => (verdictNotice(problems) ? `\n${verdictNotice(problems)}` : '');

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The CSV and XLSX files below `dir`. A link (symlink) is followed only to a file inside
 * the folder: one that points out of it (`instellingen.csv → /etc/passwd`) is not read,
 * and reported.
 */
async function walk(dir: string, base = dir, root?: string, skipped: SheetProblem[] = []): Promise<InputFile[]> {
  root ??= await realpath(base);
  const out: InputFile[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.') || d.name.startsWith('~$') || d.name === 'node_modules') continue;
    const p = join(dir, d.name);
    const path = relative(base, p).split(sep).join('/');
    if (d.isDirectory()) out.push(...(await walk(p, base, root, skipped)));
    else if (d.isSymbolicLink()) {
      if (!/\.(csv|xlsx)$/i.test(d.name)) continue;
      const real = await realpath(p).catch(() => undefined);
      if (real && inside(root, real)) out.push({ path, bytes: await readFile(real) });
      else
        skipped.push({
          severity: 'warning',
          place: { file: path },
          message: `Dit is een snelkoppeling naar een bestand buiten de map ${base}${real ? '' : ' (of naar niets)'}; het wordt niet gelezen. Zet het bestand zelf in de map.`,
        });
    } else if (d.isFile() && /\.(csv|xlsx)$/i.test(d.name)) out.push({ path, bytes: await readFile(p) });
  }
  return out;
}

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
  if (clash.length) return (print(`Er staan al bestanden in ${target} (${clash.join(', ')}). Kies een nieuwe, lege map; er is niets overschreven.`), 1);
  for (const f of files) {
    await mkdir(dirname(join(target, f.path)), { recursive: true });
    await writeFile(join(target, f.path), f.bytes);
  }
  print(`De template staat in ${target}: ${files.map((f) => f.path).join(', ')}.\nVul de bestanden in en maak dan de JSON-bestanden met: ${CMD} import ${target} --out publiceren`);
  return 0;
}

/** Local files are checked through a stand-in http URL, so relative `data` links resolve as on a web server. */
const LOCAL = 'http://lokaal.invalid';
/** The format's largest file (an index, src/data/load.ts); a byte more is read, to say it is too large. */
const LIMIT = 2 * 1024 * 1024;

/**
 * Reads local files for a local index: the index itself, then only files inside its
 * folder (after following links, realpath), never anything the stand-in URL could name
 * elsewhere. A file outside the folder is refused before it is looked at, so a message
 * never says whether it exists.
 */
function localReader(folder: string): Reader {
  return async (url, sameOrigin) => {
    if (!url.startsWith(LOCAL + '/')) throw new Error(`${clip(url)} is geen bestand op deze computer.`);
    let path: string;
    try {
      path = fileURLToPath('file://' + url.slice(LOCAL.length));
    } catch {
      throw new Error('Dit is geen bestandsnaam.');
    }
    const name = relative(process.cwd(), path) || path;
    const root = await realpath(folder);
    const outside = `Deze link wijst naar een bestand buiten de map ${relative(process.cwd(), folder) || '.'}; het wordt niet gelezen. Zet de gemeentebestanden in de map van de index.`;
    if (sameOrigin && !inside(folder, path) && !inside(root, path)) throw new Error(outside);
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      throw new Error(`Het bestand ${name} bestaat niet.`);
    }
    if (sameOrigin && !inside(root, real)) throw new Error(outside);
    return { bytes: await readFile(real), url, name };
  };
}

/**
 * Reads over http(s), at most a byte past the format's limit. A `data` link's file only on
 * the index's origin: its redirects are followed by hand and only there.
 */
const remoteReader: Reader = async (url, sameOrigin) => {
  let res: Response;
  let at = url;
  for (let hops = 0; ; hops++) {
    try {
      res = await fetch(at, { signal: AbortSignal.timeout(20000), redirect: sameOrigin ? 'manual' : 'follow' });
    } catch (e) {
      throw new Error(`${clip(at, 200)} kon niet worden opgehaald (${clip(String((e as { cause?: Error }).cause?.message ?? (e as Error).message), 120)}).`);
    }
    const location = res.status >= 300 && res.status < 400 && sameOrigin ? res.headers.get('location') : null;
    if (!location) break;
    const next = new URL(location, at);
    if (next.origin !== sameOrigin) throw new Error(`${clip(at, 200)} stuurt door naar een andere website (${clip(next.origin)}); die wordt niet gevolgd.`);
    if (hops >= 5) throw new Error(`${clip(at, 200)} stuurt te vaak door.`);
    at = next.href;
  }
  if (!res.ok) throw new Error(`${clip(at, 200)} gaf HTTP-status ${res.status}${res.status === 404 ? ' (niet gevonden)' : ''}.`);
  const final = res.url || at;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body)
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > LIMIT) break;
    }
  const bytes = new Uint8Array(Math.min(size, LIMIT + 1));
  let o = 0;
  for (const c of chunks) {
    bytes.set(c.subarray(0, bytes.length - o), o);
    o += Math.min(c.byteLength, bytes.length - o);
  }
  return { bytes, url: final, name: final, allowOrigin: res.headers.get('access-control-allow-origin') };
};

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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return (print(`${(e as Error).message}\n\n${USAGE}`), 2);
  }
  const {
    positionals: [command, target],
    values,
  } = parsed;
  if (values.help || !command) return (print(USAGE), values.help ? 0 : 2);
  if (!target) return (print(`Geef bij "${command}" een map of bestand op.\n\n${USAGE}`), 2);
  if (command === 'import') return runImport(target, values.out);
  if (command === 'template') return runTemplate(target);
  if (command === 'validate') return runValidate(target, !!values.json);
  return (print(`Onbekend commando "${command}".\n\n${USAGE}`), 2);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
