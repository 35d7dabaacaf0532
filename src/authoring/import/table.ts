/** Reading one table: its header row against the layout, and its cells as the format's values. */
import { normaliseAnswer } from '../../core/validate.js';
import type { LocalisedText } from '../../core/types.js';
import { cell, type Table } from '../sheets.js';
import { clip, joinPath, pathSegments, type SheetProblem } from '../problems.js';
import type { Origins } from './origins.js';

/** A JSON object being built. */
export type Json = Record<string, unknown>;

const COLUMNS: Record<string, { required: string[]; optional: string[] }> = {
  gemeenten: { required: ['code', 'naam'], optional: [] },
  instellingen: { required: ['sleutel', 'waarde'], optional: [] },
  stellingen: { required: ['id', 'speerpunt', 'stelling'], optional: ['toelichting', 'advies'] },
  partijen: { required: ['id', 'naam'], optional: ['afkorting', 'lijst', 'website'] },
  standpunten: { required: ['partij', 'stelling', 'standpunt'], optional: ['toelichting', 'bron', 'door', 'datum'] },
};
/** Columns that may carry translations as `kolom:taal`. */
const TRANSLATABLE = new Set(['naam', 'waarde', 'stelling', 'toelichting']);

/** `"a", "b" of "c"`; values from a file are clipped, and at most 20 named. */
export const quoteList = (xs: readonly string[], and = 'of') =>
  xs
    .slice(0, 20)
    .map((x) => `"${clip(x)}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ` ${and} $1`) + (xs.length > 20 ? ` (en nog ${xs.length - 20})` : '');

/** Checks the header row of a table against its kind; false when it cannot be read on. */
export function checkColumns(t: Table, kind: string, problems: SheetProblem[]): boolean {
  const { required, optional } = COLUMNS[kind];
  const known = [...required, ...optional];
  for (const [name, column] of t.columns) {
    const [base, tag] = name.split(':');
    if (known.includes(base) && (!tag || TRANSLATABLE.has(base))) continue;
    problems.push({
      severity: 'warning',
      place: { file: t.file, row: 1, column, name: t.headers.get(name) },
      message: tag
        ? `De kolom "${base}" kan geen vertaling hebben; deze kolom wordt niet gebruikt. Vertalingen kunnen alleen in ${quoteList([...TRANSLATABLE].filter((c) => known.includes(c)).map((c) => c + ':en'))}.`
        : `Onbekende kolom "${clip(t.headers.get(name) ?? name)}"; deze kolom wordt niet gebruikt. Kolommen in dit bestand: ${quoteList(known)} (en vertalingen als ${known.find((c) => TRANSLATABLE.has(c)) ?? 'naam'}:en).`,
    });
  }
  const missing = required.filter((c) => !t.columns.has(c));
  for (const c of missing)
    problems.push({
      severity: 'error',
      place: { file: t.file, row: 1 },
      message: `De kolom "${c}" ontbreekt in de kopregel (rij 1). Zet de kolomnamen ${quoteList(required, 'en')} in rij 1${t.columns.size ? `; nu staan er: ${quoteList([...t.headers.values()], 'en')}` : ''}.`,
    });
  return missing.length === 0;
}

/** A LocalisedText from column `base` and its `base:taal` translations; their cells are remembered under `path`. */
export function textFrom(t: Table, row: number, cells: Map<string, string>, base: string, origins: Origins, path: string, problems: SheetProblem[]): LocalisedText | undefined {
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
export const answer = (s: string) => (s ? (normaliseAnswer(s) ?? s) : undefined);

export const number = (s: string): unknown => (/^\d+$/.test(s) ? Number(s) : s || undefined);

export const clean = (o: Json): Json => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};
