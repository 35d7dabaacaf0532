/**
 * The languages of the registry (src/i18n/index.ts) for the tests that run once per
 * language, and what tells Dutch interface text apart from Dutch data: every string of
 * src/i18n/nl/* (and the bundled speerpunten) as a pattern, and the data's own texts, which
 * a reader may see in Dutch where the data has no translation.
 */
import { languages } from '../../src/i18n/index.js';
import type { Locale, ResultStrings, Strings, VerdictStrings } from '../../src/i18n/types.js';
import { bundledKeyPoints } from '../../src/core/bundled-key-points.js';
import { bundledBodies } from '../../src/core/bundled-key-point-bodies.js';
import { card } from '../../src/i18n/nl/card.js';
import { form } from '../../src/i18n/nl/form.js';
import { glossaryNl } from '../../src/i18n/nl/glossary.js';
import { kiosk } from '../../src/i18n/nl/kiosk.js';
import { read } from '../../src/i18n/nl/read.js';
import { nlResult } from '../../src/i18n/nl/result.js';
import { nlShare } from '../../src/i18n/nl/share.js';
import { tools } from '../../src/i18n/nl/tools.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { nlVerdict } from '../../src/i18n/nl/verdict.js';
import { nlDetails } from '../../src/i18n/nl/details.js';
import { vote } from '../../src/i18n/nl/vote.js';

/** Every translated language, as the registry lists them (Dutch is built in, so not among them). */
export const registered: readonly string[] = Object.keys(languages);

export type AllStrings = Strings & ResultStrings & VerdictStrings;

/** A language's chunk, as the widget loads it. */
export async function localeOf(lang: string) {
  const l: Locale = await languages[lang]();
  return { ...l, strings: l.strings as AllStrings };
}

/** Stands for what a string's function is given (a name, a number, a date). */
const HOLE = '\u0001';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whitespace folded, bidi controls (isolates, marks, embeddings) left out: Firefox leaves
 * them out of innerText, Chromium and WebKit keep them.
 */
export const fold = (s: string) =>
  s
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every text of a strings object: its strings, and what its functions write around their arguments. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    // With arguments, and without (a sentence without a date is another sentence).
    for (const args of [[HOLE, HOLE, HOLE, HOLE], []]) {
      try {
        const r: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof r === 'string') out.push(r.replace(/undefined|NaN/g, HOLE));
      } catch {
        // a function that needs arguments of another kind: its other call may do
      }
    }
  } else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => texts(v, out));
  return out;
}

export interface DutchPattern {
  text: string;
  re: RegExp;
}

/**
 * The Dutch interface's texts of two words or more, each as a pattern in which a
 * function's argument may be anything of up to 80 characters. One word ("Eens", "Details")
 * may be a name or the same in another language; two Dutch words together are Dutch.
 */
export const dutchPatterns: readonly DutchPattern[] = (() => {
  // The glossary's explanations, not its words: a hard word ("Centraal Orgaan opvang
  // asielzoekers") is marked as it stands in a statement, which is Dutch where the data is.
  const explanations = Object.values(glossaryNl).map((g) => g.explanation);
  const all = texts([nl, nlResult, nlVerdict, nlDetails, vote, tools, read, kiosk, nlShare, card, form, explanations, bundledKeyPoints, bundledBodies]);
  const seen = new Map<string, DutchPattern>();
  for (const t of all)
    for (const paragraph of t.split(/\n\s*\n/)) {
      const parts = fold(paragraph)
        .split(HOLE)
        .map((p) => p.trim())
        .filter(Boolean);
      if ((parts.join(' ').match(/\p{L}+/gu) ?? []).length < 2) continue;
      const text = parts.join(' … ');
      if (!seen.has(text)) seen.set(text, { text, re: new RegExp(parts.map(escape).join('[^]{1,80}?'), 'iu') });
    }
  return [...seen.values()];
})();

/** Every string in a JSON document (the data's texts, names and addresses). */
export function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

/** The texts of a data set: its index and the gemeente files it names, longest first, whitespace folded. */
export async function dataTexts(indexUrl: string, { files = true } = {}): Promise<string[]> {
  const index: unknown = await (await fetch(indexUrl)).json();
  const out = jsonStrings(index);
  const addresses = ((index as { municipalities?: { data?: string }[] }).municipalities ?? []).map((m) => m.data).filter((d): d is string => !!d);
  // Without `files`, the index only (the faults fixture's gemeenten hang or never end).
  for (const file of files ? addresses : []) jsonStrings(await (await fetch(new URL(file, new URL(indexUrl, location.href)))).json(), out);
  return [...new Set(out.map(fold))].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * `text` with every data text in it replaced by a hole (so the interface words around a
 * name still match). Data texts under four characters (a party's short name) are left in:
 * they could take bits of the interface's words with them.
 */
export function withoutData(text: string, data: readonly string[]) {
  let t = fold(text);
  for (const d of data) if (d.length >= 4 && t.includes(d)) t = t.split(d).join(HOLE);
  return t;
}

/** The bundled Dutch glossary's explanations (src/i18n/nl/glossary.ts), folded. */
export const dutchExplanations: readonly string[] = Object.values(glossaryNl).map((g) => fold(g.explanation));

/**
 * True when `text` is the data's: one of its texts, one cut short at a word with "…" (the
 * print card's statements), or nothing but its texts.
 */
export const isData = (text: string, data: readonly string[]) => {
  const t = fold(text);
  const cut = t.endsWith('…') && t.slice(0, -1).trim();
  return data.includes(t) || (!!cut && data.some((d) => d.startsWith(cut))) || !/\p{L}/u.test(withoutData(t, data));
};

/** The Dutch interface texts in `text` once the data's texts are taken out. */
export function dutchIn(text: string, data: readonly string[]): string[] {
  const t = withoutData(text, data);
  return dutchPatterns.filter((p) => p.re.test(t)).map((p) => p.text);
}

/**
 * What a reader gets of a part of a page: its rendered text (closed disclosures and hidden
 * views are not rendered), the options of its lists, and what only assistive technology
 * says (aria-label, title, placeholder, alt).
 */
export function readerText(root: HTMLElement | ShadowRoot): string {
  const host = root instanceof ShadowRoot ? root.querySelector<HTMLElement>('.root')! : root;
  const parts = [host.innerText];
  for (const e of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']) {
      const v = e.getAttribute(a);
      if (v) parts.push(v);
    }
    if (e.localName === 'option') parts.push(e.textContent ?? '');
  }
  return fold(parts.join('\n'));
}
