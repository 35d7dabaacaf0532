import { nl, type Strings } from './nl.js';

export type { Strings };

/**
 * UI strings per language. Our own small table rather than @lit/localize: each widget
 * on a page may have its own `lang`, and @lit/localize keeps one global locale.
 */
const byLanguage: Record<string, Strings> = { nl };

/** Languages the UI is translated into. */
export const uiLanguages = Object.keys(byLanguage);

/** The strings for a BCP 47 tag: its base language when translated, else Dutch. */
export function stringsFor(lang: string): Strings {
  return byLanguage[lang.toLowerCase().split('-')[0]] ?? nl;
}
