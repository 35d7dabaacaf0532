/** Building a municipality file from a gemeente's three sheets. */
import { bundledKeyPoints } from '../../core/bundled-key-points.js';
import type { LocalisedText } from '../../core/types.js';
import { cell, type Table } from '../sheets.js';
import { clip, joinPath, type SheetProblem } from '../problems.js';
import type { Sheets } from './files.js';
import type { Origins } from './origins.js';
import { answer, checkColumns, clean, isoDate, number, quoteList, textFrom, type Json } from './table.js';

export const SCHEMA_BASE = 'https://unpkg.com/stemhulp-widget/dist/schema/';

/** `door` as the format writes it; the words of the sheet and of the format, in any letter case. */
const BY: Record<string, string> = { partij: 'party', party: 'party', organisatie: 'organisation', organisation: 'organisation' };

/** A position's `by` and `date` from the columns `door` and `datum`; a word or date that is not one is an error at its cell. */
function byAndDate(t: Table, row: number, door: string, datum: string, problems: SheetProblem[]): Json {
  const by = door ? BY[door.toLowerCase()] : undefined;
  if (door && !by)
    problems.push({
      severity: 'error',
      place: cell(t, row, 'door'),
      message: `"${clip(door)}" kan niet in de kolom "door". Vul partij in (de partij gaf dit standpunt zelf) of organisatie (de organisatie bepaalde het), of laat de cel leeg.`,
    });
  const date = datum ? isoDate(datum) : undefined;
  const real = !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(Date.parse(date) || 0).toISOString().startsWith(date);
  if (date && !real)
    problems.push({
      severity: 'error',
      place: cell(t, row, 'datum'),
      message: `"${clip(datum)}" is geen datum. Schrijf JJJJ-MM-DD of DD-MM-JJJJ, zoals 2026-02-12 of 12-02-2026, of laat de cel leeg.`,
    });
  return clean({ by, date: real ? date : undefined });
}

/** The content of one gemeente from its three sheets, as a municipality file. */
export function gemeenteFile(code: string, name: LocalisedText | undefined, sheets: Sheets, problems: SheetProblem[], origins: Origins): Json | undefined {
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
          ? `Er is geen partij "${clip(g('partij'))}" in ${pt.file}. Gebruik het id uit de kolom "id" van ${pt.file}: ${quoteList(parties.map((x) => String(x.id)))}.`
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
      ...byAndDate(pos, r.row, g('door'), g('datum'), problems),
    });
  }
  return { $schema: SCHEMA_BASE + 'municipality.schema.json', format: 'stemhulp/1', code, name, statements, parties };
}
