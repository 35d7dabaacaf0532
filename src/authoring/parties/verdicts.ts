/**
 * Per gemeente and party: the organisation's verdict per speerpunt and in total (the
 * widget's own logic, src/core/verdict.ts), what each rests on, and who gave the positions
 * (`by` in the JSON, `door` in the spreadsheet). Shared by `status` and `export`.
 */
import { localise } from '../../core/text.js';
import type { KeyPoint, MunicipalityContent } from '../../core/types.js';
import { partyVerdict } from '../../core/verdict.js';
import { csvText } from './csv.js';

export interface Cell {
  /** Whole percent; undefined: geen oordeel. */
  score: number | undefined;
  known: number;
  of: number;
}

export interface PartyRow {
  gemeente: string;
  gemeenteNaam: string;
  partij: string;
  naam: string;
  lijst?: number;
  cells: Cell[];
  total: Cell;
  /** How many positions the party gave itself, and how many the organisation set (or nobody said). */
  byParty: number;
  byOrganisation: number;
  /** The newest `date` of the party's own positions. */
  datum?: string;
}

type Raw = { parties?: { id?: unknown; positions?: Record<string, { by?: unknown; date?: unknown }> }[] };

/** The rows of one gemeente. `raw` is its JSON as written (the validator keeps no `by` or `date`). */
export function gemeenteRows(code: string, name: string, content: MunicipalityContent, raw: unknown, keyPoints: readonly KeyPoint[]): PartyRow[] {
  const rawParties = new Map(((raw as Raw)?.parties ?? []).map((p) => [String(p?.id), p?.positions ?? {}]));
  return content.parties.map((party) => {
    const v = partyVerdict(content.statements, keyPoints, party);
    const positions = rawParties.get(party.id) ?? {};
    let byParty = 0;
    let datum: string | undefined;
    for (const sid of Object.keys(party.positions)) {
      const r = positions[sid];
      if (r?.by !== 'party') continue;
      byParty++;
      if (typeof r.date === 'string' && (!datum || r.date > datum)) datum = r.date;
    }
    return {
      gemeente: code,
      gemeenteNaam: name,
      partij: party.id,
      naam: localise(party.name, 'nl'),
      lijst: party.list,
      cells: v.cells.map((c) => ({ score: c.score, known: c.known, of: c.statements.length })),
      total: { score: v.total, known: v.known, of: v.statements.length },
      byParty,
      byOrganisation: Object.keys(party.positions).length - byParty,
      datum,
    };
  });
}

/** What a reader sees of a verdict, as the widget writes it. */
export const seen = (c: Cell) =>
  c.score === undefined ? (c.of ? 'Geen oordeel: standpunten onbekend' : 'Geen oordeel') : c.known < c.of ? `${c.score}% (op ${c.known} van ${c.of} stellingen)` : `${c.score}%`;

/** Who gave a party's positions. */
export const givenBy = (r: PartyRow) =>
  r.byParty && r.byOrganisation ? 'partij en organisatie' : r.byParty ? 'partij' : r.byOrganisation ? 'organisatie' : 'niemand (geen standpunten)';

/** The open-data CSV: one row per gemeente and party. */
export function exportCsv(rows: readonly PartyRow[], keyPoints: readonly KeyPoint[]): string {
  const head = ['gemeente', 'gemeentenaam', 'partij', 'partijnaam', 'lijst'];
  for (const k of [...keyPoints.map((k) => k.id), 'totaal']) head.push(`${k} oordeel`, `${k} stellingen`);
  head.push('standpunten door', 'standpunten van partij', 'standpunten van organisatie', 'datum partij');
  const cell = (c: Cell) => [c.score === undefined ? 'geen oordeel' : String(c.score), `${c.known} van ${c.of}`];
  return csvText([
    head,
    ...rows.map((r) => [
      r.gemeente,
      r.gemeenteNaam,
      r.partij,
      r.naam,
      r.lijst == null ? '' : String(r.lijst),
      ...[...r.cells, r.total].flatMap(cell),
      givenBy(r),
      String(r.byParty),
      String(r.byOrganisation),
      r.datum ?? '',
    ]),
  ]);
}
