// The shapes every language fills, in one file that imports no language: so each language's
// files, the chunks that show them and the loader (index.ts) all name them without importing
// each other. The Dutch files are typed by them, so a string added to Dutch and missing in
// another language is a type error there (and test/unit/languages.test.ts says which).
import type { Parts } from './part-types.js';

/** The UI strings every language fills (the Dutch in nl/ui.ts): a missing string is a type error, not a blank button. */
export interface Strings {
  language: string;
  /** The switcher's button: a language applies only when the reader asks (WCAG 3.2.2), not on every arrow key. */
  languageApply: string;
  widgetTitle: string;
  intro: string;
  keyPointsHeading: string;
  readMore: string;
  source: (org: string) => string;
  quizHeading: string;
  quizIntro: string;
  gemeente: string;
  chooseGemeente: string;
  /** Start without a gemeente: the message the browser shows, in the widget's language rather than the browser's. */
  chooseFirst: string;
  start: string;
  startFor: (name: string) => string;
  loading: string;
  loadingGemeente: (name: string) => string;
  progress: (n: number, total: number) => string;
  keyPointLabel: string;
  moreInfo: string;
  /** Before the buttons that explain the statement's hard words, below it. */
  hardWords: string;
  agree: string;
  neutral: string;
  disagree: string;
  skip: string;
  important: string;
  importantHint: string;
  previous: string;
  toResult: string;
  verdictOpen: string;
  /** The start screen's disclosure that opens the vote chunk's check. */
  voteCheck: string;
  reading: string;
  infoTitle: string;
  infoIntro: string;
  retry: string;
  details: string;
  /** One sentence per kind of load error: alone for the index, after `errorGemeente` for a gemeente. */
  errorKind: {
    network: string;
    timeout: string;
    http: string;
    json: string;
    format: string;
    'too-large': string;
    refused: string;
  };
  errorGemeente: (name: string) => string;
  errorGemeenteData: (name: string) => string;
  errorAdvice: string;
  /** A part of the widget's own code (quiz, result, verdict) did not load: not the data's fault. */
  errorChunk: string;
  errorUnknownCode: (code: string) => string;
  errorUnknownLink: string;
}

/**
 * The words under an error's *Details*, for site owners and data authors (the Dutch in
 * nl/details.ts, inside the details chunk; other languages beside `Strings`).
 */
export interface DetailsStrings {
  httpStatus: (status: number) => string;
  /** Under Details, why a connection failed, as far as the widget can tell (LoadError.hint). */
  errorHint: {
    cors: string;
    net: string;
  };
  /** Before the browser's own message, which is in English in every engine. */
  browserSays: string;
  errorLimit: {
    timeout: (ms: string) => string;
    'too-large': (bytes: string) => string;
  };
  problemsHeading: (n: number) => string;
  checkData: string;
}

/** The strings only the result shows (the Dutch in nl/result.ts, inside the result chunk; other languages beside `Strings`). */
export interface ResultStrings {
  resultHeading: string;
  resultIntro: (name: string) => string;
  notAdvice: string;
  matchSentence: (party: string, score: number) => string;
  /** After the reader's match as shown ("75% overeenkomst met jou"): beside the organisation's verdict a bare "75%" could be taken for it. */
  matchWith: string;
  listNumber: (n: number) => string;
  compare: string;
  you: string;
  skipped: string;
  unknownPosition: string;
  checkSource: string;
  partyWebsite: string;
  rank: (n: number) => string;
  tied: string;
  sharedHeading: string;
  sharedIntro: (name: string) => string;
  sharedFewAnswered: (n: number, total: number) => string;
  sharedNoResult: string;
  sharedGone: string;
  tooClose: string;
  fewAnswered: (n: number, total: number) => string;
  chooseParties: string;
  partiesChosen: (n: number, total: number) => string;
  noPartyChosen: string;
  tuneHeading: string;
  sideBySide: string;
  cleared: string;
  undo: string;
  noResult: string;
  verdictHeading: string;
  verdictBy: (org?: string) => string;
  noVerdict: string;
  keyPointVerdict: (keyPoint: string, score: string) => string;
  howItWorks: string;
  howItWorksText: string[];
  madeBy: (org: string) => string;
  madeByUnknown: string;
  privacy: string;
  nextSteps: string;
  electionOn: (name: string, date: string) => string;
  pollingStation: string;
  flyer: string;
  newsletter: string;
  restart: string;
  changeAnswers: string;
}

