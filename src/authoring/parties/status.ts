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
  return result.gemeenten.map(({ code, json, content }) => {
    const name = localise(names.get(code) as never, 'nl') || code;
    if (!content) return { code, name, withoutAdvice: [] };
    return { code, name, rows: gemeenteRows(code, name, content, json, result.keyPoints), withoutAdvice: content.statements.filter((s) => !s.recommended).map((s) => s.id) };
  });
}

const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'geen');

/** The titles of the speerpunten in Dutch, in the order of a row's cells. */
export const keyPointTitles = (result: ImportResult) => result.keyPoints.map((k) => localise(k.title, 'nl'));

/** Where the errors of a gemeente are told: the command says the import does, the check page lists them. */
const ERRORS_IN_IMPORT = 'de opdracht import zegt welke';

/**
 * One gemeente: a line with its counts and names, and a line per party whose positions are
 * incomplete, with what readers will see of its verdict.
 */
export function gemeenteStatusText(g: GemeenteStatus, keyPointTitles: readonly string[], errorsAt = ERRORS_IN_IMPORT): { line: string; parties: string[] } {
  if (!g.rows) return { line: `${g.code} ${g.name}: heeft fouten; ${errorsAt}.`, parties: [] };
  const yes = g.rows.filter((r) => r.byParty > 0).length;
  const no = g.rows.filter((r) => !r.byParty).map((r) => r.partij);
  const parties = g.rows.flatMap((r) => {
    if (r.total.known === r.total.of) return [];
    const where = r.cells.flatMap((c, i) => (c.known < c.of ? [`${keyPointTitles[i]} "${seen(c)}"`] : []));
    return [`${r.partij} (${r.naam}): lezers zien ${[...where, `Totaal "${seen(r.total)}"`].join(', ')}.`];
  });
  return {
    line: `${g.code} ${g.name}: ${yes} van ${g.rows.length} ${g.rows.length === 1 ? 'partij' : 'partijen'} ${yes === 1 ? 'heeft' : 'hebben'} geantwoord; niet: ${list(no)}. Stellingen zonder advies: ${list(g.withoutAdvice)}.`,
    parties,
  };
}

/** The line under all gemeenten. */
export function statusTotal(all: readonly GemeenteStatus[]): string {
  const rows = all.flatMap((g) => g.rows ?? []);
  const yes = rows.filter((r) => r.byParty > 0).length;
  // Dutch agrees the verb with the first number: "1 van 10 partijen heeft", "2 van 10 partijen hebben".
  return `Samen: ${yes} van ${rows.length} ${rows.length === 1 ? 'partij' : 'partijen'} in ${all.length} ${all.length === 1 ? 'gemeente' : 'gemeenten'} ${yes === 1 ? 'heeft' : 'hebben'} zelf geantwoord.`;
}

/** The lines `status` prints. */
export function statusText(all: readonly GemeenteStatus[], keyPointTitles: readonly string[]): string[] {
  const out: string[] = [];
  for (const g of all) {
    const { line, parties } = gemeenteStatusText(g, keyPointTitles);
    out.push(line, ...parties.map((p) => `  ${p}`));
  }
  out.push(`\n${statusTotal(all)}`);
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
