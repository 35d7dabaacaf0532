/**
 * Everything the views show that is computed from the data, the language and the
 * reader's state, in one place and memoised: a render that changes nothing of these
 * (a focus move, an opened comparison) recomputes nothing. Views receive these view
 * models, never the data format's `Index`.
 */
import type { Load } from '../data/data-controller.js';
import type { LoadedIndex, LoadedMunicipality } from '../data/load.js';
import { bundledKeyPoints } from '../data/bundled-key-points.js';
import { localise, pick } from '../core/text.js';
import type { KeyPoint, MunicipalityEntry, Statement } from '../core/types.js';
import type { StemhulpCompleteDetail } from './events.js';
import { translateKeyPoints } from '../i18n/index.js';
import type { matchParties } from '../core/match.js';
import type { verdictOf } from '../core/verdict.js';
import { memo } from '../lib/memo.js';
import { currentAnswers, type Answers, type ReaderState } from '../state/state.js';
import type { QuizModel } from '../ui/quiz/quiz.js';
import type { ResultModel } from '../ui/result/result.js';
import type { VerdictScreenModel, verdictTable } from '../ui/verdict/verdict.js';

/** One per element: each memo remembers its own last inputs. */
export class Derived {
  /** The index's speerpunten, or the bundled ones, in the UI language. */
  readonly keyPoints = memo((index: LoadedIndex | undefined, lang: string): readonly KeyPoint[] =>
    translateKeyPoints(index?.index.keyPoints ?? bundledKeyPoints, bundledKeyPoints, lang),
  );

  /**
   * The gemeenten in the picker's order: by displayed name in the UI language. Each name is
   * looked up once, not in every comparison (342 gemeenten: about 3,000 comparisons).
   */
  readonly municipalities = memo((index: LoadedIndex | undefined, lang: string): readonly MunicipalityEntry[] => {
    if (!index) return [];
    const { compare } = new Intl.Collator(lang);
    return index.index.municipalities
      .map((m) => [localise(m.name, lang), m] as const)
      .sort((a, b) => compare(a[0], b[0]))
      .map(([, m]) => m);
  });

  /**
   * The picker's options, as plain DOM: a clone and three bindings for each of 342 Lit
   * templates were most of a long task at 4× CPU. `new Option` sets the name as text, as
   * a binding does. Per element: a node is in one select only.
   */
  readonly options = memo((list: readonly MunicipalityEntry[], lang: string) => list.map((m) => new Option(localise(m.name, lang), m.code)));

  /**
   * The parties in result order with their scores; undefined when every statement was skipped.
   * `match` comes with the result chunk: readers who never reach a result do not download it.
   */
  readonly scores = memo((match: typeof matchParties, m: LoadedMunicipality, answers: Answers, lang: string) => {
    const { statements, parties } = m.content;
    return match(statements, parties, answers, (p) => localise(p.name, lang), lang);
  });

  /**
   * The organisation's Totaal per party id, with what it rests on. Like `match`, `score`
   * comes with the chunk that shows it; it does not depend on the answers.
   */
  readonly verdicts = memo((score: typeof verdictOf, m: LoadedMunicipality) => new Map(m.content.parties.map((p) => [p.id, score(m.content.statements, p)])));

  /** The verdict table, sorted; `table` comes with the verdict chunk. */
  readonly verdictTable = memo((table: typeof verdictTable, m: LoadedMunicipality, keyPoints: readonly KeyPoint[], lang: string) =>
    table(m.content, keyPoints, (p) => localise(p.name, lang), lang),
  );

  /** Every statement answered or skipped: the quiz offers the result directly. */
  readonly complete = memo((statements: readonly Statement[], answers: Answers) => statements.every((s) => answers.get(s.id)?.answer));

  /** The start section: the index while it loads or failed, the sorted picker, a preset or an unknown code. */
  start(idx: Load<LoadedIndex> | undefined, code: string | undefined, preset: MunicipalityEntry | undefined, state: ReaderState, lang: string) {
    return {
      index: idx?.state === 'ready' ? undefined : (idx ?? { state: 'loading' as const }),
      // A preset shows its start button only: no picker to sort for.
      options: preset ? [] : this.options(this.municipalities(idx?.state === 'ready' ? idx.value : undefined, lang), lang),
      chosen: state.gemeente,
      preset,
      unknownPreset: code && !preset && !state.gemeente ? code : undefined,
    };
  }

  /** The `stemhulp-complete` detail, never the answers; the scores only `withScores` (`event-scores`), as they give the answers away. */
  completeDetail(match: typeof matchParties, m: LoadedMunicipality, state: ReaderState, lang: string, withScores: boolean): StemhulpCompleteDetail | undefined {
    const results = this.scores(match, m, currentAnswers(state), lang);
    return (
      results && {
        municipality: state.gemeente,
        ...(withScores && { results: results.map(({ party, score }) => ({ party: party.id, name: pick(party.name, lang).value, score })) }),
      }
    );
  }

  quiz(index: LoadedIndex, m: LoadedMunicipality, step: number, state: ReaderState, lang: string): QuizModel {
    const { statements } = m.content;
    const statement = statements[step];
    const answers = currentAnswers(state);
    return {
      statement,
      keyPoint: this.keyPoints(index, lang).find((k) => k.id === statement.keyPoint),
      step,
      total: statements.length,
      answer: answers.get(statement.id),
      complete: this.complete(statements, answers),
      glossaries: [m.content.glossary, index.index.glossary],
      openTerms: state.openTerms,
    };
  }

  /** The verdict screen; `preset` says whether the site chose the gemeente (the start button then names it). */
  verdict(table: typeof verdictTable, index: LoadedIndex, m: LoadedMunicipality, name: string, preset: boolean, state: ReaderState, lang: string): VerdictScreenModel {
    const { organisation } = index.index;
    return {
      organisation: organisation && localise(organisation.name, lang),
      municipality: name,
      table: this.verdictTable(table, m, this.keyPoints(index, lang), lang),
      open: state.openCell || undefined,
      preset,
    };
  }

  result(
    scoring: { matchParties: typeof matchParties; verdictOf: typeof verdictOf },
    index: LoadedIndex,
    m: LoadedMunicipality,
    name: string,
    state: ReaderState,
    lang: string,
  ): ResultModel {
    const match = scoring.matchParties;
    const { organisation, links, election } = index.index;
    const answers = currentAnswers(state);
    return {
      municipalityName: name,
      organisation: organisation && localise(organisation.name, lang),
      keyPoints: this.keyPoints(index, lang),
      statements: m.content.statements,
      links,
      election,
      results: this.scores(match, m, answers, lang),
      answers,
      open: state.openParties,
      verdicts: this.verdicts(scoring.verdictOf, m),
    };
  }
}
