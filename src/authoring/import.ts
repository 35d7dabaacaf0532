/**
 * The spreadsheet layout (docs/data-format.md, "Spreadsheet layout") turned into the
 * JSON files of the data format, then checked by the widget's own validator. Every value
 * written remembers the cell it came from, so each problem the validator finds in the
 * JSON is reported at `file:row:column (kolom)` of the spreadsheet.
 */
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import { normaliseAnswer, validateIndex, validateMunicipalityFile } from '../core/validate.js';
import { verdictNotes } from './verdict-notes.js';
import type { Problem, LocalisedText } from '../core/types.js';
import { cell, readCsv, readWorkbook, type Table } from './sheets.js';
import { adviseIndex, adviseMunicipality } from './advice.js';
import { dutch, leftOut } from './messages.js';
import { clip, hasErrors, joinPath, pathSegments, sortProblems, type Place, type SheetProblem } from './problems.js';

export interface InputFile {
  /** Path inside the chosen folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

type Json = Record<string, unknown>;

export interface ImportResult {
  /** `index.json`. */
  index: Json;
  /** `gemeenten/<code>.json` for each gemeente that could be read. */
  municipalities: { code: string; json: Json }[];
  problems: SheetProblem[];
  ok: boolean;
}

export const SCHEMA_BASE = 'https://unpkg.com/stemhulp-widget/dist/schema/';

/** Where each JSON path of one output file came from. */
class Origins {
  readonly map = new Map<string, Place>();
  constructor(readonly fallback: Place) {}
  set(path: string, place: Place) {
    this.map.set(path, place);
  }
  /** The place of `path`, or of its nearest ancestor that has one. */
  find(path: string): Place {
    const segs = pathSegments(path);
    for (let n = segs.length; n >= 0; n--) {
      const p = this.map.get(joinPath(segs.slice(0, n)));
      if (p) return p;
    }
    return this.fallback;
  }
}

const COLUMNS: Record<string, { required: string[]; optional: string[] }> = {
  gemeenten: { required: ['code', 'naam'], optional: [] },
  instellingen: { required: ['sleutel', 'waarde'], optional: [] },
  stellingen: { required: ['id', 'speerpunt', 'stelling'], optional: ['toelichting', 'advies'] },
  partijen: { required: ['id', 'naam'], optional: ['afkorting', 'lijst', 'website'] },
  standpunten: { required: ['partij', 'stelling', 'standpunt'], optional: ['toelichting', 'bron'] },
};
/** Columns that may carry translations as `kolom:taal`. */
const TRANSLATABLE = new Set(['naam', 'waarde', 'stelling', 'toelichting']);

const SETTINGS = ['verkiezing', 'datum', 'organisatie', 'organisatie-url', 'flyer', 'nieuwsbrief', 'stembureau'];
const LINKS: Record<string, string> = { flyer: 'flyer', nieuwsbrief: 'newsletter', stembureau: 'pollingStation' };

