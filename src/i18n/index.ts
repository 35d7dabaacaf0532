import { baseLanguage as base, forLanguage, isRtl } from '../core/lang.js';
import type { KeyPoint } from '../core/types.js';
import { nl } from './nl/ui.js';
import type { Locale, Strings } from './types.js';

/**
 * The languages: one line each, so a new language is its folder (src/i18n/<lang>/, as en/)
 * and its line here (README, Translating). The tools', kiosk's and card's tables (tools.ts,
 * kiosk.ts, card.ts, in those chunks) are written from these lines by
 * scripts/i18n-tables.mjs, which `npm run build` runs first. Our own small table rather than @lit/localize:
 * each widget on a page may have its own `lang`, and @lit/localize keeps one global locale.
 * Dutch is bundled; other languages are separate chunks, so Dutch readers do not download
 * them. An explicit map, because Rollup does not bundle a template import().
 */
export const languages: Record<string, () => Promise<Locale>> = {
  en: () => import('./en/index.js'),
  ar: () => import('./ar/index.js'),
  uk: () => import('./uk/index.js'),
  so: () => import('./so/index.js'),
  fa: () => import('./fa/index.js'),
  ti: () => import('./ti/index.js'),
};
/** The loaded languages; a language file from the data (i18n/own.ts) adds or replaces one here and in `languages`. */
export const loaded: Record<string, Locale> = { nl: { strings: nl } };
const pending: Record<string, Promise<unknown>> = {};
/** Languages whose chunk failed to load: shown in Dutch, and marked as Dutch. */
const failed = new Set<string>();

/**
 * The interface language for a requested tag: its base language when the UI is
 * translated into it, else Dutch. Anything a CMS may write (`nl_NL`, `fa`, `Nederlands`)
 * ends up as a language whose strings really are shown, so `lang` and `dir` never lie.
 */
export const uiLanguage = (tag: string | null | undefined): string => {
  const b = base(tag ?? '');
  // Own keys only: lang="constructor" must not find Object's constructor.
  return Object.hasOwn(languages, b) && !failed.has(b) ? b : 'nl';
};

/** The loaded locale for a BCP 47 tag, or undefined while (or if) its chunk is not there. */
const localeOf = (lang: string): Locale | undefined => (Object.hasOwn(loaded, base(lang)) ? loaded[base(lang)] : undefined);

/** `dir` for a UI language: a language file's own, else right to left for the languages `isRtl` knows. */
export const dirOf = (lang: string) => localeOf(lang)?.dir ?? (isRtl(lang) ? 'rtl' : 'ltr');

/** A language's name as its language file gives it (else the switcher asks Intl). */
export const nameOf = (lang: string) => localeOf(lang)?.name;

/**
 * A chunk's own words for `lang` from its table of every language (`prefix`: the keys'
 * prefix, `tools`): a language file's words over the table's entry for the language its
 * missing words come from; else the table's entry, Dutch for a language it has not.
 */
export function partFor<T>(table: Record<string, T> & { nl: T }, prefix: string, lang: string): T {
  const l = localeOf(lang);
  const own = forLanguage(table, l?.base ?? lang);
  return l?.part ? l.part(prefix, own) : own;
}

/** The share strings of a loaded language other than Dutch (the Dutch ones travel in the share chunk). */
export const extrasFor = (lang: string) => localeOf(lang)?.extras;

/** True when the strings of `lang` (a value of `uiLanguage`) are there to be shown. */
export const isReady = (lang: string) => !!localeOf(lang);

/** The strings for a BCP 47 tag: its base language when translated and loaded, else Dutch. */
export function stringsFor(lang: string): Strings {
  return localeOf(lang)?.strings ?? nl;
}

/**
 * Loads the chunk for `lang` once; resolves when it is there. A failed load (chunk not
 * hosted beside the script) leaves the widget in Dutch, with a console warning.
 */
export function loadLanguage(lang: string): Promise<unknown> {
  const key = base(lang);
  return (pending[key] ??= languages[key]().then(
    (l) => (loaded[key] = l),
    (e) => {
      failed.add(key);
      console.warn(`stemhulp-widget: could not load the ${key} translation; showing Dutch`, e);
    },
  ));
}

/** The bundled speerpunten with the translation for `lang` alongside the Dutch text. */
export function translateKeyPoints(keyPoints: readonly KeyPoint[], bundled: readonly KeyPoint[], lang: string) {
  const tr = localeOf(lang)?.keyPoints;
  if (!tr) return keyPoints;
  const l = base(lang);
  return keyPoints.map((kp) => {
    const k = Object.hasOwn(tr, kp.id) ? tr[kp.id] : undefined;
    return k && bundled.includes(kp)
      ? // The Dutch full text is not here (it is in the key-points chunk): the translation's own stands alone.
        { ...kp, title: { nl: kp.title as string, [l]: k.title }, summary: { nl: kp.summary as string, [l]: k.summary }, body: { [l]: k.body } }
      : kp;
  });
}

/** The bundled glossary's translation for `lang`, once its chunk is there (used by the quiz chunk). */
export const glossaryTranslation = (lang: string) => localeOf(lang)?.glossary;
