/**
 * What the reader has done, as one immutable value, and the only way to change it:
 * `update(state, action)`. Pure: no DOM, no Lit, no data loading, so every step of the
 * reader's journey is tested without a page (test/browser/state.test.ts).
 *
 * Facts from the data that a step needs (a statement's id, how many statements there
 * are) travel in the action; the state holds only the reader's own choices.
 * A new feature adds its fields to `ReaderState`, its members to `Action` and a case to
 * `update`; the element only dispatches.
 */
import type { Answer } from '../core/types.js';
import type { UserAnswer } from '../core/match.js';

/** Which screen is shown. Later screens (a kiosk's idle screen) are added here. */
export type Screen = { name: 'home' } | { name: 'verdict' } | { name: 'quiz'; step: number } | { name: 'result' };

/** The reader's answers to one gemeente's statements, by statement id. */
export type Answers = ReadonlyMap<string, UserAnswer>;

export interface ReaderState {
  readonly screen: Screen;
  /** Code of the chosen gemeente, '' for none. */
  readonly gemeente: string;
  /** Per gemeente, so answers survive a look at another gemeente. Never stored or sent. */
  readonly answers: ReadonlyMap<string, Answers>;
  /** Result items whose comparison is open. */
  readonly openParties: ReadonlySet<string>;
  /** The verdict table's cell whose statements are shown ('' for none): one at a time keeps a phone's page short. */
  readonly openCell: string;
  /** Hard words whose explanation is open, by the id of their place on the screen. */
  readonly openTerms: ReadonlySet<string>;
  /**
   * Per gemeente: the parties the reader unchecked under `Partijen` (all are on by
   * default, so a new party in the data shows). Kept through tuning and a trip into the
   * quiz; part of what a shared result holds.
   */
  readonly hiddenParties?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The result's tools in use; gone with another gemeente or a new start. */
  readonly tools?: ResultTools;
  /** What `Opnieuw beginnen` cleared, while `Ongedaan maken` can still bring it back. */
  readonly undo?: { gemeente: string; answers: Answers; hidden: ReadonlySet<string> };
  /**
   * The answers a share link brought. While they are the gemeente's answers, unchanged
   * (every change makes a new map), the result is the link's, not the reader's own.
   */
  readonly shared?: Answers;
}

export interface ResultTools {
  /** Parties side by side, in the order chosen, at most `maxSideBySide`. */
  readonly sideBySide: readonly string[];
  /** The result's disclosures that are open: `parties`, `tune`, `side`, and `stances:<statement id>`. */
  readonly open: ReadonlySet<string>;
  /** The last change made on the result, for the one sentence the live region says. */
  readonly lastChange?: ResultChange;
}

/** A change on the result, by id; the view turns it into a sentence. */
export type ResultChange =
  | { kind: 'answer'; statement: string; answer: Answer | 'skip' }
  | { kind: 'important'; statement: string; on: boolean }
  | { kind: 'party'; party: string; on: boolean }
  /** The third party is chosen side by side: the others cannot be chosen now. */
  | { kind: 'side-full' };

/** More columns than this do not fit a phone. */
export const maxSideBySide = 3;

export type Action =
  /**
   * Another data set (`src`): back to the start screen, no gemeente chosen, no answers
   * (another data set may use the same gemeente codes and statement ids for other statements).
   */
  | { type: 'reset' }
  | { type: 'choose'; gemeente: string }
  /** Start (or go back to) the first statement. Ignored without a chosen gemeente. */
  | { type: 'start' }
  /**
   * `step` is the screen the button belonged to: the second click of a double click
   * lands on a stale step and is ignored. `total` is the number of statements.
   */
  | { type: 'answer'; step: number; statement: string; answer: Answer | 'skip'; total: number }
  | { type: 'toggle-important'; statement: string }
  | { type: 'previous'; total: number }
  | { type: 'show-result' }
  /** Back to the start screen, keeping the answers (a failed gemeente must not cost them). */
  | { type: 'home' }
  /** Clears the chosen gemeente's answers and returns to the start screen. */
  | { type: 'restart' }
  | { type: 'toggle-party'; party: string }
  /** On the result: checks or unchecks a party under `Partijen`. */
  | { type: 'toggle-shown'; party: string }
  /** On the result: a new answer in place; the screen stays. */
  | { type: 'tune-answer'; statement: string; answer: Answer | 'skip' }
  | { type: 'tune-important'; statement: string }
  /** Adds a party to the side-by-side table (refused past three) or takes it out. */
  | { type: 'toggle-side'; party: string }
  | { type: 'toggle-tool'; tool: string }
  /** `Opnieuw beginnen`: `restart`, keeping what it cleared (and the party choice) for `undo` until the next action. */
  | { type: 'restart-with-undo' }
  /** Brings back what `restart-with-undo` cleared, on the result. */
  | { type: 'undo' }
  /** The organisation's verdict per party, from the start screen. Ignored without a chosen gemeente. */
  | { type: 'show-verdict' }
  /** Opens a verdict cell's statements, closing any other; the open one closes. */
  | { type: 'toggle-cell'; cell: string }
  /** Opened from a share link: that gemeente, those answers (already checked against its data), the result. */
  | { type: 'restore'; gemeente: string; answers: Answers; hidden: ReadonlySet<string> }
  /** Kiosk mode, nobody there: everything the last person did is gone. `gemeente`: the host's preset, if any. */
  | { type: 'clear'; gemeente: string }
  | { type: 'toggle-term'; term: string };

