import { baseLanguage, isRtl } from './lang.js';
import type { LocalisedText } from './types.js';

/**
 * The entry of `text` to show in UI language `lang`, with its tag: exact tag, then its
 * base language (`en` for `en-GB`), then Dutch, then the first entry. Tags compare
 * case-insensitively, as BCP 47 says they do. A plain string is Dutch.
 */
export function pick(text: LocalisedText | undefined, lang: string): { tag: string; value: string } {
  if (text === undefined) return { tag: 'nl', value: '' };
  if (typeof text === 'string') return { tag: 'nl', value: text };
  const entries = Object.entries(text);
  const wanted = lang.toLowerCase();
  const find = (tag: string) => entries.find(([t]) => t.toLowerCase() === tag);
  const [tag, value] = find(wanted) ?? find(baseLanguage(wanted)) ?? find('nl') ?? entries[0] ?? ['nl', ''];
  return { tag, value };
}

/**
 * The string to show for `text` in UI language `lang` (see `pick`), for use inside a UI
 * sentence. Validation removed bidi controls from data; a text written the other way than
 * the UI (an Arabic name in a Dutch sentence) is wrapped in FSI … PDI, the plain-text form
 * of `unicode-bidi: isolate`, so "lijst 13" and "100%" beside it keep their order.
 */
export const localise = (text: LocalisedText | undefined, lang: string) => {
  const { value } = pick(text, lang);
  const rtlUi = isRtl(lang);
  return (rtlUi ? /[A-Za-z\u00c0-\u024f]/ : /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/).test(value) ? `\u2068${value}\u2069` : value;
};
