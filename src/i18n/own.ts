/**
 * An organisation's language file (docs/data-format.md, "Language files"), once validated,
 * made into a language the widget speaks: its words over the widget's own in that language
 * when the widget ships it, else over English (then Dutch, should English not load). Only
 * the language-file chunk (src/chunks/language.ts) imports this: readers whose data names
 * no file for their language download none of it.
 *
 * The file's texts are templates: `{name}` is a parameter of the key's function, filled in
 * as text (the views render text, never HTML). A number's `.one` form is used for 1, a
 * `.without-<name>` form when that parameter is not known; a key the file lacks keeps the
 * function of the language underneath, so a sentence never loses its values.
 */
import { baseLanguage } from '../core/lang.js';
import { translationKeys } from '../core/translation-keys.js';
import type { LanguageFile } from '../core/validate/language.js';
import { languages, loadLanguage, loaded } from './index.js';
import type { Locale } from './types.js';

/** The languages' own locales before a file replaced them: a second data set's file goes over the widget's, not over the first file. */
const shipped: Record<string, Locale> = {};
/** Languages that exist only through a file: their missing words are English. */
const added = new Set<string>();

/** The parameters of a key's function, in order (from its key, or its first paragraph's). */
const paramsOf = (key: string) =>
  (translationKeys[key] ?? translationKeys[`${key}.0`] ?? '')
    .split(' ')
    .filter(Boolean)
    .map((n) => n.replace(/^\?/, ''));

/** `value` (a language's strings, or one of them) with the file's texts put in, under `key`. */
export function overlay<T>(value: T, key: string, texts: Readonly<Record<string, string>>): T {
  const own = (k: string) => (Object.hasOwn(texts, k) ? texts[k] : undefined);
  const at = (k: string) => (key ? `${key}.${k}` : k);
  if (typeof value === 'string') return (own(key) ?? value) as T;
  if (Array.isArray(value)) return value.map((v, i) => overlay(v, at(String(i)), texts)) as T;
  if (typeof value === 'function') {
    const f = value as (...a: unknown[]) => unknown;
    const names = paramsOf(key);
    const one = translationKeys[`${key}.one`]?.match(/#(\S+)/)?.[1];
    const optional = names.find((n) => Object.hasOwn(translationKeys, `${key}.without-${n}`));
    const fill = (t: string, a: unknown[]) => t.replace(/\{([^{}]*)\}/g, (m, n: string) => (names.includes(n) ? String(a[names.indexOf(n)]) : m));
    return ((...a: unknown[]) => {
      const r = f(...a);
      if (Array.isArray(r)) return r.map((s, i) => (own(`${key}.${i}`) === undefined ? s : fill(own(`${key}.${i}`)!, a)));
      const t = optional && a[names.indexOf(optional)] === undefined ? own(`${key}.without-${optional}`) : (one && a[names.indexOf(one)] === 1 && own(`${key}.one`)) || own(key);
      return t === undefined ? r : fill(t, a);
    }) as T;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overlay(v, at(k), texts)])) as T;
  return value;
}

/**
 * Makes `file`'s language one the widget speaks (its `uiLanguage`), for every widget on the
 * page: the last file loaded for a language is the one shown (one data set per page is the
 * rule; two with files for the same language share the later one's).
 */
export async function addLanguage(file: LanguageFile) {
  const lang = baseLanguage(file.lang);
  const own = Object.hasOwn(languages, lang) && !added.has(lang);
  const base = own ? lang : 'en';
  await loadLanguage(base);
  const under: Locale | undefined = (shipped[base] ??= loaded[base]);
  if (!under) throw new Error(`the ${base} translation did not load`);
  const parts = new Map<unknown, unknown>();
  const locale: Locale = {
    // A language of its own keeps no English speerpunten or hard words: those would be marked as its language.
    ...(own ? under : {}),
    strings: overlay(under.strings, '', file.strings),
    extras: under.extras && overlay(under.extras, 'share', file.strings),
    dir: file.dir,
    name: file.name,
    base,
    part: <T>(prefix: string, table: T) => {
      if (!parts.has(table)) parts.set(table, overlay(table, prefix, file.strings));
      return parts.get(table) as T;
    },
  };
  if (!own) added.add(lang);
  loaded[lang] = locale;
  languages[lang] ??= () => Promise.resolve(locale);
}