export const initialState: ReaderState = {
  screen: { name: 'home' },
  gemeente: '',
  answers: new Map(),
  openParties: new Set(),
  openCell: '',
  openTerms: new Set(),
};

const home: Screen = { name: 'home' };

/** The chosen gemeente's answers. */
export const currentAnswers = (s: ReaderState): Answers => s.answers.get(s.gemeente) ?? new Map();

export const toggled = <T>(set: ReadonlySet<T>, item: T) => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

type Reducers = { [T in Action['type']]?: (s: ReaderState, a: Extract<Action, { type: T }>) => ReaderState };
/**
 * The reducers of actions that only views of a lazy chunk send (the result's tools,
 * `Ongedaan maken`): each chunk adds its own when it loads, so their code is not in the
 * main file. `update` stays the one way the state changes.
 */
const more: Reducers = {};
export const addReducers = (reducers: Reducers) => void Object.assign(more, reducers);

/** Nothing from the result's tools carries over to another gemeente or a new start. */
const fresh = { openParties: new Set<string>(), tools: undefined };

export function withAnswer(s: ReaderState, statement: string, change: (a: UserAnswer) => UserAnswer): ReaderState {
  const next = new Map(currentAnswers(s));
  next.set(statement, change(next.get(statement) ?? {}));
  return { ...s, answers: new Map(s.answers).set(s.gemeente, next) };
}

/**
 * The next state. `Ongedaan maken` stays until the reader does anything else, whatever
 * it is (no timer that takes it away unannounced); then the answers are really gone.
 * Only the result's own actions, which come with its chunk (`restart-with-undo`, `undo`),
 * decide about it themselves: every other one drops it.
 */
export function update(s: ReaderState, a: Action): ReaderState {
  const n = next(s, a);
  return n.undo && !(a.type in more) ? { ...n, undo: undefined } : n;
}

function next(s: ReaderState, a: Action): ReaderState {
  const { screen } = s;
  switch (a.type) {
    case 'reset':
      return { ...s, ...fresh, screen: home, gemeente: '', answers: new Map(), hiddenParties: undefined, openCell: '', openTerms: new Set() };
    case 'choose':
      return { ...s, ...fresh, gemeente: a.gemeente, openCell: '', openTerms: new Set() };
    case 'start':
      return s.gemeente ? { ...s, screen: { name: 'quiz', step: 0 } } : s;
    case 'answer': {
      if (screen.name !== 'quiz' || screen.step !== a.step) return s;
      const answered = withAnswer(s, a.statement, (u) => ({ ...u, answer: a.answer }));
      const last = a.step + 1 >= a.total;
      return { ...answered, screen: last ? { name: 'result' } : { name: 'quiz', step: a.step + 1 } };
    }
    case 'toggle-important':
      return withAnswer(s, a.statement, (u) => ({ ...u, important: !u.important }));
    case 'previous':
      if (screen.name === 'result') return { ...s, screen: { name: 'quiz', step: Math.max(0, a.total - 1) } };
      if (screen.name === 'quiz' && screen.step > 0) return { ...s, screen: { name: 'quiz', step: screen.step - 1 } };
      // From the verdict, or the first statement: back to the start screen.
      return { ...s, screen: home };
    case 'show-result':
      return { ...s, screen: { name: 'result' } };
    case 'home':
      return { ...s, screen: home };
    case 'restart':
      // Nothing to undo (see `update`): a kiosk starting over for the next person must leave nothing behind.
      return { ...s, ...fresh, screen: home, answers: new Map(s.answers).set(s.gemeente, new Map()), hiddenParties: undefined, openCell: '' };
    case 'show-verdict':
      return s.gemeente ? { ...s, screen: { name: 'verdict' }, openCell: '' } : s;
    case 'toggle-cell':
      return { ...s, openCell: s.openCell === a.cell ? '' : a.cell };
    case 'toggle-party':
      return { ...s, openParties: toggled(s.openParties, a.party) };
    case 'restore':
      return {
        ...s,
        screen: { name: 'result' },
        gemeente: a.gemeente,
        answers: new Map(s.answers).set(a.gemeente, a.answers),
        hiddenParties: new Map(s.hiddenParties).set(a.gemeente, a.hidden),
        openParties: new Set(),
        shared: a.answers,
      };
    case 'clear':
      return { ...initialState, gemeente: a.gemeente };
    case 'toggle-term':
      return { ...s, openTerms: toggled(s.openTerms, a.term) };
    default:
      return (more[a.type] as ((s: ReaderState, a: Action) => ReaderState) | undefined)?.(s, a) ?? s;
  }
}

/** A key that changes exactly when the screen does: the focus follows it. */
export const screenKey = (screen: Screen) => (screen.name === 'quiz' ? `quiz:${screen.step}` : screen.name);
