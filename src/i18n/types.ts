// The shapes every language fills, in one file that imports no language: so a language file,
// the Dutch glossary and the loader (index.ts) all name them without importing each other.

/** A bundled term in one language: the word, its other forms, its explanation. */
export interface GlossaryText {
  term: string;
  also?: string[];
  explanation: string;
}

/** A translation of one bundled speerpunt, keyed by its id in the locale files. */
export interface KeyPointText {
  title: string;
  summary: string;
  body: string;
}