/** The strings of the organisation's verdict (the Dutch in nl/verdict.ts, in the chunks that show them). */
export interface VerdictStrings {
  verdict: {
    heading: (gemeente: string) => string;
    caption: (org: string) => string;
    party: string;
    total: string;
    none: string;
    noneKeyPoint: string;
    /** A verdict with recommended statements but no known position on any: never 0%. */
    unknown: string;
    /** What a verdict rests on when the party's position is unknown on some recommended statements. */
    basis: (known: number, of: number) => string;
    basisNote: string;
    noneAtAll: (org: string) => string;
    cell: (party: string, column: string) => string;
    statementsOf: (party: string, column: string) => string;
    advice: (org: string) => string;
    points: (n: number) => string;
    notCounted: string;
    line: (org: string, score: string) => string;
    lineUnknown: (org: string) => string;
    unknownOrg: string;
    disclosureHeading: string;
    disclosure: (org: string) => string[];
    chartHeading: (org: string) => string;
    chartIntro: (org: string) => string;
    chartX: string;
    chartY: (org: string) => string;
    chartAlt: (org: string) => string;
    notPlotted: (names: string) => string;
    chartTable: (org: string) => string;
    verdictShort: string;
    match: string;
    /** Beside a position the party gave itself (`by: party`), with its date in the reader's language when known. */
    byParty: (date?: string) => string;
    /** Beside a position the organisation set (`by: organisation`). */
    byOrganisation: (org: string) => string;
    /** Under the verdict table: when the gemeente's data last changed. */
    updated: (date: string) => string;
    /** Under the verdict table: how many corrections, the disclosure that lists them. */
    corrections: (n: number) => string;
    /** Before the organisation's contact (`organisation.contact`), under the verdict table. */
    report: string;
  };
}

/** `Deel je uitslag` and a shared result (the Dutch in nl/share.ts, in the share chunk; other languages' in their chunk). */
export interface ShareStrings {
  heading: string;
  keep: string;
  share: string;
  shareNote: string;
  print: string;
  shareTitle: string;
  copied: string;
  shared: string;
  manual: string;
  link: string;
  sharedResult: string;
  fresh: string;
  badLink: string;
}

/** The UI strings as the verdict's views see them: the main ones and the verdict's own. */
export type VerdictUi = Strings & ResultStrings & VerdictStrings;

/**
 * The glossary's ids for the interface's own words (src/i18n/nl/glossary.ts): each is the
 * Dutch term itself, so the main file names a Dutch button without the Dutch glossary.
 */
export type InterfaceWord = 'speerpunt' | 'stelling' | 'standpunt' | 'advies' | 'percentage' | 'lijstnummer';

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

/**
 * A language as the loader holds it (src/i18n/index.ts): what its lazy chunk (`<lang>/index.ts`)
 * exports, or a language file made into one (i18n/own.ts). Dutch is only `strings`. The words
 * of the parts are in neither: each part chunk has its own Dutch words, and every other
 * language a parts chunk (`Parts`, `PartsChunks`), which the loader keeps beside it.
 */
export interface Locale {
  strings: Strings;
  keyPoints?: Record<string, KeyPointText>;
  extras?: ShareStrings;
  glossary?: Record<string, GlossaryText>;
  /**
   * A language file from the data (i18n/own.ts): its direction and name, the language its
   * missing words come from (`base`), and `part` to put its words over a chunk's own
   * (the tools', kiosk's, vote's, card's and read-aloud's, under their key prefix).
   */
  dir?: 'ltr' | 'rtl';
  name?: string;
  base?: string;
  part?: <T>(prefix: string, own: T) => T;
}

/** Each language's parts chunk (`<lang>/parts.ts`) by language, as every part chunk has it (src/i18n/tools.ts, written from the registry). */
export type PartsChunks = Record<string, () => Promise<Parts>>;
