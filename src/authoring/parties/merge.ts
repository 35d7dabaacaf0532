/**
 * Writing a party's answers into its gemeente's standpunten: standpunten.csv, or the sheet
 * standpunten of its workbook (book.ts reads and writes that). The merge works on the
 * cells as read, the same for both: every column (translations and unknown ones too) is
 * kept, the party's rows are changed or added, and the columns `door` and `datum` are
 * added when missing. Each position the organisation had set differently is listed, so it
 * can be checked.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { bundledKeyPoints } from '../../core/bundled-key-points.js';
import type { Answer, Problem } from '../../core/types.js';
import { normaliseAnswer, validateMunicipalityFile } from '../../core/validate.js';
import { dutch } from '../messages.js';
import { placeOf } from '../parse-json.js';
import { clip, type SheetProblem } from '../problems.js';
import { decode, delimiter, normHeader } from '../sheets.js';
import type { AnswerFile } from './answer-file.js';
import { csvText } from './csv.js';

/** standpunten as cells, whichever file holds it. */
export interface Sheet {
  /** The file that is written. */
  file: string;
  /** How messages name it: `standpunten.csv`, `GM0363.xlsx[standpunten]`. */
  name: string;
  /** Row 1 (the header) first; every cell as read. */
  records: string[][];
}

/** standpunten.csv: its separator is kept. */
export interface CsvSheet extends Sheet {
  sep: ';' | ',';
}

/** A gemeente as the merge needs it: its statement ids and how its parties are named in standpunten. */
export interface Gemeente {
  code: string;
  /** Statement id in lower case → as written in stellingen. */
  statements: Map<string, string>;
  /** A party's id, afkorting or naam in lower case → its id (as the import reads `partij`). */
  parties: Map<string, string>;
}

const WORD: Record<Answer, string> = { agree: 'eens', neutral: 'neutraal', disagree: 'oneens' };

/** A problem when the header lacks a column the answers go into. */
export function headerProblem(s: Sheet): SheetProblem | undefined {
  for (const c of ['partij', 'stelling', 'standpunt'])
    if (col(s, c) < 0)
      return {
        severity: 'error',
        place: { file: s.name, row: 1 },
        message: `De kolom "${c}" ontbreekt in de kopregel; de antwoorden kunnen er niet in. Herstel de kopregel (zie de template).`,
      };
}

/** Reads standpunten.csv as cells; `undefined` with a problem when it cannot be read. */
export function openSheet(file: string, bytes: Uint8Array): { sheet?: CsvSheet; problem?: SheetProblem } {
  const text = decode(bytes).text.replace(/^\ufeff/, '');
  const sep = delimiter(text);
  try {
    const records = parse(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: false }) as string[][];
    const sheet = { file, name: file, sep, records: records.length ? records : [['partij', 'stelling', 'standpunt']] };
    const problem = headerProblem(sheet);
    return problem ? { problem } : { sheet };
  } catch {
    return {
      problem: {
        severity: 'error',
        place: { file },
        message: 'Dit CSV-bestand kan niet worden gelezen, dus de antwoorden kunnen er niet in. Controleer het met de opdracht import en herstel het eerst.',
      },
    };
  }
}

/** The file as written: UTF-8 with a BOM, its own separator, CRLF. */
export const sheetText = (s: CsvSheet) => csvText(s.records, s.sep);

/** The index of column `name` (normalised), or -1. */
const col = (s: Sheet, name: string) => s.records[0].findIndex((h) => normHeader(h) === name);

/** The index of column `name`, added at the end when missing. */
function ensure(s: Sheet, name: string): number {
  const i = col(s, name);
  if (i >= 0) return i;
  s.records[0].push(name);
  return s.records[0].length - 1;
}

/** A party's rows in the sheet: statement id (as in stellingen) → row index. */
function partyRows(s: Sheet, g: Gemeente, party: string): Map<string, number> {
  const [pc, sc] = [col(s, 'partij'), col(s, 'stelling')];
  const out = new Map<string, number>();
  s.records.forEach((r, i) => {
    if (i === 0 || g.parties.get((r[pc] ?? '').trim().toLowerCase()) !== party) return;
    const sid = g.statements.get((r[sc] ?? '').trim().toLowerCase());
    if (sid && !out.has(sid)) out.set(sid, i);
  });
  return out;
}

/** The newest `datum` of the party's own positions (door = partij) in the sheet. */
export function lastPartyDay(s: Sheet, g: Gemeente, party: string): string | undefined {
  const [dc, tc] = [col(s, 'door'), col(s, 'datum')];
  if (dc < 0 || tc < 0) return;
  let last: string | undefined;
  for (const i of partyRows(s, g, party).values()) {
    const r = s.records[i];
    const d = (r[tc] ?? '').trim();
    if ((r[dc] ?? '').trim().toLowerCase() === 'partij' && /^\d{4}-\d{2}-\d{2}$/.test(d) && (!last || d > last)) last = d;
  }
  return last;
}

