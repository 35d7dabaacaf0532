/**
 * The building blocks of the validator (src/core/validate.ts): small checkers that know
 * no section of the data format, only types, strings, texts, URLs, answers, ids and arrays.
 * The document's rules (src/core/validate/*.ts and the entry) are written with them.
 *
 * The blocks share one way of writing, kept short because the rules call them hundreds of
 * times on one line each:
 * - `c` is the collector (`Ctx`) the problems go to, `p` (or `q`, an item's) the JSON path
 *   of the value, `v` the value found; `req`: the value must be there; `warn`: a warning,
 *   not an error.
 * - A checker returns the value to keep, or `undefined` after reporting why there is none
 *   (`report` and `expected` return `undefined`, so `return expected(…)` reads as "refuse").
 */
import type { Answer, LocalisedText, Problem, Validated } from '../types.js';

export type Obj = Record<string, unknown>;
/** Problems kept (`e`, `w`) and counted (`ne`, `nw`): the count decides validity, the lists are capped. */
export interface Ctx {
  e: Problem[];
  w: Problem[];
  ne: number;
  nw: number;
}

/** Characters in one string: a text, a URL. */
const MAX = 5000;
/** Object keys (ids, position keys, language tags) longer than this are errors, and clipped in paths. */
const MAX_KEY = 200;
/** Problems listed per file and kind; the rest are counted in one "… and N more". */
export const MAX_PROBLEMS = 100;
// Bidi embedding, override and isolate controls: data may not reorder the text around it.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// A character that draws something, from the Unicode data: not White_Space, not a
// Default_Ignorable_Code_Point (zero-width space, soft hyphen, the Hangul fillers, U+17B4/5),
// not a mark (a combining mark alone draws on nothing), not a control, format, private-use
// or unassigned character (\p{C}), not a separator. Two symbols (\p{So}) have no ink by
// their Unicode names list entry and are named here: U+2800 BRAILLE PATTERN BLANK (a cell
// with no dots, drawn as a space) and U+1D159 MUSICAL SYMBOL NULL NOTEHEAD (drawn as nothing).
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{C}\p{Z}\u2800\u{1d159}]/u;
const ANSWERS: Readonly<Record<string, Answer>> = {
  agree: 'agree',
  neutral: 'neutral',
  disagree: 'disagree',
  eens: 'agree',
  neutraal: 'neutral',
  'geen van beide': 'neutral',
  oneens: 'disagree',
};
// Loose BCP 47: enough to catch "Nederlands" or "en_GB" without a registry.
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `"a", "b" or "c"`, as the format's own example message writes it. */
export const oneOf = (xs: readonly string[]) =>
  xs
    .map((x) => JSON.stringify(x))
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

/** A found value as quoted in a message: JSON, clipped to 40 characters. */
export const show = (v: unknown): string => {
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    // Only non-JSON input (cycles, BigInt, nesting deeper than the stack) gets here; it must still not throw.
  }
  // Invisible and bidi characters escaped: a found value must be seen, and cannot reorder the message around it.
  return s === undefined ? 'nothing' : (s.length > 40 ? s.slice(0, 39) + '…' : s).replace(/\p{Cf}/gu, (ch) => '\\u' + ch.charCodeAt(0).toString(16));
};

/** A key as a path segment, clipped: a 100,000-character key must not be copied into every message. */
export const child = (p: string, k: string | number) =>
  typeof k === 'number' ? `${p}[${k}]` : /^[a-z_$][\w$]{0,199}$/i.test(k) ? (p && p + '.') + k : `${p}[${JSON.stringify(k.length > MAX_KEY ? k.slice(0, MAX_KEY) + '…' : k)}]`;

/** Counts a problem at `p`, and keeps it while the list is not full. */
export const report = (c: Ctx, p: string, message: string, warn?: boolean): undefined => {
  const n = warn ? ++c.nw : ++c.ne;
  if (n <= MAX_PROBLEMS) (warn ? c.w : c.e).push({ path: p || '(root)', message });
};

/**
 * Every message names what was expected and what was found; `tail` says what follows.
 * Past the listed problems the message is not even written: a found value is serialised
 * at most once per listed problem, so the cost stays in proportion to the file.
 */
export const expected = (c: Ctx, p: string, what: string, v: unknown, tail = '', warn?: boolean) =>
  (warn ? c.nw : c.ne) < MAX_PROBLEMS ? report(c, p, `expected ${what}, found ${show(v)}${tail}`, warn) : report(c, p, '', warn);

/** Drops keys whose value is undefined, so outputs hold only fields that were given. */
export const defined = <T extends object>(o: T): T => {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
};

/** The string, or `undefined` with an error when it is longer than `MAX`. */
const notTooLong = (c: Ctx, p: string, s: string) => (s.length > MAX ? report(c, p, `expected at most ${MAX} characters, found ${s.length}: ${show(s.slice(0, 41))}`) : s);

/** An empty collector: one per file, or per part whose problems are handled apart (an entry left out). */
export const newCtx = (): Ctx => ({ e: [], w: [], ne: 0, nw: 0 });

/** A capped list as shown: the first problems, the last of them replaced by "… and N more". */
export function capped(list: Problem[], n: number): Problem[] {
  if (n <= MAX_PROBLEMS) return list;
  const more = n - MAX_PROBLEMS + 1;
  return [
    ...list.slice(0, MAX_PROBLEMS - 1),
    {
      path: '(root)',
      message: `… and ${more} more (expected at most ${MAX_PROBLEMS} problems listed per file, found ${n})`,
    },
  ];
}

