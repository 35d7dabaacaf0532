/**
 * Checking JSON files of the data format as the widget would read them: the index, then
 * each municipality file its `data` links name. Every problem carries its line and column
 * in the file and its JSON path; syntax errors get a hint for the mistakes hand-editing
 * makes (a comma after the last item, curly quotes from a word processor). Reading a file
 * and placing a path in it are in parse-json.ts.
 */
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import { INDEX_LIMIT, GEMEENTE_LIMIT } from '../core/limits.js';
import { validateIndex, validateMunicipalityFile } from '../core/validate.js';
import type { Problem } from '../core/types.js';
import { adviseIndex, adviseGemeente } from './advice.js';
import { dutch, leftOut } from './messages.js';
import { verdictNotes } from './verdict-notes.js';
import { parseJson, placeOf, type Parsed } from './parse-json.js';
import { checkLanguageFile } from './translation.js';
import { LANGUAGE_FORMAT, LANGUAGE_LIMIT } from '../core/validate/language.js';
import { clip, pathSegments, sortProblems, type SheetProblem } from './problems.js';

export { parseJson, type Parsed } from './parse-json.js';

/** A file as read: its bytes, the URL after redirects, and the name to show in messages. */
export interface Read {
  bytes: Uint8Array;
  url: string;
  name: string;
  /**
   * The response's Access-Control-Allow-Origin header, when the reader can see it (the
   * CLI; `null`: none sent). A browser's reader leaves it out: that its fetch worked
   * already says the page may read the file.
   */
  allowOrigin?: string | null;
}

/**
 * Reads a URL; throws an Error with a Dutch message when the file cannot be had.
 * `sameOrigin`: the file was named by a `data` link, so the reader must not leave this
 * origin (not through a redirect either).
 */
export type Reader = (url: string, sameOrigin?: string) => Promise<Read>;

/** The format's limit on gemeenten (src/core/validate.ts): `data` links past it are not followed. */
const MAX_GEMEENTEN = 400;

/** A file larger than the widget reads (src/data/load.ts) is refused before it is parsed. */
function tooLarge(r: Read, limit: number): SheetProblem | undefined {
  if (r.bytes.byteLength > limit)
    return {
      severity: 'error',
      place: { file: r.name },
      message: `Dit bestand is groter dan ${limit / 1024 / 1024} MiB, de grens van de stemhulp; de stemhulp leest het niet. ${limit === INDEX_LIMIT ? 'Zet de gemeenten in eigen bestanden (met "data"-links)' : 'Maak de teksten korter of verdeel de gemeente niet over meer bestanden dan nodig'}, of haal overbodige spaties weg.`,
    };
}

const valueAt = (doc: unknown, path: string) => pathSegments(path).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], doc);

function report(name: string, p: Parsed, v: { errors?: Problem[]; warnings: Problem[] }, out: SheetProblem[]) {
  const wording = {
    sheet: false,
    where: (path: string) => {
      const pl = placeOf(name, p, path);
      return pl.row ? `op regel ${pl.row}` : `in ${path}`;
    },
    value: (path: string) => valueAt(p.json, path),
  };
  for (const [severity, ps] of [
    ['error', v.errors ?? []],
    ['warning', v.warnings],
  ] as const)
    for (const x of ps) out.push({ severity: leftOut(x) ? 'error' : severity, place: placeOf(name, p, x.path), path: x.path, message: dutch(x, wording) });
}

/**
 * What a widget on another website will see of a file the reader could look at the headers
 * of; said once per kind of answer (the index's warning covers its gemeentebestanden when
 * they answer alike, not 400 times).
 */
