/**
 * Validation of the "stemhulp/1" data format (see README, "Data format").
 * Pure: no DOM, no fetch. Never throws, whatever JSON value it is given; it collects
 * every problem with its JSON path so a data author can fix them all in one go.
 *
 * This file is the entry (what src/chunks/validate.ts and the tools import) and holds the
 * index's own rules; a gemeente's statements and parties are in validate/content.ts, the
 * glossary in validate/glossary.ts, and the generic checkers they are written with in
 * validate/blocks.ts.
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
/** The nesting check before parsing travels with the validator, in its chunk (src/data/load.ts). */
export { depthProblem } from './json-depth.js';
import type { Index, KeyPoint, Links, MunicipalityContent, MunicipalityEntry, Problem, ReadingLink, Validated } from './types.js';
import {
  capped,
  child,
  defined,
  eachObject,
  expected,
  httpLink,
  httpUrl,
  identifier,
  isDate,
  isObj,
  localisedText,
  newCtx,
  report,
  result,
  unique,
  USER,
  type Ctx,
} from './validate/blocks.js';
import { content } from './validate/content.js';
import { glossary } from './validate/glossary.js';

export { normaliseAnswer } from './validate/blocks.js';

const FORMAT = 'stemhulp/1';

/**
 * `links.reading`: at most 10 `{title, url}`. Optional extras, so every problem is a warning
 * and drops only that entry (a missing title, a link that is not http(s)), never the index.
 */
function reading(c: Ctx, v: unknown): ReadingLink[] {
  const p = 'links.reading',
    out: ReadingLink[] = [];
  if (v == null) return out;
  if (!Array.isArray(v)) return (expected(c, p, 'an array of {"title": …, "url": "https://…"}', v, '; ignored', true), out);
  if (v.length > 10) report(c, p, `expected at most 10 links, found ${v.length}; the rest are ignored`, true);
  v.slice(0, 10).forEach((r, i) => {
    const q = child(p, i),
      own = newCtx();
    if (!isObj(r)) return expected(c, q, 'an object like {"title": …, "url": "https://…"}', r, '; ignored', true);
    const title = localisedText(own, child(q, 'title'), r.title, true);
    const u = r.url == null || r.url === '' ? expected(own, child(q, 'url'), 'an absolute "https:" or "http:" URL', r.url) : httpLink(c, child(q, 'url'), r.url);
    for (const x of [...own.e, ...own.w]) report(c, x.path, x.message + (own.e.includes(x) ? '; this link is left out' : ''), true);
    if (title && u && !own.e.length) out.push({ title, url: u });
  });
  return out;
}

/**
 * `translations`: language files by base language (docs/data-format.md, "Language files").
 * Optional, so a wrong entry is a warning and left out: a tag the widget does not choose its
 * language by (`pt-BR`: write `pt`), Dutch (the widget's own language), a URL that is not http(s).
 */
function translations(c: Ctx, v: unknown, indexUrl: string) {
  if (v == null) return;
  if (!isObj(v)) return expected(c, 'translations', '{"ti": "talen/ti.json"}', v, '; ignored', true);
  const out: Record<string, string> = Object.create(null);
  for (const [k, url] of Object.entries(v).slice(0, 50)) {
    const u = /^[a-z]{2,3}$/.test(k) && k !== 'nl' && typeof url === 'string' && url.trim() && httpUrl(url, indexUrl);
    if (u) out[k] = u;
    else expected(c, child('translations', k), 'a language like "ti" (not "nl") with the URL of its file', url, '; ignored', true);
  }
  return out;
}

