/**
 * Types of the data format "stemhulp/1" (see README, "Data format") after validation.
 * Validation normalises what the format forgives (answer aliases, code case), so the
 * rest of the widget only ever sees these shapes.
 */

/**
 * A text from the data in one or more languages (`Text` in docs/data-format.md): a plain
 * string (Dutch) or BCP 47 tag → string.
 */
export type LocalisedText = string | Readonly<Record<string, string>>;

/** @deprecated The old name of `LocalisedText`, which hid the DOM's `Text` wherever it was imported; removed in 0.3.0. */
export type Text = LocalisedText;

/** A normalised answer word. */
export type Answer = 'agree' | 'neutral' | 'disagree';

export interface KeyPoint {
  id: string;
  title: LocalisedText;
  summary?: LocalisedText;
  body?: LocalisedText;
}

export interface Statement {
  id: string;
  keyPoint: string;
  text: LocalisedText;
  explanation?: LocalisedText;
  recommended?: Answer;
}

export interface Position {
  position: Answer;
  explanation?: LocalisedText;
  /** Only http(s) URLs survive validation. */
  source?: string;
  /** Who set the position: the party itself (via the organisation's form) or the organisation (e.g. from the programme). */
  by?: 'party' | 'organisation';
  /** When it was set, `YYYY-MM-DD`. */
  date?: string;
}

/** A correction of a gemeente's data, shown to readers under the verdict. */
export interface Correction {
  /** `YYYY-MM-DD`; absent when the data gave none that is valid. */
  date?: string;
  text: LocalisedText;
}

export interface Party {
  id: string;
  name: LocalisedText;
  shortName?: string;
  list?: number;
  url?: string;
  /** Statement id → position. Unknown statement ids are dropped by validation. */
  positions: Readonly<Record<string, Position>>;
}

/** A hard word explained: marked where it is first used in a statement or explanation. */
export interface GlossaryEntry {
  term: LocalisedText;
  explanation: LocalisedText;
  /** Other forms of the word (plural, "azc's"), marked like the term. */
  also?: LocalisedText[];
}

/** The content of one gemeente: from its own file or inline in the index. */
export interface MunicipalityContent {
  statements: Statement[];
  parties: Party[];
  /** Adds to the index's glossary for this gemeente. */
  glossary?: GlossaryEntry[];
  /** When the data last changed, `YYYY-MM-DD`. */
  updated?: string;
  /** Corrections, as the data lists them (newest first), at most 50. */
  corrections?: Correction[];
}

/** A gemeente as listed in the index. Exactly one of `data` and `content` is set. */
export interface MunicipalityEntry {
  /** Upper-case CBS code, `GM` + 4 digits. */
  code: string;
  name: LocalisedText;
  /** Absolute URL of the municipality file, resolved against the index's final URL. */
  data?: string;
  /** Inline content, already validated. Absent when the inline content had errors. */
  content?: MunicipalityContent;
  /** Problems found in inline content; they do not invalidate the index. */
  problems?: Problem[];
}

/** Further reading from the organisation: a reader's story, an article. */
export interface ReadingLink {
  title: LocalisedText;
  /** Only http(s) URLs survive validation. */
  url: string;
}

export interface Links {
  flyer?: string;
  newsletter?: string;
  pollingStation?: string;
  /** Where a reader checks whether they may vote: the gemeente's or the Kiesraad's page. */
  voting?: string;
  reading?: ReadingLink[];
  [name: string]: string | ReadingLink[] | undefined;
}

export interface Index {
  format: 'stemhulp/1';
  /** `date`: election day; `nominationDate`: the kandidaatstellingsdag (both `YYYY-MM-DD`). */
  election?: { name?: LocalisedText; date?: string; nominationDate?: string };
  /** `contact`: where parties send answers and readers corrections, as given (an e-mail address or https URL; core/contact.ts makes the link). */
  organisation?: { name: LocalisedText; url?: string; contact?: string };
  keyPoints: KeyPoint[];
  links: Links;
  glossary?: GlossaryEntry[];
  municipalities: MunicipalityEntry[];
  /** Language files by base language (`ti` → absolute URL): docs/data-format.md, "Language files". */
  translations?: Record<string, string>;
}

/**
 * One problem in the data, with the JSON path where it was found, e.g.
 * `municipalities[3].parties[2].positions.s7.position`.
 */
export interface Problem {
  path: string;
  message: string;
}

/** Result of validating a document: the value, or the errors that prevent it. */
export type Validated<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };
