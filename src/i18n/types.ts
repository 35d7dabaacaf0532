// The shapes every language fills, in one file that imports no language: so each language's
// files, the chunks that show them and the loader (index.ts) all name them without importing
// each other. The Dutch files are typed by them, so a string added to Dutch and missing in
// another language is a type error there (and test/unit/languages.test.ts says which).

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
  municipality: string;
  chooseMunicipality: string;
  /** Start without a gemeente: the message the browser shows, in the widget's language rather than the browser's. */
  chooseFirst: string;
  start: string;
  startFor: (name: string) => string;
  loading: string;
  loadingMunicipality: (name: string) => string;
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
  /** One sentence per kind of load error: alone for the index, after `errorMunicipality` for a gemeente. */
  errorKind: {
    network: string;
    timeout: string;
    http: string;
    json: string;
    format: string;
    'too-large': string;
    refused: string;
  };
  errorMunicipality: (name: string) => string;
  errorMunicipalityData: (name: string) => string;
  errorAdvice: string;
  /** A part of the widget's own code (quiz, result, verdict) did not load: not the data's fault. */
  errorChunk: string;
  errorUnknownCode: (code: string) => string;
  errorUnknownLink: string;
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

/** The result's tools (party choice, tuning, side by side, the live region): in the tools chunk, every language. */
export interface ToolStrings {
  partiesLegend: string;
  tuneIntro: string;
  statementNumber: (n: number) => string;
  allParties: string;
  unknownStance: string;
  noParty: string;
  sideBySideLegend: string;
  sideBySideFull: string;
  sideBySideEmpty: string;
  sideBySideCaption: (names: string) => string;
  sameAsYou: string;
  topIs: (party: string, score: number) => string;
  topTied: (parties: string, score: number) => string;
  noTop: string;
  answerChanged: (n: number, answer: string, top: string) => string;
  importantOn: (n: number, top: string) => string;
  importantOff: (n: number, top: string) => string;
  partyOff: (party: string, top: string) => string;
  partyOn: (party: string, top: string) => string;
}

/** The UI strings as the verdict's views see them: the main ones and the verdict's own. */
export type VerdictUi = Strings & ResultStrings & VerdictStrings;

/** Kiosk mode's question and countdown: in the kiosk chunk, every language (only stands use them). */
export interface KioskStrings {
  question: string;
  countdown: (n: number) => string;
  continue: string;
}

/**
 * *Mag ik stemmen?*'s words: in the vote chunk, every language (only readers who open it
 * need them). Dates come formatted in the reader's language, `undefined` when the data
 * has none; `place` is the gemeente's name.
 */
export interface VoteStrings {
  intro: string;
  yes: string;
  no: string;
  unsure: string;
  age: (electionDate?: string) => string;
  lives: (place: string, nominationDate?: string) => string;
  livesHelp: string;
  nationality: string;
  nationalityHelp: string;
  nl: string;
  eu: string;
  other: string;
  residence: (nominationDate?: string) => string;
  residenceHelp: string;
  outcomeYes: (place: string, electionDate?: string) => string;
  stempas: string;
  outcomeNotYet: string;
  becauseAge: (electionDate?: string) => string;
  becauseResidence: (nominationDate?: string) => string;
  outcomeElsewhere: (place: string) => string;
  askElsewhere: string;
  outcomeUnsure: (place: string) => string;
  more: string;
  link: string;
  ask: string;
  aid: string;
}

/** The printed card's own words: in the card chunk, every language (printing is rare). */
export interface CardStrings {
  cardTitle: string;
  top: string;
  party: string;
  match: string;
  verdict: (org: string) => string;
  noVerdict: string;
  unknown: string;
  basis: (known: number, of: number) => string;
  chosen: (n: number, total: number) => string;
  answers: string;
  notAnswered: string;
  skipped: string;
  notAdvice: string;
  list: (n: number) => string;
  voting: string;
  pollingAt: (address: string) => string;
  pollingList: string;
  bring: string;
  madeBy: (org: string) => string;
  makers: string;
}

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

/** What a language's lazy chunk (`<lang>/index.ts`) exports: everything but the chunks' own words. */
export interface Locale {
  strings: Strings;
  keyPoints?: Record<string, KeyPointText>;
  extras?: ShareStrings;
  glossary?: Record<string, GlossaryText>;
}

/**
 * The party form's words (dist/partijformulier.html): in the form's own bundle, every
 * language, never in the widget's chunks. Names from data arrive as text (`org`, `party`,
 * `gemeente`); the form puts them in as text nodes, never as HTML.
 */
export interface FormStrings {
  /** The page's title and heading: the party and its gemeente. */
  title: (party: string, gemeente: string) => string;
  loading: string;
  /** Who asks and why. */
  whoHeading: string;
  who: (org: string, gemeente: string) => string;
  whoElection: (election: string) => string;
  keyPointsHeading: string;
  keyPointsIntro: string;
  whatHeading: string;
  /** What happens with the answers: published with the party's name. */
  what: (org: string, party: string) => string;
  draftNote: string;
  partyLabel: string;
  gemeenteLabel: string;
  statementsHeading: string;
  statementsIntro: string;
  /** "Stelling 3 van 8". */
  statementNumber: (n: number, total: number) => string;
  /** The organisation's explanation of a statement. */
  explanationBy: (org: string) => string;
  agree: string;
  neutral: string;
  disagree: string;
  explanationLabel: string;
  /** The counter under Toelichting. */
  counter: (used: number, max: number) => string;
  sourceLabel: string;
  sourceHint: string;
  sourceInvalid: string;
  previewHeading: string;
  previewNone: string;
  /** "Ingevuld door de partij op 12 februari 2026", as the widget says it. */
  previewBy: (date: string) => string;
  previewSource: string;
  /** "5 van 8 stellingen beantwoord". */
  answered: (n: number, total: number) => string;
  draftSaved: string;
  draftUnavailable: string;
  download: string;
  clearDraft: string;
  clearQuestion: string;
  clearYes: string;
  clearNo: string;
  cleared: string;
  /** Why nothing was downloaded. */
  fixFirst: string;
  noAnswers: string;
  needsPosition: (n: number) => string;
  badSource: (n: number) => string;
  downloaded: (file: string) => string;
  sendTo: string;
  /** No contact in the index: send it as the invitation says. */
  sendToOrg: (org: string) => string;
  /** The fragment is missing or garbled. */
  badLinkHeading: string;
  badLink: string;
  dataHeading: string;
  /** The data could not be loaded or is broken. */
  dataError: string;
  /** The page's data policy refuses the link's data. */
  refused: string;
  /** embed.config.json beside the page is wrong. */
  config: string;
  noGemeente: string;
  noParty: string;
  details: string;
  /** The organisation when the index names none. */
  anOrganisation: string;
}

/** *Lees voor*'s button: in the read chunk, every language (only readers with a voice for the language see it). */
export interface ReadStrings {
  read: string;
  stop: string;
}