/**
 * The answers checked as the spreadsheet's positions are: by the widget's validator, on a
 * gemeente of these statements. Its errors, and warnings about something it would drop or
 * change (a text with reversing characters, a link with a name before the host), refuse
 * the file; an http:// link (not https) is a warning.
 */
export function checkAnswers(a: AnswerFile, g: Gemeente): SheetProblem[] {
  const statements = [...g.statements.values()].map((id) => ({ id, keyPoint: bundledKeyPoints[0].id, text: 'x' }));
  const v = validateMunicipalityFile({ statements, parties: [{ id: 'p', name: 'p', positions: a.answers }] }, g.code, [bundledKeyPoints[0].id]);
  const own = (path: string) => path.replace(/^parties\[0\]\.positions/, 'antwoorden');
  const wording = { sheet: false, where: own, value: () => a.partij };
  const out: SheetProblem[] = [];
  const add = (p: Problem, severity: 'error' | 'warning') => out.push({ severity, place: placeOf(a.file, a.parsed, own(p.path)), path: own(p.path), message: dutch(p, wording) });
  for (const p of v.ok ? [] : v.errors) add(p, 'error');
  for (const p of v.warnings) {
    if (/^expected a position on every statement/.test(p.message)) continue;
    add(p, /^expected a link that starts with "https:\/\/"/.test(p.message) ? 'warning' : 'error');
  }
  for (const p of out) if (p.severity === 'error') p.message += ' Niets uit dit bestand is gebruikt.';
  return out;
}

/** Who set a position, as the sheet says it: `partij` or `organisatie` (an empty `door` is the organisation's). */
const who = (door: string) => (door.trim().toLowerCase() === 'partij' ? 'partij' : 'organisatie');

/**
 * Writes `a` (checked) into the sheet as the positions of `party`: answered statements
 * replace its rows (or are added), and its own earlier answers (door = partij) on statements
 * this file leaves out become unknown, since a newer file replaces an older one whole. Returns
 * one line per position that changed from what the organisation (or an earlier file) had.
 */
export function applyAnswers(s: Sheet, g: Gemeente, party: string, a: AnswerFile): string[] {
  const [pc, sc, ac, ec, bc] = ['partij', 'stelling', 'standpunt', 'toelichting', 'bron'].map((c) => ensure(s, c));
  const [dc, tc] = [ensure(s, 'door'), ensure(s, 'datum')];
  // Translations of the old explanation no longer translate the party's own.
  const translations = s.records[0].map((h, i) => (/^toelichting:/.test(normHeader(h)) ? i : -1)).filter((i) => i >= 0);
  const width = s.records[0].length;
  const rows = partyRows(s, g, party);
  const changes: string[] = [];
  const label = `${g.code} ${party}`;
  const answered = new Map<string, Answer>();
  for (const [k, v] of Object.entries(a.answers)) answered.set(g.statements.get(k.trim().toLowerCase())!, normaliseAnswer(v.position)!);

  for (const [sid, i] of rows) {
    if (answered.has(sid)) continue;
    const r = s.records[i];
    if (who(r[dc] ?? '') !== 'partij' || !(r[ac] ?? '').trim()) continue;
    changes.push(`${label} ${sid}: was ${clip((r[ac] ?? '').trim())} (partij), nu onbekend (het nieuwe bestand van de partij geeft hier geen antwoord)`);
    for (const c of [ac, ec, bc, ...translations]) r[c] = '';
    [r[dc], r[tc]] = ['partij', a.day];
  }
  for (const [k, v] of Object.entries(a.answers)) {
    const sid = g.statements.get(k.trim().toLowerCase())!;
    const word = WORD[answered.get(sid)!];
    let i = rows.get(sid);
    if (i === undefined) {
      i = s.records.push(Array.from({ length: width }, () => '')) - 1;
      [s.records[i][pc], s.records[i][sc]] = [party, sid];
    }
    const r = s.records[i];
    while (r.length < width) r.push('');
    const before = (r[ac] ?? '').trim();
    const old = normaliseAnswer(before);
    if (before && old !== answered.get(sid)) changes.push(`${label} ${sid}: was ${old ? WORD[old] : clip(before)} (${who(r[dc] ?? '')}), nu ${word} (partij)`);
    for (const c of translations) r[c] = '';
    [r[ac], r[ec], r[bc], r[dc], r[tc]] = [word, v.explanation ?? '', v.source ?? '', 'partij', a.day];
  }
  return changes;
}
