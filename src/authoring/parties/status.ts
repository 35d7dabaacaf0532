/**
 * `status`: per gemeente, how far the positions are. How many parties answered themselves
 * (a position with `door` = partij), which did not, the statements without `advies`, and
 * for each party whose positions are incomplete what readers will see of its verdict.
 */
import { localise } from '../../core/text.js';
import type { ImportResult } from '../import.js';
import { csvText } from './csv.js';
import { gemeenteRows, givenBy, seen, type PartyRow } from './verdicts.js';

export interface GemeenteStatus {
  code: string;
  name: string;
  /** Undefined when the gemeente has errors (then `import` says which). */
  rows?: PartyRow[];
  withoutAdvice: string[];
}

/** The status of every gemeente the import read, in gemeenten.csv's order. */
export function status(result: ImportResult): GemeenteStatus[] {
  const names = new Map(((result.index.municipalities as { code?: string; name?: unknown }[] | undefined) ?? []).map((m) => [String(m.code).toUpperCase(), m.name]));
  return result.municipalities.map(({ code, json, content }) => {
    const name = localise(names.get(code) as never, 'nl') || code;
    if (!content) return { code, name, withoutAdvice: [] };
    return { code, name, rows: gemeenteRows(code, name, content, json, result.keyPoints), withoutAdvice: content.statements.filter((s) => !s.recommended).map((s) => s.id) };
  });
}

const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'geen');

/** The lines `status` prints. */
export function statusText(all: readonly GemeenteStatus[], keyPointTitles: readonly string[]): string[] {
  const out: string[] = [];
  let answered = 0;
  let parties = 0;
  for (const g of all) {
    if (!g.rows) {
      out.push(`${g.code} ${g.name}: heeft fouten; de opdracht import zegt welke.`);
      continue;
    }
    const yes = g.rows.filter((r) => r.byParty > 0);
    answered += yes.length;
    parties += g.rows.length;
    const no = g.rows.filter((r) => !r.byParty).map((r) => r.partij);
    out.push(`${g.code} ${g.name}: ${yes.length} van ${g.rows.length} partijen hebben geantwoord; niet: ${list(no)}. Stellingen zonder advies: ${list(g.withoutAdvice)}.`);
    for (const r of g.rows) {
      if (r.total.known === r.total.of) continue;
      const where = r.cells.flatMap((c, i) => (c.known < c.of ? [`${keyPointTitles[i]} "${seen(c)}"`] : []));
      out.push(`  ${r.partij} (${r.naam}): lezers zien ${[...where, `Totaal "${seen(r.total)}"`].join(', ')}.`);
    }
  }
  out.push(`\nSamen: ${answered} van ${parties} partijen in ${all.length} gemeenten hebben zelf geantwoord.`);
  return out;
}

/** The same as a spreadsheet: one row per gemeente and party. */
export function statusCsv(all: readonly GemeenteStatus[], keyPointIds: readonly string[]): string {
  const head = [
    'gemeente',
    'gemeentenaam',
    'partij',
    'partijnaam',
    'geantwoord',
    'datum partij',
    'standpunten door',
    ...keyPointIds.map((k) => `${k}: lezers zien`),
    'totaal: lezers zien',
    'stellingen zonder advies',
  ];
  const rows: string[][] = [];
  for (const g of all) {
    if (!g.rows) rows.push([g.code, g.name, '', '', 'fouten in de gegevens (zie import)', '', '', ...keyPointIds.map(() => ''), '', '']);
    else
      for (const r of g.rows)
        rows.push([g.code, g.name, r.partij, r.naam, r.byParty ? 'ja' : 'nee', r.datum ?? '', givenBy(r), ...r.cells.map(seen), seen(r.total), g.withoutAdvice.join(', ')]);
  }
  return csvText([head, ...rows]);
}
