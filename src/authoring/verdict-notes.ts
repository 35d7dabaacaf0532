/**
 * What readers will see of the organisation's verdict where a party's position is unknown,
 * said to the data author per party (data format, "Refugee-friendliness per key point"):
 * an unknown position is left out of the verdict, so a speerpunt rests on fewer statements
 * ("op 2 van 3 stellingen") or on none ("Geen oordeel: standpunten onbekend"). Not a
 * mistake in the file, so a warning; but the author must know before publishing that the
 * organisation will publicly say this about a party.
 */
import { localise } from '../core/text.js';
import type { KeyPoint, MunicipalityContent } from '../core/types.js';
import { partyVerdict } from '../core/verdict.js';
import type { Place, SheetProblem } from './problems.js';

/** What a reader sees for a verdict that rests on `known` of `of` statements, as the widget writes it. */
const seen = (known: number, of: number) => (known ? `"op ${known} van ${of} stellingen"` : '"Geen oordeel: standpunten onbekend"');

/**
 * One warning per party whose position is unknown on a recommended statement, at the
 * party's positions (`prefix` leads to the gemeente's content inside an index), naming the
 * statements and, per speerpunt and for Totaal, what readers will see.
 */
export function verdictNotes(content: MunicipalityContent, keyPoints: readonly KeyPoint[], place: (path: string) => Place, sheet: boolean, prefix = ''): SheetProblem[] {
  const out: SheetProblem[] = [];
  content.parties.forEach((party, i) => {
    const v = partyVerdict(content.statements, keyPoints, party);
    if (v.known === v.statements.length) return;
    const missing = v.statements.filter((s) => !party.positions[s.id]).map((s) => s.id);
    const where = [
      ...v.cells.filter((c) => c.known < c.statements.length).map((c) => `bij ${localise(c.keyPoint.title, 'nl')} ${seen(c.known, c.statements.length)}`),
      `bij Totaal ${seen(v.known, v.statements.length)}`,
    ];
    const path = `${prefix}parties[${i}].positions`;
    out.push({
      severity: 'warning',
      kind: 'verdict',
      place: place(path),
      path,
      message:
        `${localise(party.name, 'nl')}: geen standpunt bij ${missing.length === 1 ? 'stelling' : 'de stellingen'} ${list(missing)}, waar de organisatie een advies bij geeft. ` +
        `In het oordeel van de organisatie zien lezers daardoor ${list(where)}. ` +
        `Een onbekend standpunt telt in het oordeel niet mee (en geeft 0 punten in de overeenkomst met de lezer). ` +
        `${sheet ? 'Vul het standpunt in standpunten in' : 'Vul het standpunt in'} als het bekend is.`,
    });
  });
  return out;
}

/** "a", "a en b", "a, b en c". */
const list = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`);

/** How many parties the verdict notes are about: the check page says it beside "Klaar om te publiceren". */
export const verdictNoteCount = (ps: readonly SheetProblem[]) => ps.filter((p) => p.kind === 'verdict').length;

/**
 * One sentence for beside "Klaar om te publiceren" (and the command's last line) when
 * there are verdict notes: the data can be published, and readers will see this.
 */
export function verdictNotice(ps: readonly SheetProblem[]): string {
  const n = verdictNoteCount(ps);
  return n
    ? `Let op: bij ${n} ${n === 1 ? 'partij' : 'partijen'} ontbreekt een standpunt bij een stelling met advies. Lezers zien dan in het oordeel "op … van … stellingen" of "Geen oordeel: standpunten onbekend"; de meldingen zeggen waar.`
    : '';
}
