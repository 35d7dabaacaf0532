/**
 * The lazy "language" chunk: a language file the data's index names for the reader's
 * language (docs/data-format.md, "Language files"), fetched like a data file (same limits,
 * timeout, one request per page), validated as text, and made a language the widget speaks
 * (src/i18n/own.ts). Loaded only for a reader whose language has such a file. A file that
 * cannot be had or is broken leaves the widget as it was, with a console warning.
 */
import { LANGUAGE_LIMIT, validateLanguageFile, missingProblem } from '../core/validate/language.js';
import { loadChecked } from '../data/load.js';
import { addLanguage } from '../i18n/own.js';

const done = new Map<string, Promise<void>>();

/** Loads and applies the file at `url` (absolute) for base language `lang`, once per page; never rejects. */
export function ownLanguage(lang: string, url: string, timeout: number): Promise<void> {
  let p = done.get(url);
  if (!p) {
    p = loadChecked(`language ${lang} ${url}`, url, LANGUAGE_LIMIT, { timeout, validator: () => import('../chunks/validate.js') }, (_, json) => validateLanguageFile(json, lang))
      .then(({ value, warnings }) => {
        const missing = missingProblem(value.missing);
        if (warnings.length || missing) console.warn(`stemhulp-widget: language file ${url}`, missing ? [...warnings, missing] : warnings);
        return addLanguage(value);
      })
      .catch((e: unknown) => {
        // Tried again by the next data set that names it (a retry of the index), not by every render.
        done.delete(url);
        console.warn(`stemhulp-widget: the language file ${url} could not be used; the widget shows its own words`, e, (e as { problems?: unknown })?.problems ?? '');
      });
    done.set(url, p);
  }
  return p;
}
