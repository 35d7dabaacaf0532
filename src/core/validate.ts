/**
 * Validation of the "stemhulp/1" data format (see README, "Data format").
 * Pure: no DOM, no fetch. Never throws, whatever JSON value it is given; it collects
 * every problem with its JSON path so a data author can fix them all in one go.
 *
 * Where the format is silent, these choices favour a volunteer exporting a spreadsheet:
 * - `null`, and for optional texts, strings and URLs also `""` (an empty cell), mean
 *   "absent". An empty translation inside a Text object is dropped silently, so the
 *   lookup falls back to another language instead of showing nothing.
 * - A party without `positions` gets one warning, not one per statement.
 * - `list` may be a string of digits ("3"), as spreadsheets often export numbers.
 * - Codes are trimmed before the `GM` + 4 digits check; ids are kept exactly as written.
 * - A `links` value that is not an object is ignored with a warning, like a bad link.
 * - Warnings of inline content always go to the index's warnings; only its errors go to
 *   the entry's `problems`.
 *
 * Cost is linear in the size of the input, whatever it holds: arrays past their limit are
 * reported once and cut, at most `MAX_PROBLEMS` problems are kept per list (then one
 * "… and N more"), messages past those are not written, keys are clipped in paths, and a
 * party's missing positions are one warning, not one per statement.
 */
import type {
  Answer,
  GlossaryEntry,
  Index,
  KeyPoint,
  Links,
  MunicipalityContent,
  MunicipalityEntry,
  Party,
  Position,
  Problem,
  ReadingLink,
  Statement,
  LocalisedText,
  Validated,
} from './types.js';

/** The nesting check before parsing travels with the validator, in its chunk (src/data/load.ts). */
export { depthProblem } from './json-depth.js';

type Obj = Record<string, unknown>;
/** Problems kept (`e`, `w`) and counted (`ne`, `nw`): the count decides validity, the lists are capped. */
interface Ctx {
  e: Problem[];
  w: Problem[];
  ne: number;
  nw: number;
}

const FORMAT = 'stemhulp/1';
const MAX = 5000;
/** Object keys (ids, position keys, language tags) longer than this are errors, and clipped in paths. */
const MAX_KEY = 200;
/** Problems listed per file and kind; the rest are counted in one "… and N more". */
const MAX_PROBLEMS = 100;
const MAX_LIST = 999;
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
const POS = 'an object of statement id → {"position": …}';

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `"a", "b" or "c"`, as the format's own example message writes it. */
const or = (xs: readonly string[]) =>
  xs
    .map((x) => JSON.stringify(x))
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

