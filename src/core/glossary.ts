/**
 * Hard words explained: which words of a text to mark, as the data format says. Pure: no
 * DOM, no Lit (test/browser/glossary.test.ts). A term is matched as a whole word, ignoring letter
 * case, in the language the text is shown in; only its first use (or that of one of its
 * other forms) in each text is marked. Lives in the quiz chunk, with the bundled glossary.
 */
import { baseLanguage as base } from './lang.js';
import type { GlossaryEntry, LocalisedText } from './types.js';

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
  /** Each form, folded, to its term (the first list that has it wins). */
  readonly byForm: ReadonlyMap<string, Term>;
  /**
   * The forms as a trie of tokens (see `tokens`): the edge from node `n` by token `t` is
   * `next.get(n + ' ' + t)`; node 0 is the root; `ends[n]` is the term of a form that ends there.
   */
  readonly next: ReadonlyMap<string, number>;
  readonly ends: readonly (Term | undefined)[];
}

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

/**
 * A text cut into tokens: a run of letters, digits and combining marks (an Arabic vowel
 * sign belongs to its word), a run of spaces, or any other single character. Matching
 * whole tokens is matching whole words: a form can neither start nor end inside a word.
 * One constant pattern, compiled once per page; the data's forms never become a pattern.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^]/guy;
const isWord = /^[\p{L}\p{N}\p{M}]/u;
/** A token as it is compared: letter case ignored, any run of spaces alike, either apostrophe. */
const key = (token: string) => (token.trim() ? fold(token) : ' ');

function tokens(text: string): { at: number[]; keys: string[]; words: boolean[] } {
  const at: number[] = [];
  const keys: string[] = [];
  const words: boolean[] = [];
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(text));) {
    at.push(m.index);
    keys.push(key(m[0]));
    words.push(isWord.test(m[0]));
  }
  at.push(text.length);
  return { at, keys, words };
}

/**
 * The format's limits (src/core/validate/glossary.ts leaves out what passes them, with a warning),
 * kept here too: a walk through a text is then at most one form of 100 characters long.
 */
const MAX_FORMS = 20;
const MAX_FORM = 100;

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
      for (const form of [term, ...(entry.also ?? []).slice(0, MAX_FORMS).map((a) => own(a, lang))]) {
        const k = form && form.length <= MAX_FORM && fold(form);
        if (k && !byForm.has(k)) byForm.set(k, t);
      }
    }
  // Built once per glossary and language, in time and space proportional to its forms.
  const next = new Map<string, number>();
  const ends: (Term | undefined)[] = [undefined];
  for (const [form, term] of byForm) {
    let node = 0;
    for (const k of tokens(form).keys) {
      const edge = `${node} ${k}`;
      let to = next.get(edge);
      if (to === undefined) next.set(edge, (to = ends.push(undefined) - 1));
      node = to;
    }
    ends[node] = term;
  }
  return { byForm, next, ends };
}

/**
 * `text` cut into pieces, each term marked at its first use; `seen` holds the terms
 * already marked in this statement or explanation (and is added to), so that a term
 * used in two paragraphs of one explanation is marked once.
 */
export function markTerms(text: string, g: Glossary, seen: Set<Term> = new Set()): Piece[] {
  if (!g.next.size) return [text];
  const { at, keys, words } = tokens(text);
  const pieces: Piece[] = [];
  let last = 0;
  for (let i = 0; i < keys.length; i++) {
    // A form that starts with a sign (as "(taal)") still may not follow a letter directly.
    if (i && words[i - 1] && !words[i]) continue;
    // The longest form from here that ends at the end of a word: as "azc" in "azc'sje",
    // where the longer "azc's" does not. Each step one lookup; a walk is at most one form long.
    let end = 0;
    let term: Term | undefined;
    for (let j = i, node = 0; j < keys.length; j++) {
      const to = g.next.get(`${node} ${keys[j]}`);
      if (to === undefined) break;
      node = to;
      if (g.ends[node] && !(words[j + 1] && !words[j])) ((end = j + 1), (term = g.ends[node]));
    }
    if (!term) continue;
    // A term already marked is passed over: its later uses are not marked, nor any form inside them.
    const i0 = i;
    i = end - 1;
    if (seen.has(term)) continue;
    seen.add(term);
    if (at[i0] > last) pieces.push(text.slice(last, at[i0]));
    pieces.push({ text: text.slice(at[i0], at[end]), term });
    last = at[end];
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
