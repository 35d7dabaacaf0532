/** The index's settings from instellingen.csv. */
import { cell, type Table } from '../sheets.js';
import { clip, type SheetProblem } from '../problems.js';
import type { Origins } from './origins.js';
import { checkColumns, clean, isoDate, quoteList, textFrom, type Json } from './table.js';

const SETTINGS = ['verkiezing', 'datum', 'kandidaatstelling', 'organisatie', 'organisatie-url', 'flyer', 'nieuwsbrief', 'stembureau', 'stemrecht'];
const LINKS: Record<string, string> = { flyer: 'flyer', nieuwsbrief: 'newsletter', stembureau: 'pollingStation', stemrecht: 'voting' };

/** The index's election, organisation and links from instellingen.csv. */
export function settings(t: Table, index: Json, problems: SheetProblem[], origins: Origins) {
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
        message: `Onbekende sleutel "${clip(r.cells.get('sleutel') ?? '')}"; deze regel wordt niet gebruikt. Sleutels: ${quoteList(SETTINGS)}.`,
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
    else if (key === 'kandidaatstelling') ((election.nominationDate = value ? isoDate(value) : undefined), origins.set('election.nominationDate', place));
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
