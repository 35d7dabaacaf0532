/**
 * The organisation's verdict inside the result: the line under each party's match, the
 * recommended answer in the comparison, and what the result's "Hoe werkt dit?" says.
 * Drawn unlike the match on purpose (a ring and "Oordeel <organisatie>", never a bar).
 */
import { html, nothing } from 'lit';
import type { Answer, Statement } from '../data/types.js';
import type { VerdictUi as Vt } from '../locales/nl-verdict.js';
import type { UserAnswer } from '../match.js';
import { formatPercent } from './percent.js';
import { verdictMark } from './verdict-mark.js';

/** `Oordeel <organisatie>: 80%` with its ring; nothing when the gemeente has no verdict. */
export function verdictLine(org: string, total: number | undefined, t: Vt, lang: string) {
  if (total === undefined) return nothing;
  return html`<p class="verdict-line">${verdictMark(total)}<span>${t.verdict.line(org, formatPercent(total, lang))}</span></p>`;
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
