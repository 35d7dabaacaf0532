import { baseLanguage as base } from '../../core/lang.js';
import { html, nothing, type TemplateResult } from 'lit';
import { pick } from '../../core/text.js';
import type { Party, LocalisedText } from '../../core/types.js';
import type { ResultStrings } from '../../i18n/types.js';

/**
 * Longer brackets may wrap: a 4,000-character "(…)" kept on one line would push the
 * widget sideways in a narrow column.
 */

const bracket = /(\([^()]{1,40}\))/;

/** A name from data whose short bracketed parts, e.g. "(GL-PvdA)", never break inside. */
export function unbroken(value: LocalisedText | undefined, lang: string): TemplateResult {
  const { tag, value: s } = pick(value, lang);
  const parts = s.split(bracket).map((part, i) => (i % 2 ? html`<span class="nobr">${part}</span>` : part));
  return html`<span lang=${base(tag) === base(lang) ? nothing : tag}>${parts}</span>`;
}

/** A party's displayed name with its ballot number, e.g. "Partij Alfa (lijst 1)"; neither breaks inside the bracket. */
export const partyLabel = (party: Party, t: Pick<ResultStrings, 'listNumber'>, lang: string) =>
  html`${unbroken(party.name, lang)}${party.list ? html` <span class="list nobr">(${t.listNumber(party.list)})</span>` : nothing}`;

/** The same as plain text, for sentences read out (live region, hidden labels). */
export const partyText = (party: Party, t: Pick<ResultStrings, 'listNumber'>, lang: string) => pick(party.name, lang).value + (party.list ? ` (${t.listNumber(party.list)})` : '');
