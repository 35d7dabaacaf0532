/**
 * Who gave a position and when, and when a gemeente's data changed: beside a position
 * "Ingevuld door de partij op 12 februari 2026" or "Bepaald door <organisatie>", and under
 * the verdict table "Bijgewerkt op 3 maart 2026 · 2 correcties", the corrections one tap
 * away. Used by the result and the verdict (so it travels in what they share); the tools
 * get `givenBy` from the result through their context. Data is rendered as text only.
 */
import { html, nothing } from 'lit';
import type { Correction, Position } from '../../core/types.js';
import type { VerdictUi as Vt } from '../../i18n/types.js';
import { memo } from '../../lib/memo.js';
import { text } from './common.js';

/**
 * One date format per language, remembered: a statement's 60 parties each show a date. Plain
 * `en` as in Europe (18 March 2026), not the US order; Latin digits, as on the Dutch ballot;
 * the Gregorian calendar, the election's (Persian's default is the Solar Hijri one). Where the
 * browser has no dates in the language (Chromium knows no Tigrinya or Somali) the date is
 * written as on a Dutch letter, 18-03-2026, rather than in English words.
 */
const dateFormat = memo((lang: string) =>
  Intl.DateTimeFormat.supportedLocalesOf(lang).length
    ? new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' })
    : { format: (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('-') },
);

/** A `YYYY-MM-DD` date in the reader's language: "12 februari 2026". */
export const longDate = (iso: string, lang: string) => dateFormat(lang).format(new Date(`${iso}T00:00:00Z`));

/** Who gave `pos`, as a line of its own below it; nothing when the data does not say. */
export const givenBy = (pos: Position | undefined, org: string, t: Vt, lang: string) =>
  pos?.by ? html`<span class="note by">${pos.by === 'party' ? t.verdict.byParty(pos.date && longDate(pos.date, lang)) : t.verdict.byOrganisation(org)}</span>` : nothing;

/** Newest first, whatever order the data has; undated ones last, in their order. */
const newestFirst = (cs: readonly Correction[]) => [...cs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

/**
 * "Bijgewerkt op 3 maart 2026 · 2 correcties": with corrections a disclosure whose summary
 * is that line and which lists them, date and text; without, the line alone; nothing
 * when the data has neither.
 */
export function updatedView(updated: string | undefined, corrections: readonly Correction[] | undefined, t: Vt, lang: string) {
  const n = corrections?.length ?? 0;
  // "2 correcties" kept on one line: a count alone at a line's end reads as a stray number.
  const line = [updated && t.verdict.updated(longDate(updated, lang)), n && t.verdict.corrections(n).replace(/ /g, '\u00a0')].filter(Boolean).join(' · ');
  if (!n) return line ? html`<p class="note updated">${line}</p>` : nothing;
  return html`<details class="corrections">
    <summary>${line}</summary>
    <ol>
      ${newestFirst(corrections!).map(
        (c) => html`<li>${c.date ? html`<time class="label" datetime=${c.date}>${longDate(c.date, lang)}</time> ` : nothing}<span>${text(c.text, lang)}</span></li>`,
      )}
    </ol>
  </details>`;
}