/** `"a", "b" of "c"`; values from a file are clipped, and at most 20 named. */
const list = (xs: readonly string[], and = 'of') =>
  xs
    .slice(0, 20)
    .map((x) => `"${clip(x)}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ` ${and} $1`) + (xs.length > 20 ? ` (en nog ${xs.length - 20})` : '');

/** Checks the header row of a table against its kind; false when it cannot be read on. */
function checkColumns(t: Table, kind: string, problems: SheetProblem[]): boolean {
  const { required, optional } = COLUMNS[kind];
  const known = [...required, ...optional];
  for (const [name, column] of t.columns) {
    const [base, tag] = name.split(':');
    if (known.includes(base) && (!tag || TRANSLATABLE.has(base))) continue;
    problems.push({
      severity: 'warning',
      place: { file: t.file, row: 1, column, name: t.headers.get(name) },
      message: tag
        ? `De kolom "${base}" kan geen vertaling hebben; deze kolom wordt niet gebruikt. Vertalingen kunnen alleen in ${list([...TRANSLATABLE].filter((c) => known.includes(c)).map((c) => c + ':en'))}.`
        : `Onbekende kolom "${clip(t.headers.get(name) ?? name)}"; deze kolom wordt niet gebruikt. Kolommen in dit bestand: ${list(known)} (en vertalingen als ${known.find((c) => TRANSLATABLE.has(c)) ?? 'naam'}:en).`,
    });
  }
  const missing = required.filter((c) => !t.columns.has(c));
  for (const c of missing)
    problems.push({
      severity: 'error',
      place: { file: t.file, row: 1 },
      message: `De kolom "${c}" ontbreekt in de kopregel (rij 1). Zet de kolomnamen ${list(required, 'en')} in rij 1${t.columns.size ? `; nu staan er: ${list([...t.headers.values()], 'en')}` : ''}.`,
    });
  return missing.length === 0;
}

/** A LocalisedText from column `base` and its `base:taal` translations; their cells are remembered under `path`. */
function textFrom(t: Table, row: number, cells: Map<string, string>, base: string, origins: Origins, path: string, problems: SheetProblem[]): LocalisedText | undefined {
  const nl = cells.get(base) ?? '';
  origins.set(path, cell(t, row, base));
  const translations = [...t.columns.keys()].filter((k) => k.startsWith(base + ':'));
  if (!translations.length) return nl || undefined;
  const o: Record<string, string> = {};
  if (nl) o.nl = nl;
  for (const k of translations) {
    const tag = k.slice(base.length + 1);
    const v = cells.get(k) ?? '';
    if (v) o[tag] = v;
    origins.set(joinPath([...pathSegments(path), tag]), cell(t, row, k));
  }
  if (!nl && Object.keys(o).length)
    problems.push({
      severity: 'warning',
      place: cell(t, row, base),
      message: `De Nederlandse tekst is leeg, maar er is wel een vertaling: wie de stemhulp in het Nederlands leest, ziet die vertaling. Vul de kolom "${t.headers.get(base) ?? base}" in.`,
    });
  return Object.keys(o).length ? o : undefined;
}

/** `18-3-2026` or `18/03/2026` (how Dutch Excel writes a date cell) as `2026-03-18`; anything else as written. */
export function isoDate(s: string): string {
  const m = s.trim().match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  const iso = m && `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  // An impossible date stays as typed, so the message quotes what the author wrote.
  return iso && new Date(Date.parse(iso) || 0).toISOString().startsWith(iso) ? iso : s.trim();
}

/** Answer words as the format writes them (eens → agree); an unknown word as typed, for the validator to report. */
const answer = (s: string) => (s ? (normaliseAnswer(s) ?? s) : undefined);

const number = (s: string): unknown => (/^\d+$/.test(s) ? Number(s) : s || undefined);

const clean = (o: Json): Json => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

