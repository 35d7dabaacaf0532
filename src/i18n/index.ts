import { baseLanguage as base, isRtl } from '../core/lang.js';
import type { KeyPoint } from '../core/types.js';
import { nl } from './nl/ui.js';
import type { Parts } from './part-types.js';
import type { Locale, PartsChunks, Strings } from './types.js';

/**
 * The languages: one line each, so a new language is its folder (src/i18n/<lang>/, as en/)
 * and its line here (README, Translating). scripts/i18n-tables.mjs, which `npm run build`
 * runs first, writes each language's parts file (<lang>/parts.ts), the part chunks' tables
 * of them and the party form's table from these lines. Our own small table rather than @lit/localize:
 * each widget on a page may have its own `lang`, and @lit/localize keeps one global locale.
 * Dutch is bundled; other languages are separate chunks, so Dutch readers do not download
 * them, and each has a second chunk with the words of the parts few readers open (the
 * tools, kiosk mode, the card, *Mag ik stemmen?*), fetched only when one is opened in it
 * (`loadLanguage(lang, parts)`). An explicit map, because Rollup does not bundle a template import().
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
 * The parts chunks loaded (src/i18n/<lang>/parts.ts), by the shipped language whose words they
 * are; `false`: it failed, and the parts show Dutch. Not asked for again either way.
 */
const partsOf: Record<string, Parts | false> = {};

/**
 * The language whose parts chunk has the words of `lang`'s parts: its own, or for a language
 * file (i18n/own.ts) the language its missing words come from (English for a language the
 * widget does not ship).
 */
const partsLanguage = (lang: string) => localeOf(lang)?.base ?? base(lang);

/**
 * A part chunk's words for `lang` (`part`: the part, also its keys' prefix in a language file;
 * `nl`: the chunk's own Dutch words): the language's parts chunk once loaded
 * (`loadLanguage(lang, words)`), with a language file's words over them; Dutch while it is
 * not there, after it failed, or for Dutch.
 */
export function partFor<K extends keyof Parts>(part: K, nl: Parts[K], lang: string): Parts[K] {
  const l = localeOf(lang);
  const from = partsLanguage(lang);
  const own = (Object.hasOwn(partsOf, from) && partsOf[from]) || undefined;
  const words = own ? own[part] : nl;
  return l?.part ? l.part(part, words) : words;
}

/** The share strings of a loaded language other than Dutch (the Dutch ones travel in the share chunk). */
export const extrasFor = (lang: string) => localeOf(lang)?.extras;

/** The strings for a BCP 47 tag: its base language when translated and loaded, else Dutch. */
export function stringsFor(lang: string): Strings {
  return localeOf(lang)?.strings ?? nl;
}

/**
 * Loads what `lang` (a value of `uiLanguage`) needs, once each: its chunk, and given `parts`
 * (a part chunk's table of the parts chunks: a part is drawn) its parts chunk too, whose words
 * `partFor` then gives. For a language from a language file, the parts chunk of the language its
 * missing words come from (English for one the widget does not ship), under the file's words.
 * The promise while one loads; nothing when all is there, or never will be: Dutch has no parts
 * chunk (each part chunk has its own words), and a failed load (a chunk not hosted beside the
 * script) leaves Dutch in its place, with a console warning.
 */
export function loadLanguage(lang: string, parts?: PartsChunks): Promise<unknown> | false | undefined {
  const key = base(lang);
  if (!localeOf(key)) {
    const chunk = (pending[key] ??= languages[key]().then(
      (l) => (loaded[key] = l),
      (e) => {
        // The widget shows Dutch (uiLanguage).
        failed.add(key);
        console.warn(`stemhulp-widget: could not load the ${key} translation; showing Dutch`, e);
      },
    ));
    // A shipped language's parts chunk is its own (partsLanguage): asked for beside its chunk, not a request after it.
    return Promise.all([chunk, loadParts(key, parts)]);
  }
  return loadParts(partsLanguage(key), parts);
}

/** The parts chunk of language `from` from a part chunk's table, once; nothing when it is there, failed, or not in the table. */
function loadParts(from: string, parts: PartsChunks | undefined) {
  const load = parts && !Object.hasOwn(partsOf, from) && Object.hasOwn(parts, from) && parts[from];
  return (
    load &&
    (pending[from + '-parts'] ??= load().then(
      (p) => (partsOf[from] = p),
      (e) => {
        // The parts show Dutch.
        partsOf[from] = false;
        console.warn(`stemhulp-widget: could not load the ${from}-parts translation; showing Dutch`, e);
      },
    ))
  );
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