/** Validates the index document. `indexUrl` is the URL the index was finally fetched from (after redirects): relative `data` URLs resolve against it. */
export function validateIndex(json: unknown, indexUrl: string, bundledKeyPoints: readonly KeyPoint[]): Validated<Index> {
  const c = newCtx();
  if (!isObj(json)) return (expected(c, '', 'an object (the index file)', json), result(c, null!));
  const { election: el, organisation: org, keyPoints: kps, links: ls } = json;
  const links: Links = Object.create(null);
  const municipalities: MunicipalityEntry[] = [];
  const codes = new Map<unknown, string>();
  let keyPoints = [...bundledKeyPoints];
  let election: Index['election'];
  let organisation: Index['organisation'];

  if (json.format !== FORMAT) expected(c, 'format', JSON.stringify(FORMAT), json.format);
  if (isObj(el)) {
    const { date: d, nominationDate: n } = el;
    if (d != null && !isDate(d)) expected(c, 'election.date', 'a real date written YYYY-MM-DD, like "2026-03-18"', d);
    // Optional, and only *Mag ik stemmen?* names it: a bad one is dropped with a warning, the index stands.
    const nominationDate =
      n == null || n === '' ? undefined : isDate(n) ? n : expected(c, 'election.nominationDate', 'a real date written YYYY-MM-DD, like "2026-02-02"', n, '; dropped', true);
    election = defined({ name: localisedText(c, 'election.name', el.name), date: (d as string | undefined) ?? undefined, nominationDate });
  } else if (el != null) expected(c, 'election', 'an object like {"name": …, "date": "2026-03-18"}', el);

  if (isObj(org))
    organisation = defined({
      name: localisedText(c, 'organisation.name', org.name, true)!,
      url: httpLink(c, 'organisation.url', org.url),
      // As given: only the verdict shows it, so its chunk makes the link (core/contact.ts) and
      // leaves out anything else; data authors hear of a bad one from their tools (authoring/advice.ts).
      contact: typeof org.contact === 'string' ? org.contact : undefined,
    });
  else if (org != null) expected(c, 'organisation', 'an object like {"name": …, "url": "https://…"}', org);

  if (kps != null) {
    const seen = new Map<unknown, string>();
    keyPoints = [];
    eachObject(c, 'keyPoints', kps, 'key points', 20, (k, q) =>
      keyPoints.push(
        defined({
          id: identifier(c, q, k.id, seen),
          title: localisedText(c, child(q, 'title'), k.title, true)!,
          summary: localisedText(c, child(q, 'summary'), k.summary),
          body: localisedText(c, child(q, 'body'), k.body),
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
      const u = httpLink(c, child('links', k), v);
      if (u) links[k] = u;
    }
  else if (ls != null) expected(c, 'links', 'an object of name → URL', ls, '; ignored', true);

  const leftOut: Problem[] = [];
  eachObject(c, 'municipalities', json.municipalities, 'municipalities', 400, (m, q) => {
    const { code: raw, data } = m;
    const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    const inline = m.statements != null || m.parties != null;
    // An entry's own error (code, name) leaves it out, reported; the other gemeenten still work.
    const own = newCtx();
    if (/^GM\d{4}$/.test(code)) unique(own, codes, code, q, 'code');
    else expected(own, child(q, 'code'), 'a CBS code: "GM" and 4 digits, like "GM0363"', raw);
    const name = localisedText(own, child(q, 'name'), m.name, true)!;
    for (const w of own.w) report(c, w.path, w.message, true);
    if (own.ne) return void leftOut.push(...own.e);
    const e: MunicipalityEntry = { code, name };
    // Errors in what the entry points at stay with this gemeente: choosing it shows them.
    const ic = newCtx();
    if (data != null && inline) {
      report(ic, q, 'expected either "data" or inline "statements" and "parties", found both; remove one of them');
    } else if (data != null) {
      const u = typeof data === 'string' && data.trim() ? httpUrl(data, indexUrl) : undefined;
      if (u) e.data = u;
      else expected(ic, child(q, 'data'), u === false ? USER : 'the http(s) URL of the municipality file, absolute or relative to the index', data);
    } else if (inline) {
      const v = content(ic, m, q, kpIds);
      if (!ic.ne) e.content = v;
    } else {
      report(ic, q, 'expected "data" (the URL of the municipality file) or inline "statements" and "parties", found neither');
    }
    for (const w of capped(ic.w, ic.nw)) report(c, w.path, w.message, true);
    if (ic.ne) e.problems = capped(ic.e, ic.ne);
    municipalities.push(e);
  });
  // Warnings while other gemeenten work; with none left, they are why the index is unusable.
  const none = leftOut.length > 0 && !municipalities.length;
  for (const e of leftOut) report(c, e.path, e.message + (none ? '' : '; this gemeente is left out'), !none);
  if (none) report(c, 'municipalities', 'expected at least 1 gemeente without errors of its own, found none');

  const gl = glossary(c, 'glossary', json.glossary);
  const tr = translations(c, json.translations, indexUrl);
  return result(c, defined({ format: FORMAT, election, organisation, keyPoints, links, glossary: gl, municipalities, translations: tr }));
}

/** Validates a fetched municipality file for the gemeente `code` (upper case), whose statements may use only `keyPointIds`. */
export function validateMunicipalityFile(json: unknown, code: string, keyPointIds: readonly string[]): Validated<MunicipalityContent> {
  const c = newCtx();
  if (!isObj(json)) return (expected(c, '', 'an object (a municipality file)', json), result(c, null!));
  const { format: f, code: k } = json;
  if (f != null && f !== FORMAT) expected(c, 'format', JSON.stringify(FORMAT), f);
  if (k != null && !(typeof k === 'string' && k.trim().toUpperCase() === code.toUpperCase()))
    expected(c, 'code', JSON.stringify(code), k, ' (the index gives this file that code)');
  return result(c, content(c, json, '', keyPointIds));
}

/**
 * Makes a page's first `Intl` object, which costs 10–15 ms (ICU loads its data; about 40 ms
 * on a slow phone): the widget calls it in a task of its own after validating the index,
 * so that neither the picker's sort by name nor the result (its election date, the order
 * of a tie) pays that in the task that draws it; every later `Intl` object costs 1–3 ms.
 */
export const warmCollator = () => new Intl.Collator('nl').compare('a', 'b');
