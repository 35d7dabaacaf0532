/**
 * A language file (`stemhulp-taal/1`, docs/data-format.md, "Language files"): an
 * organisation's translation of the widget's own words, read by the widget's language-file
 * chunk and by the data tools. Pure, never throws, like the rest of the validator.
 *
 * - The file as a whole is refused (an error) when it is not an object, its `format` or
 *   `lang` is not what the index says, or `strings` is not an object: the widget then shows
 *   its own words (English, or the language's own when it ships it) and warns.
 * - One string that is wrong is a warning and is left out: an unknown key, not a string,
 *   longer than 1,000 characters, markup, a placeholder the key does not have or one it
 *   misses. That key then falls back like a missing one.
 * - `missing`: the documented keys the file does not translate (the tools list them).
 */
import type { Problem, Validated } from '../types.js';
import { translationKeys } from '../translation-keys.js';
import { child, defined, expected, isObj, newCtx, report, result, show } from './blocks.js';

export const LANGUAGE_FORMAT = 'stemhulp-taal/1';
/** Characters in one translated string. */
export const MAX_TRANSLATION = 1000;
/** Bytes of a language file: the widget refuses a larger one before reading it. */
export const LANGUAGE_LIMIT = 256 * 1024;

export interface LanguageFile {
  lang: string;
  name?: string;
  dir?: 'ltr' | 'rtl';
  status: 'concept' | 'nagekeken';
  /** Only valid strings of documented keys, with bidi controls taken out. */
  strings: Record<string, string>;
}

// As in data texts: a translation may not reorder the text around it (embedding, override, isolate controls).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Markup: a tag, a comment or a character reference. The widget shows text as text, so `<b>` would be shown as such. */
const MARKUP = /<[a-z/!?]|&(#\d+|#x[\da-f]+|[a-z]+);/i;

/** The placeholders a key takes, and the number a `.one` form may write out. */
export function placeholdersOf(key: string): { names: string[]; number?: string } | undefined {
  if (!Object.hasOwn(translationKeys, key)) return undefined;
  const list = translationKeys[key].split(' ').filter(Boolean);
  const number = list.find((n) => n.startsWith('#'))?.slice(1);
  return { names: list.map((n) => n.replace(/^#/, '')), number };
}

/** The `{name}` placeholders a text uses, in order, each once. */
export const placeholdersIn = (text: string) => [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]))];

/**
 * What is wrong with one translated text for `key`, in English (the tools put it in Dutch):
 * undefined when it is fine. `text` is a string.
 */
export function textProblem(key: string, text: string): { kind: 'long' | 'markup' | 'unknown' | 'missing' | 'empty'; names: string[] } | undefined {
  const p = placeholdersOf(key);
  if (!p) return undefined;
  if (!text.trim()) return { kind: 'empty', names: [] };
  if (text.length > MAX_TRANSLATION) return { kind: 'long', names: [] };
  if (MARKUP.test(text)) return { kind: 'markup', names: [] };
  const used = placeholdersIn(text);
  const unknown = used.filter((n) => !p.names.includes(n));
  if (unknown.length) return { kind: 'unknown', names: unknown };
  const missing = p.names.filter((n) => n !== p.number && !used.includes(n));
  if (missing.length) return { kind: 'missing', names: missing };
  return undefined;
}

const SAYS: Record<string, (names: string[]) => string> = {
  empty: () => 'expected a text, found an empty one; left out',
  long: () => `expected at most ${MAX_TRANSLATION} characters; left out`,
  markup: () => 'expected plain text, found markup (the widget shows text as text); left out',
  unknown: (n) => `uses ${n.map((x) => `{${x}}`).join(', ')}, which this key does not have; left out`,
  missing: (n) => `misses ${n.map((x) => `{${x}}`).join(', ')}; left out`,
};

/** Validates a language file for the index's entry `lang` (lower case). */
export function validateLanguageFile(json: unknown, lang: string): Validated<LanguageFile> & { missing: string[] } {
  const c = newCtx();
  const strings: Record<string, string> = Object.create(null);
  const done = (value: LanguageFile | null) => ({ ...result(c, value!), missing: value ? Object.keys(translationKeys).filter((k) => !Object.hasOwn(strings, k)) : [] });
  if (!isObj(json)) return (expected(c, '', 'an object (a language file)', json), done(null));
  if (json.format !== LANGUAGE_FORMAT) expected(c, 'format', JSON.stringify(LANGUAGE_FORMAT), json.format);
  if (typeof json.lang !== 'string' || json.lang.toLowerCase() !== lang) expected(c, 'lang', `${JSON.stringify(lang)} (the index names this file for that language)`, json.lang);
  const { name, dir, status, strings: raw } = json;
  if (name != null && (typeof name !== 'string' || !name.trim() || name.length > 100))
    expected(c, 'name', "the language's own name, at most 100 characters", name, "; the browser's name for it is shown", true);
  if (dir != null && dir !== 'ltr' && dir !== 'rtl') expected(c, 'dir', '"ltr" or "rtl"', dir, '; the direction is taken from the language', true);
  if (status !== 'concept' && status !== 'nagekeken') expected(c, 'status', '"concept" or "nagekeken"', status, '; taken as "concept"', true);
  if (!isObj(raw)) expected(c, 'strings', 'an object of key → text', raw);
  else
    for (const [k, v] of Object.entries(raw)) {
      const p = child('strings', k);
      if (!placeholdersOf(k)) {
        report(c, p, 'is not a key of the widget; ignored', true);
        continue;
      }
      if (typeof v !== 'string') {
        expected(c, p, 'a text', v, '; left out', true);
        continue;
      }
      const text = v.replace(BIDI, '');
      const problem = textProblem(k, text);
      if (problem) report(c, p, `${SAYS[problem.kind](problem.names)}: ${show(text)}`, true);
      else strings[k] = text;
    }
  if (c.ne) return done(null);
  return done(
    defined<LanguageFile>({
      lang,
      name: typeof name === 'string' && name.trim() && name.length <= 100 ? name.trim() : undefined,
      dir: dir === 'ltr' || dir === 'rtl' ? dir : undefined,
      status: status === 'nagekeken' ? 'nagekeken' : 'concept',
      strings,
    }),
  );
}

/** The problems of a language file's missing keys, as one warning (the tools show it; the widget says how many). */
export const missingProblem = (missing: readonly string[]): Problem | undefined =>
  missing.length
    ? {
        path: 'strings',
        message: `misses ${missing.length} of ${Object.keys(translationKeys).length} keys, shown in the fallback language: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`,
      }
    : undefined;