function cors(r: Read, out: SheetProblem[], said: Set<string | null>) {
  if (r.allowOrigin === undefined || r.allowOrigin?.trim() === '*' || said.has(r.allowOrigin)) return;
  said.add(r.allowOrigin);
  const own = new URL(r.url).origin;
  out.push({
    severity: 'warning',
    place: { file: r.name },
    message: r.allowOrigin
      ? `De website staat alleen ${clip(r.allowOrigin)} toe dit bestand te lezen (de kop "Access-Control-Allow-Origin"). Een stemhulp op een andere website dan ${own} of ${clip(r.allowOrigin)} kan deze gegevens niet lezen. Staat de stemhulp (ook) elders, laat de server dan "Access-Control-Allow-Origin: *" meesturen (zie "Publiceren" in de handleiding Gegevens invoeren).`
      : `De website stuurt bij dit bestand geen kop "Access-Control-Allow-Origin" mee. Een stemhulp op ${own} zelf kan deze gegevens lezen, een stemhulp op een andere website niet: de browser houdt het tegen (CORS). Staat de stemhulp op een andere website, laat de server dan "Access-Control-Allow-Origin: *" meesturen (zie "Publiceren" in de handleiding Gegevens invoeren).`,
  });
}

/** Whether a problem says that a widget on another website cannot read the data. */
export const isCors = (p: SheetProblem) => p.message.includes('"Access-Control-Allow-Origin"');

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The language files the index names (`translations`), read as the widget would (on the
 * index's own origin, a local index: in its folder), each checked in Dutch: what is wrong,
 * and which keys it misses (those show the widget's own words).
 */
async function checkLanguages(raw: Record<string, unknown>, first: Read, p: Parsed, read: Reader, out: SheetProblem[], said: Set<string | null>) {
  const tr = raw.translations;
  if (!isObj(tr)) return;
  const origin = new URL(first.url).origin;
  for (const [lang, file] of Object.entries(tr).slice(0, 50)) {
    const path = `translations[${JSON.stringify(lang)}]`;
    let target: URL;
    try {
      target = new URL(String(file), first.url);
    } catch {
      continue;
    }
    if (target.origin !== origin || lang === 'nl') continue;
    let r: Read;
    try {
      r = await read(target.href, origin);
    } catch (e) {
      out.push({
        severity: 'warning',
        place: placeOf(first.name, p, path),
        path,
        message: `${(e as Error).message} De widget toont deze taal dan in zijn eigen woorden. Controleer de link "${clip(String(file))}".`,
      });
      continue;
    }
    cors(r, out, said);
    const big = tooLarge(r, LANGUAGE_LIMIT);
    const lp: Parsed = big ? { text: '', problem: big } : parseJson(r.name, r.bytes);
    if (lp.problem) out.push({ ...lp.problem, severity: 'warning', message: `${lp.problem.message} De widget gebruikt dit taalbestand dan niet.` });
    else out.push(...checkLanguageFile(lp.json, lang, r.name, (q) => placeOf(r.name, lp, q)));
  }
}

/**
 * Checks the file at `url` (an index or a municipality file) and every municipality file
 * an index links to, as the widget reads them. Problems sorted: errors first.
 */
export async function checkJson(url: string, read: Reader): Promise<SheetProblem[]> {
  const out: SheetProblem[] = [];
  let first: Read;
  try {
    first = await read(url);
  } catch (e) {
    return [{ severity: 'error', place: { file: url }, message: (e as Error).message }];
  }
  const said = new Set<string | null>();
  cors(first, out, said);
  const big = tooLarge(first, INDEX_LIMIT);
  if (big) return [big, ...out];
  const p = parseJson(first.name, first.bytes);
  if (p.problem) return [p.problem, ...out];
  const json = p.json;
  // A language file given by itself (docs/data-format.md, "Language files").
  if (isObj(json) && json.format === LANGUAGE_FORMAT) return sortProblems([...out, ...checkLanguageFile(json, undefined, first.name, (path) => placeOf(first.name, p, path))]);
  const isIndex = !isObj(json) || 'municipalities' in json || !('statements' in json || 'parties' in json);
  if (!isIndex) {
    const code = typeof json.code === 'string' ? json.code.trim().toUpperCase() : (first.name.match(/GM\d{4}/i)?.[0] ?? '').toUpperCase();
    const vm = validateMunicipalityFile(
      json,
      code,
      bundledKeyPoints.map((k) => k.id),
    );
    report(first.name, p, vm, out);
    report(first.name, p, { warnings: adviseGemeente(json) }, out);
    if (vm.ok) out.push(...verdictNotes(vm.value, bundledKeyPoints, (path) => placeOf(first.name, p, path), false));
    return sortProblems(out);
  }
  const v = validateIndex(json, first.url, bundledKeyPoints);
  report(first.name, p, v.ok ? { warnings: v.warnings } : v, out);
  report(first.name, p, { warnings: adviseIndex(json) }, out);
  if (v.ok) for (const m of v.value.municipalities) if (m.problems) report(first.name, p, { errors: m.problems, warnings: [] }, out);
  // Inline gemeenten: per party, what readers will see of the verdict where a position is unknown.
  if (v.ok && isObj(json) && Array.isArray(json.municipalities))
    json.municipalities.forEach((raw: unknown, i: number) => {
      const m = isObj(raw) && v.value.municipalities.find((x) => x.code === String(raw.code).trim().toUpperCase());
      if (m && m.content) out.push(...verdictNotes(m.content, v.value.keyPoints, (path) => placeOf(first.name, p, path), false, `municipalities[${i}].`));
    });

  const raw = isObj(json) ? json : {};
  await checkLanguages(raw, first, p, read, out, said);
  // Municipality files are checked even when the index has errors, so one run shows everything.
  const keyPointIds = v.ok
    ? v.value.keyPoints.map((k) => k.id)
    : Array.isArray(raw.keyPoints)
      ? raw.keyPoints.map((k: unknown) => (isObj(k) ? String(k.id) : ''))
      : bundledKeyPoints.map((k) => k.id);
  // The format's limit first: entries past it are reported by the validator, never followed.
  const entries = Array.isArray(raw.municipalities) ? raw.municipalities.slice(0, MAX_GEMEENTEN) : [];
  const origin = new URL(first.url).origin;
  const seen = new Set<string>();
  for (const [i, m] of entries.entries()) {
    if (!isObj(m) || typeof m.data !== 'string' || typeof m.code !== 'string') continue;
    const code = m.code.trim().toUpperCase();
    const path = `municipalities[${i}].data`;
    let target: URL;
    try {
      target = new URL(m.data, first.url);
    } catch {
      continue;
    }
    if (seen.has(target.href) || !/^https?:$/.test(target.protocol)) continue;
    seen.add(target.href);
    // As the iframe route's data policy: an index leads only to files beside it, on its own
    // origin (a local index: in its own folder). What a file names elsewhere is not fetched.
    if (target.origin !== origin) {
      out.push({
        severity: 'warning',
        place: placeOf(first.name, p, path),
        path,
        message: `De link "${clip(m.data)}" wijst naar een andere plek dan ${origin.endsWith('.invalid') ? 'de map van de index' : origin}; dat bestand is niet gecontroleerd. Zet de gemeentebestanden naast de index, of controleer het bestand apart (stemhulp-data validate <adres>).`,
      });
      continue;
    }
    let r: Read;
    try {
      r = await read(target.href, origin);
    } catch (e) {
      out.push({ severity: 'error', place: placeOf(first.name, p, path), path, message: `${(e as Error).message} Controleer de link "${clip(m.data)}".` });
      continue;
    }
    cors(r, out, said);
    const big = tooLarge(r, GEMEENTE_LIMIT);
    const mp: Parsed = big ? { text: '', problem: big } : parseJson(r.name, r.bytes);
    if (mp.problem) out.push(mp.problem);
    else {
      const vm = validateMunicipalityFile(mp.json, code, keyPointIds);
      report(r.name, mp, vm, out);
      report(r.name, mp, { warnings: adviseGemeente(mp.json) }, out);
      if (vm.ok) out.push(...verdictNotes(vm.value, v.ok ? v.value.keyPoints : bundledKeyPoints, (path) => placeOf(r.name, mp, path), false));
    }
  }
  return sortProblems(out);
}