const show = (v: unknown): string => {
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
const at = (p: string, k: string | number) =>
  typeof k === 'number' ? `${p}[${k}]` : /^[a-z_$][\w$]{0,199}$/i.test(k) ? (p && p + '.') + k : `${p}[${JSON.stringify(k.length > MAX_KEY ? k.slice(0, MAX_KEY) + '…' : k)}]`;

const bad = (c: Ctx, p: string, message: string, warn?: boolean): undefined => {
  const n = warn ? ++c.nw : ++c.ne;
  if (n <= MAX_PROBLEMS) (warn ? c.w : c.e).push({ path: p || '(root)', message });
};

/**
 * Every message names what was expected and what was found; `tail` says what follows.
 * Past the listed problems the message is not even written: a found value is serialised
 * at most once per listed problem, so the cost stays in proportion to the file.
 */
const exp = (c: Ctx, p: string, what: string, v: unknown, tail = '', warn?: boolean) =>
  (warn ? c.nw : c.ne) < MAX_PROBLEMS ? bad(c, p, `expected ${what}, found ${show(v)}${tail}`, warn) : bad(c, p, '', warn);

/** Drops keys whose value is undefined, so outputs hold only fields that were given. */
const clean = <T extends object>(o: T): T => {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
};

const long = (c: Ctx, p: string, s: string) => (s.length > MAX ? bad(c, p, `expected at most ${MAX} characters, found ${s.length}: ${show(s.slice(0, 41))}`) : s);

const ctx = (): Ctx => ({ e: [], w: [], ne: 0, nw: 0 });

/** A capped list as shown: the first problems, the last of them replaced by "… and N more". */
function capped(list: Problem[], n: number): Problem[] {
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

const result = <T>(c: Ctx, value: T): Validated<T> => {
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
function str(c: Ctx, p: string, s: string): string | undefined {
  if (!long(c, p, s)) return;
  const clean = s.replace(BIDI, '');
  if (clean.length < s.length) bad(c, p, `expected no bidi control characters (U+202A–U+202E, U+2066–U+2069), found ${s.length - clean.length}; removed`, true);
  return VISIBLE.test(clean) ? clean : undefined;
}

function text(c: Ctx, p: string, v: unknown, req?: boolean): LocalisedText | undefined {
  const n = c.ne;
  if (typeof v === 'string') {
    const s = str(c, p, v);
    if (s) return s;
  } else if (isObj(v)) {
    const r: Record<string, string> = Object.create(null);
    let any = false;
    for (const [k, s] of Object.entries(v)) {
      const q = at(p, k);
      if (k.length > MAX_KEY || !TAG.test(k)) exp(c, q, 'a language tag like "nl" or "en-GB"', k);
      else if (typeof s !== 'string') exp(c, q, 'a string', s);
      else {
        const t = str(c, q, s);
        if (t) ((r[k] = t), (any = true));
      }
    }
    if (any) return r;
  } else if (v != null) {
    return exp(c, p, 'a text: a string or an object like {"nl": "…", "en": "…"}', v);
  }
  if (req && c.ne === n) exp(c, p, 'a text that is not empty', v);
}

/**
 * Keeps only http(s) URLs (anything else could run script or go nowhere) without a user
 * name: `https://trusted@evil.example/` reads as "trusted" but goes to evil.example.
 */
function httpUrl(v: string, base?: string): string | undefined | false {
  try {
    const u = new URL(v, base);
    if (/^https?:$/.test(u.protocol)) return !u.username && !u.password && u.href;
  } catch {
    // Relative or malformed: refused by the caller.
  }
}
const USER = 'an http(s) URL without a user name or password before the host';

/** Keeps only absolute http(s) URLs: anything else could run script, go nowhere or mislead. */
function url(c: Ctx, p: string, v: unknown): string | undefined {
  if (v == null || v === '') return;
  const u = typeof v === 'string' && long(c, p, v) ? httpUrl(v) : undefined;
  return u || exp(c, p, u === false ? USER : 'an absolute "https:" or "http:" URL', v, '; dropped', true);
}

function answer(c: Ctx, p: string, v: unknown, req?: boolean): Answer | undefined {
  if (!req && (v == null || v === '')) return;
  return normaliseAnswer(v) ?? exp(c, p, or(['agree', 'neutral', 'disagree']), v);
}

/** An array of 1 to `max` items; anything else reports and yields no items. Past `max` the rest is not looked at. */
function list(c: Ctx, p: string, v: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(v)) return (exp(c, p, `an array of ${what}`, v), []);
  if (!v.length || v.length > max) bad(c, p, `expected 1 to ${max} ${what}, found ${v.length}`);
  return v.slice(0, max);
}

function dup(c: Ctx, seen: Map<unknown, string>, k: unknown, q: string, f: string) {
  const o = seen.get(k);
  if (o) exp(c, at(q, f), `a unique ${f}`, k, ', already used by ' + o);
  else seen.set(k, q);
}

function ident(c: Ctx, q: string, v: unknown, seen: Map<unknown, string>): string {
  if (typeof v !== 'string' || !v.trim()) exp(c, at(q, 'id'), 'a non-empty string', v);
  else if (v.length > MAX_KEY) bad(c, at(q, 'id'), `expected at most ${MAX_KEY} characters, found ${v.length}: ${show(v.slice(0, 41))}`);
  else dup(c, seen, v, q, 'id');
  return v as string;
}

/**
 * A name reduced to what a reader tells apart: compatibility forms folded (NFKC), case,
 * spaces, punctuation and invisible characters gone, and the Cyrillic and Greek letters
 * that look Latin read as Latin. Two parties with one skeleton are easily confused.
 */
const LOOK = 'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdɡgαaβbεeιiκkνvοoρpτtυuχx';
function skeleton(s: string): string {
  let r = '';
  for (const ch of s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '')) {
    const i = LOOK.indexOf(ch);
    r += i >= 0 && i % 2 === 0 ? LOOK[i + 1] : ch;
  }
  return r;
}

/** Runs `f` on each object item of the array at `p`; items that are not objects are errors. */
function each(c: Ctx, p: string, v: unknown, what: string, max: number, f: (o: Obj, q: string) => void) {
  list(c, p, v, what, max).forEach((o, i) => (isObj(o) ? f(o, at(p, i)) : exp(c, at(p, i), 'an object', o)));
}

const MAX_GLOSSARY = 200;
const MAX_EXPLANATION = 1000;
/** Other forms per entry, and characters per form (the term too): each form is looked for in every text shown. */
const MAX_FORMS = 20;
const MAX_FORM = 100;

/** Each language's string of a Text, with its path. */
const strings = (p: string, t: LocalisedText | undefined): [string, string][] => (typeof t === 'string' ? [[p, t]] : Object.entries(t ?? {}).map(([k, s]) => [at(p, k), s]));

/**
 * The optional `glossary`: an aid to reading, so a bad entry is left out with a warning
 * and the stemhulp still works; past 200 entries the rest is ignored, reported once.
 */
function glossary(c: Ctx, p: string, v: unknown): GlossaryEntry[] | undefined {
  if (v == null) return;
  if (!Array.isArray(v)) return exp(c, p, 'an array of {"term": …, "explanation": …}', v, '; ignored', true);
  if (v.length > MAX_GLOSSARY) bad(c, p, `expected at most ${MAX_GLOSSARY} entries, found ${v.length}; the rest ignored`, true);
  const out: GlossaryEntry[] = [];
  v.slice(0, MAX_GLOSSARY).forEach((x, i) => {
    const q = at(p, i);
    const g = ctx();
    if (!isObj(x)) exp(g, q, 'an object like {"term": …, "explanation": …}', x);
    else {
      const term = text(g, at(q, 'term'), x.term, true)!;
      const e = at(q, 'explanation');
      const explanation = text(g, e, x.explanation, true)!;
      for (const [k, s] of strings(e, explanation)) if (s.length > MAX_EXPLANATION) bad(g, k, `expected at most ${MAX_EXPLANATION} characters, found ${s.length}`);
      const { also: a } = x;
      const ap = at(q, 'also');
      // Past the limit the rest is not even read: a file may hold a million forms.
      if (Array.isArray(a) && a.length > MAX_FORMS) bad(c, ap, `expected at most ${MAX_FORMS} other forms, found ${a.length}; the rest ignored`, true);
      const also = Array.isArray(a)
        ? a.slice(0, MAX_FORMS).map((f, j) => text(g, at(ap, j), f, true)!)
        : a != null
          ? exp(g, ap, 'an array of other forms of the word, like ["azc\'s"]', a)
          : undefined;
      const forms = [[at(q, 'term'), term], ...(also ?? []).map((f, j) => [at(ap, j), f] as const)] as const;
      for (const [k, s] of forms.flatMap(([f, t]) => strings(f, t)))
        if (s.length > MAX_FORM) bad(g, k, `expected a word or a few, at most ${MAX_FORM} characters, found ${s.length}`);
      if (!g.e.length) out.push(clean({ term, explanation, also: also?.length ? also : undefined }));
    }
    for (const w of g.w) bad(c, w.path, w.message, true);
    for (const f of g.e) bad(c, f.path, f.message + '; entry ignored', true);
  });
  return out;
}

function content(c: Ctx, o: Obj, p: string, keyPointIds: readonly string[]): MunicipalityContent {
  const statements: Statement[] = [];
  const parties: Party[] = [];
  const kps = new Set(keyPointIds);
  const ids = new Map<unknown, string>();
  const pids = new Map<unknown, string>();
  const lists = new Map<unknown, string>();
  const names = new Map<string, string>();

  each(c, at(p, 'statements'), o.statements, 'statements', 100, (s, q) => {
    if (!kps.has(s.keyPoint as string)) exp(c, at(q, 'keyPoint'), `the id of a key point: ${or(keyPointIds)}`, s.keyPoint);
    statements.push(
      clean({
        id: ident(c, q, s.id, ids),
        keyPoint: s.keyPoint as string,
        text: text(c, at(q, 'text'), s.text, true)!,
        explanation: text(c, at(q, 'explanation'), s.explanation),
        recommended: answer(c, at(q, 'recommended'), s.recommended),
      }),
    );
  });

  each(c, at(p, 'parties'), o.parties, 'parties', 60, (x, q) => {
    let { shortName: short, list: nr } = x;
    const pp = at(q, 'positions');
    const v = x.positions;
    // Null prototype: a statement id like "constructor" must not find an inherited value.
    const positions: Record<string, Position> = Object.create(null);
    const id = ident(c, q, x.id, pids);
    const name = text(c, at(q, 'name'), x.name, true)!;
    if (short == null || short === '') short = undefined;
    else if (typeof short !== 'string') short = exp(c, at(q, 'shortName'), 'a string', short);
    else short = str(c, at(q, 'shortName'), short);
    if (typeof nr === 'string' && /^\s*\d{1,9}\s*$/.test(nr)) nr = +nr;
    if (nr == null || nr === '') nr = undefined;
    else if (!Number.isInteger(nr) || (nr as number) < 1 || (nr as number) > MAX_LIST) nr = exp(c, at(q, 'list'), `a whole number from 1 to ${MAX_LIST} (the lijstnummer)`, x.list);
    else dup(c, lists, nr, q, 'list');
    if (name) {
      // Every language of the name: a look-alike in any of them misleads its readers.
      for (const n of typeof name === 'string' ? [name] : Object.values(name)) {
        const k = skeleton(n);
        const o = names.get(k);
        if (o && o !== q) {
          exp(c, at(q, 'name'), 'a name readers can tell apart from the other parties', n, `, which looks like the name of ${o}`, true);
          break;
        }
        names.set(k, q);
      }
    }

    const u = url(c, at(q, 'url'), x.url);
    if (v == null) {
      exp(c, pp, POS, v, '; every statement shows "geen standpunt bekend"', true);
    } else if (!isObj(v)) {
      exp(c, pp, POS, v);
    } else {
      for (const [k, y] of Object.entries(v)) {
        // A path is made only for a problem: a file has up to 6,000 positions, and making
        // four paths for each was a quarter of the time a valid gemeente took.
        const r = (f?: string) => (f ? at(at(pp, k), f) : at(pp, k));
        if (!ids.has(k)) exp(c, r(), 'the id of a statement', k, '; ignored', true);
        else if (!isObj(y)) exp(c, r(), `an object like {"position": ${JSON.stringify(normaliseAnswer(y) ?? 'agree')}}`, y);
        else {
          const { position: a, explanation: e, source: u } = y;
          const o: Position = (positions[k] = { position: normaliseAnswer(a) ?? answer(c, r('position'), a, true)! });
          const why = e == null ? e : text(c, r('explanation'), e);
          if (why) o.explanation = why;
          const src = u == null || u === '' ? u : url(c, r('source'), u);
          if (src) o.source = src;
        }
      }
      const missing = [...ids.keys()].filter((k) => !Object.hasOwn(v, k as string)) as string[];
      // One warning per party, however many statements: 60 × 100 of them would bury everything else.
      if (missing.length)
        bad(
          c,
          pp,
          `expected a position on every statement, found none on ${missing.length} of ${ids.size} (${missing
            .slice(0, 5)
            .map((k) => show(k))
            .join(', ')}${missing.length > 5 ? ', …' : ''}); shown as "geen standpunt bekend"`,
          true,
        );
    }
    parties.push(
      clean({
        id,
        name,
        shortName: short as string | undefined,
        list: nr as number | undefined,
        url: u,
        positions,
      }),
    );
  });
  return clean({ statements, parties, glossary: glossary(c, at(p, 'glossary'), o.glossary) });
}

/**
 * `links.reading`: at most 10 `{title, url}`. Optional extras, so every problem is a warning
 * and drops only that entry (a missing title, a link that is not http(s)), never the index.
 */
function reading(c: Ctx, v: unknown): ReadingLink[] {
  const p = 'links.reading',
    out: ReadingLink[] = [];
  if (v == null) return out;
  if (!Array.isArray(v)) return (exp(c, p, 'an array of {"title": …, "url": "https://…"}', v, '; ignored', true), out);
  if (v.length > 10) bad(c, p, `expected at most 10 links, found ${v.length}; the rest are ignored`, true);
  v.slice(0, 10).forEach((r, i) => {
    const q = at(p, i),
      own = ctx();
    if (!isObj(r)) return exp(c, q, 'an object like {"title": …, "url": "https://…"}', r, '; ignored', true);
    const title = text(own, at(q, 'title'), r.title, true);
    const u = r.url == null || r.url === '' ? exp(own, at(q, 'url'), 'an absolute "https:" or "http:" URL', r.url) : url(c, at(q, 'url'), r.url);
    for (const x of [...own.e, ...own.w]) bad(c, x.path, x.message + (own.e.includes(x) ? '; this link is left out' : ''), true);
    if (title && u && !own.e.length) out.push({ title, url: u });
  });
  return out;
}

/** Validates the index document. `indexUrl` is the URL the index was finally fetched from (after redirects): relative `data` URLs resolve against it. */
export function validateIndex(json: unknown, indexUrl: string, bundledKeyPoints: readonly KeyPoint[]): Validated<Index> {
  const c = ctx();
  if (!isObj(json)) return (exp(c, '', 'an object (the index file)', json), result(c, null!));
  const { election: el, organisation: org, keyPoints: kps, links: ls } = json;
  const links: Links = Object.create(null);
  const municipalities: MunicipalityEntry[] = [];
  const codes = new Map<unknown, string>();
  let keyPoints = [...bundledKeyPoints];
  let election: Index['election'];
  let organisation: Index['organisation'];

  if (json.format !== FORMAT) exp(c, 'format', JSON.stringify(FORMAT), json.format);
  if (isObj(el)) {
    const d = el.date;
    if (d != null && !(typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d) && new Date(Date.parse(d) || 0).toISOString().startsWith(d)))
      exp(c, 'election.date', 'a real date written YYYY-MM-DD, like "2026-03-18"', d);
    election = clean({ name: text(c, 'election.name', el.name), date: (d as string | undefined) ?? undefined });
  } else if (el != null) exp(c, 'election', 'an object like {"name": …, "date": "2026-03-18"}', el);

  if (isObj(org)) organisation = clean({ name: text(c, 'organisation.name', org.name, true)!, url: url(c, 'organisation.url', org.url) });
  else if (org != null) exp(c, 'organisation', 'an object like {"name": …, "url": "https://…"}', org);

  if (kps != null) {
    const seen = new Map<unknown, string>();
    keyPoints = [];
    each(c, 'keyPoints', kps, 'key points', 20, (k, q) =>
      keyPoints.push(
        clean({
          id: ident(c, q, k.id, seen),
          title: text(c, at(q, 'title'), k.title, true)!,
          summary: text(c, at(q, 'summary'), k.summary),
          body: text(c, at(q, 'body'), k.body),
        }),
      ),
    );
  }
  const kpIds = keyPoints.map((k) => k.id);

  if (isObj(ls))
    for (const [k, v] of Object.entries(ls)) {
      if (k === 'reading') {
        const r = reading(c, v);
        if (r.length) links.reading = r;
        continue;
      }
      const u = url(c, at('links', k), v);
      if (u) links[k] = u;
    }
  else if (ls != null) exp(c, 'links', 'an object of name → URL', ls, '; ignored', true);

  const leftOut: Problem[] = [];
  each(c, 'municipalities', json.municipalities, 'municipalities', 400, (m, q) => {
    const { code: raw, data } = m;
    const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    const inline = m.statements != null || m.parties != null;
    // An entry's own error (code, name) leaves it out, reported; the other gemeenten still work.
    const own = ctx();
    if (/^GM\d{4}$/.test(code)) dup(own, codes, code, q, 'code');
    else exp(own, at(q, 'code'), 'a CBS code: "GM" and 4 digits, like "GM0363"', raw);
    const name = text(own, at(q, 'name'), m.name, true)!;
    for (const w of own.w) bad(c, w.path, w.message, true);
    if (own.ne) return void leftOut.push(...own.e);
    const e: MunicipalityEntry = { code, name };
    // Errors in what the entry points at stay with this gemeente: choosing it shows them.
    const ic = ctx();
    if (data != null && inline) {
      bad(ic, q, 'expected either "data" or inline "statements" and "parties", found both; remove one of them');
    } else if (data != null) {
      const u = typeof data === 'string' && data.trim() ? httpUrl(data, indexUrl) : undefined;
      if (u) e.data = u;
      else exp(ic, at(q, 'data'), u === false ? USER : 'the http(s) URL of the municipality file, absolute or relative to the index', data);
    } else if (inline) {
      const v = content(ic, m, q, kpIds);
      if (!ic.ne) e.content = v;
    } else {
      bad(ic, q, 'expected "data" (the URL of the municipality file) or inline "statements" and "parties", found neither');
    }
    for (const w of capped(ic.w, ic.nw)) bad(c, w.path, w.message, true);
    if (ic.ne) e.problems = capped(ic.e, ic.ne);
    municipalities.push(e);
  });
  // Warnings while other gemeenten work; with none left, they are why the index is unusable.
  const none = leftOut.length > 0 && !municipalities.length;
  for (const e of leftOut) bad(c, e.path, e.message + (none ? '' : '; this gemeente is left out'), !none);
  if (none) bad(c, 'municipalities', 'expected at least 1 gemeente without errors of its own, found none');

  const gl = glossary(c, 'glossary', json.glossary);
  return result(c, clean({ format: FORMAT, election, organisation, keyPoints, links, glossary: gl, municipalities }));
}

/** Validates a fetched municipality file for the gemeente `code` (upper case), whose statements may use only `keyPointIds`. */
export function validateMunicipalityFile(json: unknown, code: string, keyPointIds: readonly string[]): Validated<MunicipalityContent> {
  const c = ctx();
  if (!isObj(json)) return (exp(c, '', 'an object (a municipality file)', json), result(c, null!));
  const { format: f, code: k } = json;
  if (f != null && f !== FORMAT) exp(c, 'format', JSON.stringify(FORMAT), f);
  if (k != null && !(typeof k === 'string' && k.trim().toUpperCase() === code.toUpperCase())) exp(c, 'code', JSON.stringify(code), k, ' (the index gives this file that code)');
  return result(c, content(c, json, '', keyPointIds));
}

/**
 * Makes a page's first `Intl` object, which costs 10–15 ms (ICU loads its data; about 40 ms
 * on a slow phone): the widget calls it in a task of its own after validating the index,
 * so that neither the picker's sort by name nor the result (its election date, the order
 * of a tie) pays that in the task that draws it; every later `Intl` object costs 1–3 ms.
 */
export const warmCollator = () => new Intl.Collator('nl').compare('a', 'b');
