/**
 * The organisation's verdict inside the result: the line under each party's match, the
 * recommended answer in the comparison, and what the result's "Hoe werkt dit?" says.
 * Drawn unlike the match on purpose (a ring and "Oordeel <organisatie>", never a bar).
 */
import { html, nothing } from 'lit';
import type { Answer, Statement } from '../../core/types.js';
import type { VerdictUi as Vt } from '../../i18n/types.js';
import type { UserAnswer } from '../../core/match.js';
import type { VerdictOf } from '../../core/verdict.js';
import { formatPercent } from '../common/percent.js';
import { verdictMark } from './mark.js';

/**
 * What a verdict rests on, beside its number: "op 2 van 3 stellingen" when the party's
 * position is unknown on some of the recommended statements; nothing when it rests on all.
 */
export const basis = (known: number, of: number, t: Vt) => (known < of ? html` <span class="basis">${t.verdict.basis(known, of)}</span>` : nothing);

/**
 * `Oordeel <organisatie>: 80%` with its ring, and what it rests on when that is not every
 * recommended statement; "Geen oordeel …: standpunten onbekend" when it rests on none;
 * nothing when the gemeente has no verdict at all.
 */
export function verdictLine(org: string, total: VerdictOf | undefined, t: Vt, lang: string) {
  if (!total?.of) return nothing;
  const { score, known, of } = total;
  return html`<p class="verdict-line">
    ${
      score === undefined
        ? html`<span>${t.verdict.lineUnknown(org)}</span>`
        : html`${verdictMark(score)}<span>${t.verdict.line(org, formatPercent(score, lang))}${known < of ? ` (${t.verdict.basis(known, of)})` : ''}</span>`
    }
  </p>`;
}

/**
 * The recommended answer as the comparison's third entry, only once the reader has given
 * an answer of their own (a skip is none): shown earlier, it would steer the answer.
 */
export function adviceEntry(org: string, s: Statement, answer: UserAnswer | undefined, word: (a: Answer) => string, t: Vt) {
  const a = answer?.answer;
  if (!s.recommended || !a || a === 'skip') return nothing;
  return html`<div class="advice"><dt>${t.verdict.advice(org)}</dt><dd>${word(s.recommended)}</dd></div>`;
}
