// The shapes of the words that travel only in their own chunk or page: the result's tools,
// kiosk mode, *Mag ik stemmen?*, *Lees voor*, the printed card and the party form. In Dutch
// each part chunk has its own; every other language has its parts chunk (`Parts`, written by
// scripts/i18n-tables.mjs), fetched only when a reader opens a part in it. The widget's main shapes are in types.ts.

/**
 * A language's words of the parts (src/i18n/<lang>/parts.ts): one chunk per language, fetched
 * when a reader first opens the tools, kiosk mode, the card or *Mag ik stemmen?* in it, or *Lees
 * voor* shows (where a voice speaks it).
 */
export interface Parts {
  tools: ToolStrings;
  kiosk: KioskStrings;
  card: CardStrings;
  vote: VoteStrings;
  read: ReadStrings;
}

/** The result's tools (party choice, tuning, side by side, the live region): Dutch in the tools chunk, the others in their parts chunk. */
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

/** Kiosk mode's question and countdown: Dutch in the kiosk chunk, the others in their parts chunk (only stands use them). */
export interface KioskStrings {
  question: string;
  countdown: (n: number) => string;
  continue: string;
}

/**
 * *Mag ik stemmen?*'s words: Dutch in the vote chunk, the others in their parts chunk (only
 * readers who open it need them). Dates come formatted in the reader's language, `undefined` when the data
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

/** The printed card's own words: Dutch in the card chunk, the others in their parts chunk (printing is rare). */
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

/** *Lees voor*'s button: Dutch in the read chunk, the others in their parts chunk (only readers with a voice for the language see it). */
export interface ReadStrings {
  read: string;
  stop: string;
}
