/**
 * Checking JSON files of the data format as the widget would read them: the index, then
 * each municipality file its `data` links name. Every problem carries its line and column
 * in the file and its JSON path; syntax errors get a hint for the mistakes hand-editing
 * makes (a comma after the last item, curly quotes from a word processor).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import { INDEX_LIMIT, MUNICIPALITY_LIMIT } from '../core/limits.js';
import { validateIndex, validateMunicipalityFile } from '../core/validate.js';
import { jsonDepth, MAX_DEPTH } from '../core/json-depth.js';
import type { Problem } from '../core/types.js';
import { adviseIndex, adviseMunicipality } from './advice.js';
import { dutch, leftOut } from './messages.js';
import { verdictNotes } from './verdict-notes.js';
import { clip, pathSegments, sortProblems, type Place, type SheetProblem } from './problems.js';

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
const MAX_MUNICIPALITIES = 400;

/** A file larger than the widget reads (src/data/load.ts) is refused before it is parsed. */
function tooLarge(r: Read, limit: number): SheetProblem | undefined {
  if (r.bytes.byteLength > limit)
    return {
      severity: 'error',
      place: { file: r.name },
      message: `Dit bestand is groter dan ${limit / 1024 / 1024} MiB, de grens van de stemhulp; de stemhulp leest het niet. ${limit === INDEX_LIMIT ? 'Zet de gemeenten in eigen bestanden (met "data"-links)' : 'Maak de teksten korter of verdeel de gemeente niet over meer bestanden dan nodig'}, of haal overbodige spaties weg.`,
    };
}

/** The offsets where each line starts, made once per file: placing a problem is then a binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (both from 1) of a character offset. */
function position(p: Parsed, offset: number): { row: number; column: number } {
  const starts = (p.lines ??= lineStarts(p.text));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { row: lo + 1, column: offset - starts[lo] + 1 };
}

const CURLY = /[\u201c\u201d\u201e\u2018\u2019\u201a]/;

/** The Dutch explanation of a JSON syntax error, with the place to show it. */
function syntaxMessage(text: string, e: ParseError): { offset: number; message: string } {
  const before = text.slice(0, e.offset).replace(/\s+$/, '');
  const here = text[e.offset] ?? '';
  const near = text.slice(Math.max(0, e.offset - 1), e.offset + Math.max(e.length, 1) + 1);
  if ((here === '}' || here === ']') && before.endsWith(','))
    return {
      offset: before.length - 1,
      message: `Komma na het laatste onderdeel, vlak voor "${here}". Haal deze komma weg: in JSON staat alleen tussen twee onderdelen een komma.`,
    };
  if (CURLY.test(near) || (CURLY.test(here + text.slice(e.offset, e.offset + 40)) && printParseErrorCode(e.error) === 'InvalidSymbol'))
    return {
      offset: e.offset,
      message:
        'Hier staat een krul-aanhalingsteken (“ ” of ‘ ’), zoals een tekstverwerker die maakt. JSON kent alleen het rechte aanhalingsteken ". Vervang ze, of bewerk het bestand in een teksteditor in plaats van Word.',
    };
  if (here === "'") return { offset: e.offset, message: 'JSON gebruikt dubbele aanhalingstekens ". Vervang de enkele \' door ".' };
  switch (printParseErrorCode(e.error)) {
    case 'CommaExpected':
      return { offset: e.offset, message: 'Hier ontbreekt een komma tussen twee onderdelen. Zet een komma aan het eind van het onderdeel ervoor.' };
    case 'ColonExpected':
      return { offset: e.offset, message: 'Hier ontbreekt een dubbele punt tussen naam en waarde, zoals in "name": "Amsterdam".' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
    case 'EndOfFileExpected':
      return e.offset >= text.trimEnd().length
        ? { offset: e.offset, message: 'Het bestand houdt te vroeg op: er ontbreekt een } of ] aan het eind. Controleer of elk { en [ gesloten wordt.' }
        : { offset: e.offset, message: 'Hier verwacht JSON een } of ] (of een komma ervoor). Controleer of elk { en [ op de juiste plek gesloten wordt.' };
    case 'UnexpectedEndOfString':
      return { offset: e.offset, message: 'Een tekst wordt geopend met " maar niet gesloten. Zet een " aan het eind van de tekst.' };
    case 'InvalidCharacter':
      return { offset: e.offset, message: 'Een tekst bevat een teken dat in JSON niet mag, zoals een echte regelovergang of tab. Schrijf \\n voor een nieuwe regel.' };
    case 'InvalidCommentToken':
      return { offset: e.offset, message: 'JSON kent geen commentaar (// of /* */). Haal het weg.' };
    default:
      return {
        offset: e.offset,
        message: `Dit is geen geldige JSON (${printParseErrorCode(e.error)}). Zet tekst tussen rechte aanhalingstekens "…" en controleer komma's en haakjes.`,
      };
  }
}

export interface Parsed {
  json?: unknown;
  tree?: Node;
  text: string;
  problem?: SheetProblem;
  /** Where each line starts, made when the first problem is placed. */
  lines?: number[];
}

/** Decodes and parses a JSON file; a syntax error becomes one problem with its place. */
export function parseJson(name: string, bytes: Uint8Array): Parsed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      text: '',
      problem: {
        severity: 'error',
        place: { file: name },
        message: 'Dit bestand is niet in UTF-8 opgeslagen, dus letters als é en ë worden in de stemhulp �. Sla het opnieuw op met tekenset UTF-8.',
      },
    };
  }
  // Before parsing: `[[[[…` a million levels deep takes the parser seconds (issue 23); one
  // linear pass refuses it at once, as the widget does.
  const depth = jsonDepth(text);
  if (depth > MAX_DEPTH)
    return {
      text: '',
      problem: {
        severity: 'error',
        place: { file: name },
        message: `Dit bestand heeft ${depth} lagen haakjes in elkaar; de gegevens hebben er nooit meer dan ${MAX_DEPTH} nodig. Het is niet verder gelezen. Maak het opnieuw met de spreadsheet en de opdracht stemhulp-data import.`,
      },
    };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    const { offset, message } = syntaxMessage(text, errors[0]);
    return { text, problem: { severity: 'error', place: { file: name, ...position({ text }, offset) }, message } };
  }
  try {
    // JSON.parse gives the value the widget will see (e.g. an own "__proto__" key).
    return { json: JSON.parse(text), tree, text };
  } catch {
    // Not the engine's message: it quotes the file, which may not be the author's.
    return {
      text,
      problem: {
        severity: 'error',
        place: { file: name, row: 1, column: 1 },
        message: 'Dit is geen geldige JSON. Zet tekst tussen rechte aanhalingstekens "…" en controleer komma\'s en haakjes.',
      },
    };
  }
}