/** Files by lower-case path, relative to the folder that holds gemeenten.csv. */
function rootFiles(files: readonly InputFile[]): Map<string, InputFile> {
  const byPath = new Map(
    files.map((f) => [
      f.path
        .replace(/\\/g, '/')
        .replace(/^\.?\//, '')
        .toLowerCase(),
      f,
    ]),
  );
  const roots = [...byPath.keys()].filter((p) => p === 'gemeenten.csv' || p.endsWith('/gemeenten.csv'));
  const root = roots.sort((a, b) => a.length - b.length)[0]?.slice(0, -'gemeenten.csv'.length) ?? '';
  const out = new Map<string, InputFile>();
  for (const [p, f] of byPath) if (p.startsWith(root)) out.set(p.slice(root.length), { ...f, path: f.path.slice(f.path.length - (p.length - root.length)) });
  return out;
}

interface Sheets {
  get(kind: string): Table | undefined;
}

/** The three sheets of one gemeente: a folder of CSV files or one workbook. */
async function municipalitySheets(code: string, files: Map<string, InputFile>, problems: SheetProblem[], from: Place, only: boolean): Promise<Sheets | undefined> {
  // Files picked one by one (not as a folder) lose their folder: with one gemeente, the three sheets beside gemeenten.csv are its own.
  const c = only && !files.has(`${code.toLowerCase()}/stellingen.csv`) && files.has('stellingen.csv') ? '' : code.toLowerCase();
  if (!c) files = new Map([...files].map(([p, f]) => [/^(stellingen|partijen|standpunten)\.csv$/.test(p) ? `/${p}` : p, f]));
  const book = files.get(`${c}.xlsx`);
  const folder = ['stellingen', 'partijen', 'standpunten'].some((k) => files.has(`${c}/${k}.csv`));
  if (book && folder) {
    problems.push({
      severity: 'error',
      place: { file: book.path },
      message: `Er is zowel een map ${code} als een werkboek ${code}.xlsx. Houd er één over, zodat duidelijk is welke gegevens gelden.`,
    });
    return;
  }
  if (book) {
    const { sheets, problems: p } = await readWorkbook(book.path, book.bytes);
    problems.push(...p);
    if (hasErrors(p)) return;
    for (const kind of ['stellingen', 'partijen', 'standpunten'])
      if (!sheets.has(kind))
        problems.push({
          severity: 'error',
          place: { file: book.path },
          message: `Het werkboek heeft geen blad "${kind}". Geef de drie bladen de namen "stellingen", "partijen" en "standpunten"; nu heten ze ${list(
            [...sheets.values()].map((t) => t.file.slice(book.path.length + 1, -1)),
            'en',
          )}.`,
        });
    return sheets;
  }
  if (!folder) {
    const loose = files.has('stellingen.csv') || files.has('/stellingen.csv');
    problems.push({
      severity: 'error',
      place: from,
      message: loose
        ? `Geen gegevens gevonden voor ${code}: stellingen.csv staat niet in een map ${code}. Bij meer dan één gemeente hoort elke gemeente haar eigen map; kies dan de hele map in plaats van losse bestanden.`
        : `Geen gegevens gevonden voor ${code}: maak een map ${code} met stellingen.csv, partijen.csv en standpunten.csv, of een werkboek ${code}.xlsx, naast gemeenten.csv.`,
    });
    return;
  }
  const tables = new Map<string, Table>();
  for (const kind of ['stellingen', 'partijen', 'standpunten']) {
    const f = files.get(`${c}/${kind}.csv`);
    if (!f) {
      problems.push({
        severity: 'error',
        place: { file: `${code}/${kind}.csv` },
        message: `Het bestand ${kind}.csv ontbreekt in de map ${code}. Kopieer het uit de template en vul het in.`,
      });
      continue;
    }
    const { table, problems: p } = readCsv(f.path, f.bytes);
    problems.push(...p);
    if (table) tables.set(kind, table);
  }
  return tables;
}

/** The content of one gemeente from its three sheets, as a municipality file. */
function municipality(code: string, name: LocalisedText | undefined, sheets: Sheets, problems: SheetProblem[], origins: Origins): Json | undefined {
  const st = sheets.get('stellingen');
  const pt = sheets.get('partijen');
  const pos = sheets.get('standpunten');
  if (!st || !pt || !pos) return;
  const readable = [checkColumns(st, 'stellingen', problems), checkColumns(pt, 'partijen', problems), checkColumns(pos, 'standpunten', problems)];
  if (readable.includes(false)) return;

  const byTitle = new Map<string, string>();
  for (const k of bundledKeyPoints) {
    byTitle.set(k.id.toLowerCase(), k.id);
    if (typeof k.title === 'string') byTitle.set(k.title.trim().toLowerCase(), k.id);
  }
  const statements = st.rows.map((r, i) => {
    const p = `statements[${i}]`;
    const g = (c: string) => r.cells.get(c) ?? '';
    origins.set(p, { file: st.file, row: r.row });
    for (const [k, c] of [
      ['id', 'id'],
      ['keyPoint', 'speerpunt'],
      ['recommended', 'advies'],
    ])
      origins.set(`${p}.${k}`, cell(st, r.row, c));
    const kp = g('speerpunt');
    return clean({
      id: g('id'),
      keyPoint: byTitle.get(kp.toLowerCase()) ?? kp,
      text: textFrom(st, r.row, r.cells, 'stelling', origins, `${p}.text`, problems),
      explanation: textFrom(st, r.row, r.cells, 'toelichting', origins, `${p}.explanation`, problems),
      recommended: answer(g('advies')),
    });
  });
  const statementIds = new Map(statements.map((s) => [String(s.id).toLowerCase(), String(s.id)]));

  const partyIndex = new Map<string, number>();
  const parties = pt.rows.map((r, i) => {
    const p = `parties[${i}]`;
    const g = (c: string) => r.cells.get(c) ?? '';
    origins.set(p, { file: pt.file, row: r.row });
    origins.set(`${p}.positions`, { file: pos.file });
    for (const [k, c] of [
      ['id', 'id'],
      ['shortName', 'afkorting'],
      ['list', 'lijst'],
      ['url', 'website'],
    ])
      origins.set(`${p}.${k}`, cell(pt, r.row, c));
    for (const key of [g('id'), g('afkorting'), g('naam')]) if (key && !partyIndex.has(key.toLowerCase())) partyIndex.set(key.toLowerCase(), i);
    return clean({
      id: g('id'),
      name: textFrom(pt, r.row, r.cells, 'naam', origins, `${p}.name`, problems),
      shortName: g('afkorting') || undefined,
      list: number(g('lijst')),
      url: g('website') || undefined,
      positions: {} as Record<string, Json>,
    });
  });

  const seen = new Map<string, number>();
  for (const r of pos.rows) {
    const g = (c: string) => r.cells.get(c) ?? '';
    const pi = partyIndex.get(g('partij').toLowerCase());
    if (pi === undefined) {
      problems.push({
        severity: 'error',
        place: cell(pos, r.row, 'partij'),
        message: g('partij')
          ? `Er is geen partij "${clip(g('partij'))}" in ${pt.file}. Gebruik het id uit de kolom "id" van ${pt.file}: ${list(parties.map((x) => String(x.id)))}.`
          : `De cel "partij" is leeg. Vul het id van de partij in, zoals het in ${pt.file} staat.`,
      });
      continue;
    }
    const sid = statementIds.get(g('stelling').toLowerCase()) ?? g('stelling');
    if (!sid) {
      problems.push({
        severity: 'error',
        place: cell(pos, r.row, 'stelling'),
        message: `De cel "stelling" is leeg. Vul het id van de stelling in, zoals het in ${st.file} staat.`,
      });
      continue;
    }
    const key = `${pi} ${sid}`;
    const before = seen.get(key);
    if (before) {
      problems.push({
        severity: 'error',
        place: cell(pos, r.row, 'stelling'),
        message: `Partij ${clip(String(parties[pi].id))} heeft al een standpunt bij stelling ${clip(sid)} (rij ${before}). Houd één van de twee regels over.`,
      });
      continue;
    }
    seen.set(key, r.row);
    const p = joinPath(['parties', pi, 'positions', sid]);
    origins.set(p, cell(pos, r.row, 'stelling'));
    if (!g('standpunt')) {
      // An empty cell is a position not known; the validator's warning then points at this row.
      origins.set(p, cell(pos, r.row, 'standpunt'));
      if (g('toelichting') || g('bron'))
        problems.push({
          severity: 'warning',
          place: cell(pos, r.row, 'standpunt'),
          message: 'Dit standpunt is leeg, dus de toelichting en bron in deze regel worden niet getoond. Vul eens, neutraal of oneens in.',
        });
      continue;
    }
    origins.set(`${p}.position`, cell(pos, r.row, 'standpunt'));
    origins.set(`${p}.source`, cell(pos, r.row, 'bron'));
    (parties[pi].positions as Record<string, Json>)[sid] = clean({
      position: answer(g('standpunt')),
      explanation: textFrom(pos, r.row, r.cells, 'toelichting', origins, `${p}.explanation`, problems),
      source: g('bron') || undefined,
    });
  }
  return { $schema: SCHEMA_BASE + 'municipality.schema.json', format: 'stemhulp/1', code, name, statements, parties };
}

/** The index's election, organisation and links from instellingen.csv. */
function settings(t: Table, index: Json, problems: SheetProblem[], origins: Origins) {
  if (!checkColumns(t, 'instellingen', problems)) return;
  const election: Json = {};
  const organisation: Json = {};
  const links: Json = {};
  const seen = new Map<string, number>();
  for (const r of t.rows) {
    const key = (r.cells.get('sleutel') ?? '').toLowerCase();
    const value = r.cells.get('waarde') ?? '';
    const place = cell(t, r.row, 'waarde');
    if (!SETTINGS.includes(key)) {
      problems.push({
        severity: 'warning',
        place: cell(t, r.row, 'sleutel'),
        message: `Onbekende sleutel "${clip(r.cells.get('sleutel') ?? '')}"; deze regel wordt niet gebruikt. Sleutels: ${list(SETTINGS)}.`,
      });
      continue;
    }
    if (seen.has(key)) {
      problems.push({
        severity: 'error',
        place: cell(t, r.row, 'sleutel'),
        message: `De sleutel "${clip(key)}" staat al in rij ${seen.get(key)}. Houd één van de twee regels over.`,
      });
      continue;
    }
    seen.set(key, r.row);
    if (key === 'verkiezing') election.name = textFrom(t, r.row, r.cells, 'waarde', origins, 'election.name', problems);
    else if (key === 'datum') ((election.date = value ? isoDate(value) : undefined), origins.set('election.date', place));
    else if (key === 'organisatie') {
      organisation.name = textFrom(t, r.row, r.cells, 'waarde', origins, 'organisation.name', problems);
      origins.set('organisation', { file: t.file, row: r.row });
    } else if (key === 'organisatie-url') {
      organisation.url = value || undefined;
      origins.set('organisation.url', place);
      if (!origins.map.has('organisation')) origins.set('organisation', place);
    } else {
      links[LINKS[key]] = value || undefined;
      origins.set(`links.${LINKS[key]}`, place);
    }
  }
  for (const [k, o] of [
    ['election', election],
    ['organisation', organisation],
    ['links', links],
  ] as const) {
    clean(o);
    if (Object.keys(o).length) index[k] = o;
  }
}

/** Reports the validator's problems at the cells they came from, in Dutch; a gemeente left out is an error for its author. */
function report(v: { errors?: Problem[]; warnings: Problem[] }, origins: Origins, doc: unknown, out: SheetProblem[]) {
  const wording = {
    sheet: true,
    where: (path: string) => {
      const p = origins.find(path);
      return `in ${p.file}${p.row ? ` rij ${p.row}` : ''}`;
    },
    value: (path: string) => pathSegments(path).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], doc),
  };
  for (const [severity, ps] of [
    ['error', v.errors ?? []],
    ['warning', v.warnings],
  ] as const)
    for (const p of ps) out.push({ severity: leftOut(p) ? 'error' : severity, place: origins.find(p.path), path: p.path, message: dutch(p, wording) });
}

