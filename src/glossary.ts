/**
 * Hard words explained: which words of a text to mark, as the data format says. Pure: no
 * DOM, no Lit (test/glossary.test.ts). A term is matched as a whole word, ignoring letter
 * case, in the language the text is shown in; only its first use (or that of one of its
 * other forms) in each text is marked. Lives in the quiz chunk, with the bundled glossary.
 */
import type { GlossaryEntry, LocalisedText } from './data/types.js';

/** One term as shown in one language. */
export interface Term {
  /** The term in that language: what the reader sees as its name. */
  term: string;
  explanation: string;
  /** The explanation's own language, when the format's fallback picked another one. */
  explanationLang: string;
}

/** A text cut into plain strings and marked first uses of terms. */
export type Piece = string | { text: string; term: Term };

export interface Glossary {
  /** Every form, longest first; undefined when no term has text in this language. */
  readonly re: RegExp | undefined;
  /** Each form's pattern, longest first, for trying a shorter form where a longer one is not a whole word. */
  readonly forms: readonly string[];
  readonly byForm: ReadonlyMap<string, Term>;
}

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** The entry of `text` in language `lang` itself (exact tag or its base), never a fallback. */
export function own(text: LocalisedText, lang: string): string | undefined {
  if (typeof text === 'string') return base(lang) === 'nl' ? text : undefined;
  const entries = Object.entries(text);
  const l = lang.toLowerCase();
  return (entries.find(([t]) => t.toLowerCase() === l) ?? entries.find(([t]) => base(t) === base(lang)))?.[1];
}

/** The explanation in `lang`, else by the format's fallback (Dutch, then the first entry). */
function explain(text: LocalisedText, lang: string): [string, string] {
  const v = own(text, lang);
  if (v !== undefined) return [v, lang];
  if (typeof text === 'string') return [text, 'nl'];
  const [tag, s] = Object.entries(text).find(([t]) => base(t) === 'nl') ?? Object.entries(text)[0];
  return [s, tag];
}

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
/** A form as a pattern: regex characters escaped, any run of spaces, either apostrophe. */
const pattern = (form: string) =>
  fold(form)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’]");

/**
 * The glossary for texts shown in `lang`: the lists in order of precedence (a gemeente's,
 * the index's, the bundled one); a form that two entries share belongs to the first.
 */
export function glossaryFor(lists: readonly (readonly GlossaryEntry[] | undefined)[], lang: string): Glossary {
  const byForm = new Map<string, Term>();
  for (const list of lists)
    for (const entry of list ?? []) {
      const term = own(entry.term, lang);
      if (!term) continue;
      const [explanation, explanationLang] = explain(entry.explanation, lang);
      const t: Term = { term, explanation, explanationLang };
      for (const form of [term, ...(entry.also ?? []).map((a) => own(a, lang))]) {
        const k = form && fold(form);
        if (k && !byForm.has(k)) byForm.set(k, t);
      }
    }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(pattern);
  // No Unicode property classes here: compiling them with the data's forms cost about 1.5 ms
  // per glossary (5 ms on a slow phone) in the task that draws the first statement. The
  // whole-word test is `inWord` below, whose two patterns are compiled once per page.
  const re = forms.length ? new RegExp(forms.join('|'), 'gi') : undefined;
  return { re, forms, byForm };
}

/** Whether a letter, digit or combining mark (an Arabic vowel sign) touches `text` just before `i` (or, `after`, from `i` on): then it is no whole word. */
const inWord = (text: string, i: number, after?: boolean) =>
  after ? /^[\p{L}\p{N}\p{M}]/u.test(text.slice(i, i + 2)) : /[\p{L}\p{N}\p{M}]$/u.test(text.slice(Math.max(0, i - 2), i));

/**
 * `text` cut into pieces, each term marked at its first use; `seen` holds the terms
 * already marked in this statement or explanation (and is added to), so that a term
 * used in two paragraphs of one explanation is marked once.
 */
export function markTerms(text: string, g: Glossary, seen: Set<Term> = new Set()): Piece[] {
  if (!g.re) return [text];
  const pieces: Piece[] = [];
  let last = 0;
  const re = new RegExp(g.re);
  for (let m; (m = re.exec(text)); ) {
    const start = m.index;
    let form: string | undefined = m[0];
    if (inWord(text, start)) form = undefined;
    // The longest form here is not a whole word: a shorter one may be, as in "azc'sje".
    else if (inWord(text, start + form.length, true))
      form = g.forms
        .map((f) => Object.assign(new RegExp(f, 'iy'), { lastIndex: start }).exec(text)?.[0])
        .find((s) => s && s.length < m![0].length && !inWord(text, start + s.length, true));
    // Look again from the next character: a match that is no whole word may hide one that is.
    re.lastIndex = form ? start + form.length : start + 1;
    const term = form && g.byForm.get(fold(form));
    if (!form || !term || seen.has(term)) continue;
    seen.add(term);
    if (start > last) pieces.push(text.slice(last, start));
    pieces.push({ text: form, term });
    last = start + form.length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