/** The place of a JSON path in the file: its value, or the nearest ancestor that exists. */
function placeOf(name: string, p: Parsed, path: string): Place {
  const segs = pathSegments(path);
  for (let n = segs.length; n >= 0 && p.tree; n--) {
    const node = findNodeAtLocation(p.tree, segs.slice(0, n));
    if (node) return { file: name, ...position(p, node.offset) };
  }
  return { file: name };
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
  const isIndex = !isObj(json) || 'municipalities' in json || !('statements' in json || 'parties' in json);
  if (!isIndex) {
    const code = typeof json.code === 'string' ? json.code.trim().toUpperCase() : (first.name.match(/GM\d{4}/i)?.[0] ?? '').toUpperCase();
    const vm = validateMunicipalityFile(
      json,
      code,
      bundledKeyPoints.map((k) => k.id),
    );
    report(first.name, p, vm, out);
    report(first.name, p, { warnings: adviseMunicipality(json) }, out);
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
  // Municipality files are checked even when the index has errors, so one run shows everything.
  const keyPointIds = v.ok
    ? v.value.keyPoints.map((k) => k.id)
    : Array.isArray(raw.keyPoints)
      ? raw.keyPoints.map((k: unknown) => (isObj(k) ? String(k.id) : ''))
      : bundledKeyPoints.map((k) => k.id);
  // The format's limit first: entries past it are reported by the validator, never followed.
  const entries = Array.isArray(raw.municipalities) ? raw.municipalities.slice(0, MAX_MUNICIPALITIES) : [];
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
    const big = tooLarge(r, MUNICIPALITY_LIMIT);
    const mp: Parsed = big ? { text: '', problem: big } : parseJson(r.name, r.bytes);
    if (mp.problem) out.push(mp.problem);
    else {
      const vm = validateMunicipalityFile(mp.json, code, keyPointIds);
      report(r.name, mp, vm, out);
      report(r.name, mp, { warnings: adviseMunicipality(mp.json) }, out);
      if (vm.ok) out.push(...verdictNotes(vm.value, v.ok ? v.value.keyPoints : bundledKeyPoints, (path) => placeOf(r.name, mp, path), false));
    }
  }
  return sortProblems(out);
}