/** Reads a folder in the spreadsheet layout, builds the JSON files and validates them. */
export async function importSheets(input: readonly InputFile[]): Promise<ImportResult> {
  const problems: SheetProblem[] = [];
  const files = rootFiles(input);
  const index: Json = { $schema: SCHEMA_BASE + 'index.schema.json', format: 'stemhulp/1' };
  const municipalities: { code: string; json: Json }[] = [];
  const gf = files.get('gemeenten.csv');
  const origins = new Origins({ file: gf?.path ?? 'gemeenten.csv' });
  const done = (): ImportResult => ({ index, municipalities, problems: sortProblems(problems), ok: !hasErrors(problems) });

  if (!gf) {
    problems.push({
      severity: 'error',
      place: { file: 'gemeenten.csv' },
      message: 'Het bestand gemeenten.csv ontbreekt. Kies de map waarin gemeenten.csv staat, of kopieer de template (npx -p stemhulp-widget stemhulp-data template <map>).',
    });
    return done();
  }
  const sf = files.get('instellingen.csv');
  if (sf) {
    const { table, problems: p } = readCsv(sf.path, sf.bytes);
    problems.push(...p);
    if (table) settings(table, index, problems, origins);
  }
  const { table: gt, problems: gp } = readCsv(gf.path, gf.bytes);
  problems.push(...gp);
  if (!gt || !checkColumns(gt, 'gemeenten', problems)) return done();

  const entries: Json[] = [];
  const contents: { code: string; json: Json; origins: Origins }[] = [];
  const used = new Set<string>();
  for (const [i, r] of gt.rows.entries()) {
    const raw = r.cells.get('code') ?? '';
    const code = raw.toUpperCase();
    const p = `municipalities[${i}]`;
    origins.set(p, { file: gt.file, row: r.row });
    origins.set(`${p}.code`, cell(gt, r.row, 'code'));
    const name = textFrom(gt, r.row, r.cells, 'naam', origins, `${p}.name`, problems);
    entries.push(clean({ code: raw, name, data: `gemeenten/${code}.json` }));
    if (!/^GM\d{4}$/.test(code) || used.has(code)) continue;
    used.add(code);
    const mo = new Origins({ file: files.get(`${code.toLowerCase()}.xlsx`)?.path ?? `${code}/` });
    const sheets = await municipalitySheets(code, files, problems, cell(gt, r.row, 'code'), gt.rows.length === 1);
    const json = sheets && municipality(code, name, sheets, problems, mo);
    if (json) contents.push({ code, json, origins: mo });
  }
  for (const p of files.keys()) {
    const m = p.match(/^(gm\d{4})(\/[^/]+\.csv|\.xlsx)$/);
    const other = p.match(/^([^/]+)\/stellingen\.csv$/);
    if (m && !used.has(m[1].toUpperCase()))
      problems.push({
        severity: 'warning',
        place: { file: files.get(p)!.path },
        message: `${m[1].toUpperCase()} staat niet in gemeenten.csv, dus dit bestand wordt niet gebruikt. Voeg een regel met code ${m[1].toUpperCase()} toe aan gemeenten.csv.`,
      });
    else if (other && !m)
      problems.push({
        severity: 'warning',
        place: { file: files.get(p)!.path },
        message: `De map "${files.get(p)!.path.split('/')[0]}" wordt niet gebruikt: een gemeentemap heet naar de CBS-code van de gemeente, zoals GM0363. Geef de map de code uit gemeenten.csv als naam.`,
      });
  }
  index.municipalities = entries;

  const vi = validateIndex(index, 'http://import.invalid/index.json', bundledKeyPoints);
  report(vi.ok ? { warnings: vi.warnings } : vi, origins, index, problems);
  report({ warnings: adviseIndex(index) }, origins, index, problems);
  if (vi.ok) for (const m of vi.value.municipalities) if (m.problems) report({ errors: m.problems, warnings: [] }, origins, index, problems);
  const keyPoints = vi.ok ? vi.value.keyPoints : bundledKeyPoints;
  const keyPointIds = keyPoints.map((k) => k.id);
  for (const { code, json, origins: mo } of contents) {
    const vm = validateMunicipalityFile(json, code, keyPointIds);
    report(vm, mo, json, problems);
    report({ warnings: adviseMunicipality(json) }, mo, json, problems);
    // Per party, what readers will see of the verdict where a position is unknown.
    if (vm.ok) problems.push(...verdictNotes(vm.value, keyPoints, (path) => mo.find(path), true));
    municipalities.push({ code, json });
  }
  return done();
}
