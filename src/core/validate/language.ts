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
 *   misses. That key then falls back like a missing one. At most 100 of each are listed.
 * - `missing`: the documented keys the file does not translate (the tools list them).
 */
import type { Problem, Validated } from '../types.js';
import { translationKeys } from '../translation-keys.js';
// Not the validator's blocks (validate/blocks.ts): those travel in the validate chunk, which
// every reader with data loads, and sharing them would split it. A file of one level needs little.

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
  /** The documented keys it does not translate (or whose text was left out): they fall back. */
  missing: string[];
}

// As in data texts: a translation may not reorder the text around it (embedding, override, isolate controls).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Markup: a tag, a comment or a character reference. The widget shows text as text, so `<b>` would be shown as such. */
const MARKUP = /<[a-z/!?]|&(#\d+|#x[\da-f]+|[a-z]+);/i;

/** The placeholders a key takes, and the number a `.one` form may write out. */
export function placeholdersOf(key: string): { names: string[]; number?: string; optional: string[] } | undefined {
  if (!Object.hasOwn(translationKeys, key)) return undefined;
  const list = translationKeys[key].split(' ').filter(Boolean);
  const number = list.find((n) => n.startsWith('#'))?.slice(1);
  // `?`: a paragraph whose Dutch does not use that value may leave it out.
  return { names: list.map((n) => n.replace(/^[#?]/, '')), number, optional: list.filter((n) => n.startsWith('?')).map((n) => n.slice(1)) };
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
  const missing = p.names.filter((n) => n !== p.number && !p.optional.includes(n) && !used.includes(n));
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

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A found value in a message: JSON, clipped to 40 characters. */
const show = (v: unknown) => {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
};
const child = (k: string) => (/^[a-z_$][\w$.-]{0,199}$/i.test(k) ? `strings.${k}` : `strings[${show(k)}]`);

/** Validates a language file for the index's entry `lang` (lower case). */
export function validateLanguageFile(json: unknown, lang: string): Validated<LanguageFile> {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  let more = 0;
  const report = (path: string, message: string, warn?: boolean) => ((warn ? warnings : errors).length < 100 ? (warn ? warnings : errors).push({ path, message }) : more++);
  const expected = (path: string, what: string, v: unknown, tail = '', warn?: boolean) => report(path, `expected ${what}, found ${show(v)}${tail}`, warn);
  const strings: Record<string, string> = Object.create(null);
  const done = (value: LanguageFile | null): Validated<LanguageFile> => {
    if (more) warnings.push({ path: '(root)', message: `… and ${more} more` });
    return value && !errors.length ? { ok: true, value, warnings } : { ok: false, errors, warnings };
  };
  if (!isObj(json)) return (expected('(root)', 'an object (a language file)', json), done(null));
  if (json.format !== LANGUAGE_FORMAT) expected('format', JSON.stringify(LANGUAGE_FORMAT), json.format);
  if (typeof json.lang !== 'string' || json.lang.toLowerCase() !== lang) expected('lang', `${JSON.stringify(lang)} (the index names this file for that language)`, json.lang);
  const { name, dir, status, strings: raw } = json;
  if (name != null && (typeof name !== 'string' || !name.trim() || name.length > 100))
    expected('name', "the language's own name, at most 100 characters", name, "; the browser's name for it is shown", true);
  if (dir != null && dir !== 'ltr' && dir !== 'rtl') expected('dir', '"ltr" or "rtl"', dir, '; the direction is taken from the language', true);
  if (status !== 'concept' && status !== 'nagekeken') expected('status', '"concept" or "nagekeken"', status, '; taken as "concept"', true);
  if (!isObj(raw)) expected('strings', 'an object of key → text', raw);
  else
    for (const [k, v] of Object.entries(raw)) {
      const p = child(k);
      if (!placeholdersOf(k)) {
        report(p, 'is not a key of the widget; ignored', true);
        continue;
      }
      if (typeof v !== 'string') {
        expected(p, 'a text', v, '; left out', true);
        continue;
      }
      const text = v.replace(BIDI, '');
      const problem = textProblem(k, text);
      if (problem) report(p, `${SAYS[problem.kind](problem.names)}: ${show(text)}`, true);
      else strings[k] = text;
    }
  if (errors.length) return done(null);
  const file: LanguageFile = {
    lang,
    status: status === 'nagekeken' ? 'nagekeken' : 'concept',
    strings,
    missing: Object.keys(translationKeys).filter((k) => !Object.hasOwn(strings, k)),
  };
  if (typeof name === 'string' && name.trim() && name.length <= 100) file.name = name.trim();
  if (dir === 'ltr' || dir === 'rtl') file.dir = dir;
  return done(file);
}

/** The problems of a language file's missing keys, as one warning (the tools show it; the widget says how many). */
export const missingProblem = (missing: readonly string[]): Problem | undefined =>
  missing.length
    ? {
        path: 'strings',
        message: `misses ${missing.length} of ${Object.keys(translationKeys).length} keys, shown in the fallback language: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`,
      }
    : undefined;