/** The outcome of a file: its value when it has no errors, else its errors; its warnings either way. */
export const result = <T>(c: Ctx, value: T): Validated<T> => {
  const warnings = capped(c.w, c.nw);
  return c.ne ? { ok: false, errors: capped(c.e, c.ne), warnings } : { ok: true, value, warnings };
};

/** Normalises an answer word: agree/neutral/disagree and Dutch eens/neutraal/"geen van beide"/oneens, any case, surrounding spaces trimmed. */
export function normaliseAnswer(value: unknown): Answer | undefined {
  if (typeof value !== 'string') return;
  const k = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(ANSWERS, k) ? ANSWERS[k] : undefined;
}

/** A string as shown: bidi controls removed with a warning; undefined when nothing visible is left. */
export function shownString(c: Ctx, p: string, s: string): string | undefined {
  if (!notTooLong(c, p, s)) return;
  const kept = s.replace(BIDI, '');
  if (kept.length < s.length) report(c, p, `expected no bidi control characters (U+202A–U+202E, U+2066–U+2069), found ${s.length - kept.length}; removed`, true);
  return VISIBLE.test(kept) ? kept : undefined;
}

/** A Text: a string, or an object of language tag → string; `req`: an empty one is an error. */
export function localisedText(c: Ctx, p: string, v: unknown, req?: boolean): LocalisedText | undefined {
  const n = c.ne;
  if (typeof v === 'string') {
    const s = shownString(c, p, v);
    if (s) return s;
  } else if (isObj(v)) {
    const r: Record<string, string> = Object.create(null);
    let any = false;
    for (const [k, s] of Object.entries(v)) {
      const q = child(p, k);
      if (k.length > MAX_KEY || !TAG.test(k)) expected(c, q, 'a language tag like "nl" or "en-GB"', k);
      else if (typeof s !== 'string') expected(c, q, 'a string', s);
      else {
        const t = shownString(c, q, s);
        if (t) ((r[k] = t), (any = true));
      }
    }
    if (any) return r;
  } else if (v != null) {
    return expected(c, p, 'a text: a string or an object like {"nl": "…", "en": "…"}', v);
  }
  if (req && c.ne === n) expected(c, p, 'a text that is not empty', v);
}

/**
 * Keeps only http(s) URLs (anything else could run script or go nowhere) without a user
 * name: `https://trusted@evil.example/` reads as "trusted" but goes to evil.example.
 */
export function httpUrl(v: string, base?: string): string | undefined | false {
  try {
    const u = new URL(v, base);
    if (/^https?:$/.test(u.protocol)) return !u.username && !u.password && u.href;
  } catch {
    // Relative or malformed: refused by the caller.
  }
}
export const USER = 'an http(s) URL without a user name or password before the host';

/** Keeps only absolute http(s) URLs: anything else could run script, go nowhere or mislead. */
export function httpLink(c: Ctx, p: string, v: unknown): string | undefined {
  if (v == null || v === '') return;
  const u = typeof v === 'string' && notTooLong(c, p, v) ? httpUrl(v) : undefined;
  return u || expected(c, p, u === false ? USER : 'an absolute "https:" or "http:" URL', v, '; dropped', true);
}

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d) && new Date(Date.parse(d) || 0).toISOString().startsWith(d);

/** An optional date: kept when real, else dropped with a warning that shows how to write it. */
export const optionalDate = (c: Ctx, p: string, v: unknown): string | undefined =>
  v == null || v === '' ? undefined : isDate(v) ? v : expected(c, p, 'a real date written YYYY-MM-DD, like "2026-02-12"', v, '; dropped', true);

/** An answer word (`normaliseAnswer`); `req`: an empty one is an error. */
export function answer(c: Ctx, p: string, v: unknown, req?: boolean): Answer | undefined {
  if (!req && (v == null || v === '')) return;
  return normaliseAnswer(v) ?? expected(c, p, oneOf(['agree', 'neutral', 'disagree']), v);
}

/** An array of 1 to `max` items; anything else reports and yields no items. Past `max` the rest is not looked at. */
function arrayOf(c: Ctx, p: string, v: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(v)) return (expected(c, p, `an array of ${what}`, v), []);
  if (!v.length || v.length > max) report(c, p, `expected 1 to ${max} ${what}, found ${v.length}`);
  return v.slice(0, max);
}

/** Remembers `k` as the `f` of the item at `q`; an error when another item has it already. */
export function unique(c: Ctx, seen: Map<unknown, string>, k: unknown, q: string, f: string) {
  const o = seen.get(k);
  if (o) expected(c, child(q, f), `a unique ${f}`, k, ', already used by ' + o);
  else seen.set(k, q);
}

/** The `id` of the item at `q`: a non-empty string, not too long, unique in `seen`. */
export function identifier(c: Ctx, q: string, v: unknown, seen: Map<unknown, string>): string {
  if (typeof v !== 'string' || !v.trim()) expected(c, child(q, 'id'), 'a non-empty string', v);
  else if (v.length > MAX_KEY) report(c, child(q, 'id'), `expected at most ${MAX_KEY} characters, found ${v.length}: ${show(v.slice(0, 41))}`);
  else unique(c, seen, v, q, 'id');
  return v as string;
}

/** Runs `f` on each object item of the array at `p`; items that are not objects are errors. */
export function eachObject(c: Ctx, p: string, v: unknown, what: string, max: number, f: (o: Obj, q: string) => void) {
  arrayOf(c, p, v, what, max).forEach((o, i) => (isObj(o) ? f(o, child(p, i)) : expected(c, child(p, i), 'an object', o)));
}

/** Each language's string of a Text, with its path. */
export const perLanguage = (p: string, t: LocalisedText | undefined): [string, string][] =>
  typeof t === 'string' ? [[p, t]] : Object.entries(t ?? {}).map(([k, s]) => [child(p, k), s]);
