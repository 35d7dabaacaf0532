import type { Text } from './types.js';

/**
 * The entry of `text` to show in UI language `lang`, with its tag: exact tag, then its
 * base language (`en` for `en-GB`), then Dutch, then the first entry. Tags compare
 * case-insensitively, as BCP 47 says they do. A plain string is Dutch.
 */
export function pick(text: Text | undefined, lang: string): { tag: string; value: string } {
  if (text === undefined) return { tag: 'nl', value: '' };
  if (typeof text === 'string') return { tag: 'nl', value: isolate(text) };
  const entries = Object.entries(text);
  const wanted = lang.toLowerCase();
  const find = (tag: string) => entries.find(([t]) => t.toLowerCase() === tag);
  const [tag, value] = find(wanted) ?? find(wanted.split('-')[0]) ?? find('nl') ?? entries[0] ?? ['nl', ''];
  return { tag, value: isolate(value) };
}

/** The string to show for `text` in UI language `lang` (see `pick`). */
export const localise = (text: Text | undefined, lang: string) => pick(text, lang).value;

/**
 * A text with bidi embedding, override or isolate controls is wrapped in FSI … PDI: an
 * unclosed U+202E would otherwise turn the UI text after it around ("lijst 1", "100%").
 */
const isolate = (s: string) => (/[\u202a-\u202e\u2066-\u2069]/.test(s) ? `\u2068${s}\u2069` : s);
