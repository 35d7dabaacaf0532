import type { Text } from './types.js';

/**
 * The string to show for `text` in UI language `lang`: exact tag, then its base
 * language (`en` for `en-GB`), then Dutch, then the first entry. Tags compare
 * case-insensitively, as BCP 47 says they do.
 */
export function localise(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  const wanted = lang.toLowerCase();
  const byTag = typeof text === 'string' ? undefined : new Map(Object.entries(text).map(([tag, s]) => [tag.toLowerCase(), s]));
  return isolate(
    byTag
      ? (byTag.get(wanted) ?? byTag.get(wanted.split('-')[0]) ?? byTag.get('nl') ?? byTag.values().next().value ?? '')
      : (text as string),
  );
}

/**
 * A text with bidi embedding, override or isolate controls is wrapped in FSI … PDI: an
 * unclosed U+202E would otherwise turn the UI text after it around ("lijst 1", "100%").
 */
const isolate = (s: string) => (/[\u202a-\u202e\u2066-\u2069]/.test(s) ? `\u2068${s}\u2069` : s);

/** The language `localise` actually used, for a `lang` attribute on the rendered text. */
export function textLang(text: Text | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return 'nl';
  const tags = Object.keys(text);
  const wanted = lang.toLowerCase();
  return (
    tags.find((t) => t.toLowerCase() === wanted) ??
    tags.find((t) => t.toLowerCase() === wanted.split('-')[0]) ??
    tags.find((t) => t.toLowerCase() === 'nl') ??
    tags[0] ??
    'nl'
  );
}
