/**
 * The result's view model: the plain data its templates (result.ts) draw, and the pure
 * functions that derive it from the data and the reader's state. No Lit here: what is in
 * this file can be read and tested without a DOM, and the templates only lay it out.
 */
import type { Index, KeyPoint, MunicipalityContent, Statement } from '../../core/types.js';
import { matchParties, type PartyScore, type UserAnswer } from '../../core/match.js';
import { verdictOf, type VerdictOf } from '../../core/verdict.js';
import type { LoadedIndex, LoadedGemeente } from '../../data/load.js';
import { localise } from '../../core/text.js';
import { rankParties, type Ranking } from '../../core/ranking.js';
import { memo } from '../../lib/memo.js';
import type { InterfaceWord, ResultStrings, Strings, VerdictStrings } from '../../i18n/types.js';
import { nlResult } from '../../i18n/nl/result.js';
import { nlVerdict } from '../../i18n/nl/verdict.js';
import { currentAnswers, hiddenParties, resultTools, type Action, type Answers, type ReaderState } from '../../state/state.js';
import type { ChartModel } from '../verdict/chart.js';
import { longDate } from '../common/given-by.js';

/** What the result shows, derived by `resultModels` below: names already in the UI language. */
export interface ResultModel {
  gemeenteName: string;
  /** The organisation's name, if the index gives one. */
  organisation: string | undefined;
  keyPoints: readonly KeyPoint[];
  statements: readonly Statement[];
  links: Index['links'];
  election: Index['election'];
  /** In result order; undefined when every statement was skipped. */
  results: PartyScore[] | undefined;
  answers: ReadonlyMap<string, UserAnswer>;
  /** Parties whose comparison is open: only those are rendered (60 × 100 would cost seconds). */
  open: ReadonlySet<string>;
  /** The organisation's Totaal per party id, with what it rests on (`of` 0 for all when no statement has `recommended`). */
  verdicts: ReadonlyMap<string, VerdictOf>;
}

export interface ResultProps extends ResultModel {
  /** The element's dispatch: the view says what the reader did, `update` decides what follows. */
  dispatch: (action: Action) => void;
  /** The chosen parties ranked, with shared places and the cautions; undefined when every statement was skipped. */
  ranking: Ranking | undefined;
  /** How many parties the gemeente has, and how many are chosen under `Partijen`. */
  partyCount: number;
  shownCount: number;
  /** Open disclosures of the tools (`parties`, `tune`, `side`). */
  openTools: ReadonlySet<string>;
  /** What the last change on the result did, in one sentence (the live region). */
  live: unknown;
  /** The contents of an open tool, from the tools chunk: rendered only once opened. */
  tool: (name: 'parties' | 'tune' | 'side') => unknown;
  /** How many of a list's `total` items to draw now (`parties`, or `compare <party id>`): long lists come in slices. */
  reveal: (list: string, total: number) => number;
  /** *Moeilijke woorden* for the interface's own words (src/ui/common/words.ts). */
  words: (ids: readonly InterfaceWord[], where: string) => unknown;
  /** Opened from a share link and unchanged since: said as the link's answers, not the reader's. */
  shared?: boolean;
}

export type Rt = Strings & ResultStrings & VerdictStrings;

/** A translation brings its own result strings; Dutch (and a failed translation) uses these. */
export const resultStrings = (ui: Strings): Rt => ({ ...nlResult, ...nlVerdict, ...ui });

/**
 * The chosen parties ranked; recomputed only when the answers, the choice or the language
 * change. One remembered ranking for the module, so for every widget on the page: a second
 * widget's result costs a ranking more, never a wrong one (memo compares every input).
 */
const ranked = memo((content: MunicipalityContent, answers: Answers, hidden: ReadonlySet<string>, lang: string) =>
  rankParties(
    content.statements,
    content.parties,
    answers,
    (p) => localise(p.name, lang),
    lang,
    (p) => !hidden.has(p.id),
  ),
);

/**
 * What the result screen takes from the reader's state: the ranking of the chosen parties,
 * the choice and the tools in use, how many parties are chosen of how many, and whether the
 * answers are still a share link's.
 */
export function screenModel(content: MunicipalityContent, state: ReaderState, lang: string) {
  const hidden = hiddenParties(state);
  const answers = currentAnswers(state);
  return {
    ranking: ranked(content, answers, hidden, lang),
    hidden,
    tools: resultTools(state),
    partyCount: content.parties.length,
    shownCount: content.parties.filter((p) => !hidden.has(p.id)).length,
    shared: !!state.shared && state.shared === answers,
  };
}

/** The cautions of the ranking, each one sentence; none when the result can be read as it is. */
export const cautionLines = (r: Ranking, t: Rt, shared?: boolean): string[] =>
  [r.fewAnswered ? (shared ? t.sharedFewAnswered : t.fewAnswered)(r.answered, r.total) : '', r.tooClose ? t.tooClose : '', r.parties.length ? '' : t.noPartyChosen].filter(Boolean);

/** The chart of match against verdict: the parties the reader chose under Kies partijen, as in the ranking. */
export function chartModel(organisation: string, r: Ranking, verdicts: ReadonlyMap<string, VerdictOf>): ChartModel {
  const chosen = r.parties.map(({ party, score }) => ({ party, match: score, verdict: verdicts.get(party.id) }));
  return {
    organisation,
    rows: chosen.flatMap((c) => (c.verdict?.score === undefined ? [] : [{ ...c, verdict: c.verdict.score, basis: c.verdict }])),
    // Recommended statements, but no known position: such a party is not plotted, and the chart says so.
    unplotted: chosen.flatMap((c) => (c.verdict?.of && c.verdict.score === undefined ? [c.party] : [])),
  };
}

/** The election day in the reader's language (plain `en` as in Europe, 18 March 2026, not the US order), with one format per language remembered. */
export { longDate } from '../common/given-by.js';

// The one thing this file does when it loads, here beside the format it warms: this chunk
// is fetched when the quiz starts, and the first date format of a page costs about 25 ms on
// a slow phone (ICU loads its date data; the index's load already made the first Intl
// object). Made once now, when the page is idle, not in the result's last slice.
const warm = () => longDate('2026-03-18', 'nl');
if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
else setTimeout(warm, 50);

/**
 * The result's model for one element, made once per element (element/derive.ts, `of`): its
 * memos are that element's. Here in the result chunk with the scoring, not in the main file.
 */
export const resultModels = () => {
  /** The parties in result order with their scores; undefined when every statement was skipped. */
  const scores = memo(({ statements, parties }: MunicipalityContent, answers: Answers, lang: string) =>
    matchParties(statements, parties, answers, (p) => localise(p.name, lang), lang),
  );
  /** The organisation's Totaal per party id, with what it rests on; it does not depend on the answers. */
  const verdicts = memo(({ statements, parties }: MunicipalityContent) => new Map(parties.map((p) => [p.id, verdictOf(statements, p)])));
  return (index: LoadedIndex, { content }: LoadedGemeente, name: string, state: ReaderState, lang: string, keyPoints: readonly KeyPoint[]): ResultModel => {
    const { organisation, links, election } = index.index;
    const answers = currentAnswers(state);
    return {
      gemeenteName: name,
      organisation: organisation && localise(organisation.name, lang),
      keyPoints,
      statements: content.statements,
      links,
      election,
      results: scores(content, answers, lang),
      answers,
      open: state.openParties,
      verdicts: verdicts(content),
    };
  };
};
