import { baseLanguage as base } from '../core/lang.js';
import type { KeyPoint } from '../core/types.js';
import { nl } from './nl/ui.js';
import type { Parts } from './part-types.js';
import type { Locale, PartsChunks, Strings, Translation } from './types.js';

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
export const languages: Record<string, () => Promise<Translation>> = {
  en: () => import('./en/index.js'),
  ar: () => import('./ar/index.js'),
};
const loaded: Record<string, Locale> = { nl: { strings: nl } };
const pending: Record<string, Promise<unknown>> = {};
/** Languages whose chunk failed to load: shown in Dutch, and marked as Dutch (and `en-parts`: a parts chunk that failed). */
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

/**
 * The loaded language for a BCP 47 tag, or undefined while (or if) its chunk is not there: for
 * the chunks that bring their own Dutch words, those of another language (its share strings, its
 * glossary, *Lees voor*, and once loaded with `loadLanguage(lang, parts)`, the words of the parts).
 */
export const translation = (lang: string): Locale | undefined => (Object.hasOwn(loaded, base(lang)) ? loaded[base(lang)] : undefined);

/** The strings for a BCP 47 tag: its base language when translated and loaded, else Dutch. */
export function stringsFor(lang: string): Strings {
  return translation(lang)?.strings ?? nl;
}

/**
 * Loads what `lang` (a value of `uiLanguage`) needs, once each: its chunk, and given `parts`
 * (a part chunk's table of the parts chunks: a part is drawn) its parts chunk too, whose words
 * then join the language's entry (`translation(lang)?.tools`). The promise while one loads;
 * nothing when all is there, or never will be: Dutch has no parts chunk (each part chunk has
 * its own words), and a failed load (a chunk not hosted beside the script) leaves Dutch in its
 * place, with a console warning.
 */
export function loadLanguage(lang: string, parts?: PartsChunks): Promise<unknown> | false | undefined {
  const key = base(lang);
  const l = translation(key);
  const name = l ? key + '-parts' : key;
  const load: (() => Promise<Locale | Parts>) | false | undefined = l ? !l.done && parts?.[key] : languages[key];
  return (
    load &&
    (pending[name] ??= load()
      .catch((e) => {
        // `en` failed: the widget shows Dutch (uiLanguage); `en-parts` failed: the parts do.
        failed.add(name);
        console.warn(`stemhulp-widget: could not load the ${name} translation; showing Dutch`, e);
      })
      .then((p) => (loaded[key] = (l ? { ...l, ...p, done: true } : p) as Locale)))
  );
}

/** The bundled speerpunten with the translation for `lang` alongside the Dutch text. */
export function translateKeyPoints(keyPoints: readonly KeyPoint[], bundled: readonly KeyPoint[], lang: string) {
  const tr = translation(lang)?.keyPoints;
  if (!tr) return keyPoints;
  const l = base(lang);
  return keyPoints.map((kp) => {
    const k = Object.hasOwn(tr, kp.id) ? tr[kp.id] : undefined;
    return k && bundled.includes(kp)
      ? { ...kp, title: { nl: kp.title as string, [l]: k.title }, summary: { nl: kp.summary as string, [l]: k.summary }, body: { nl: kp.body as string, [l]: k.body } }
      : kp;
  });
}
