/**
 * What the reader has done, as one immutable value: its shape, the selectors every slice
 * shares, and what a slice is. The slices (journey.ts in the main file; result.ts,
 * tools.ts and link.ts in their chunks) change it; state.ts puts them together.
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
  /** The page was opened on a share link of ours that could not be read. */
  readonly badLink?: boolean;
}

export interface ResultTools {
  /** Parties side by side, in the order chosen, at most `maxSideBySide` (core/compare.ts). */
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

export const initialState: ReaderState = {
  screen: { name: 'home' },
  gemeente: '',
  answers: new Map(),
  openParties: new Set(),
  openCell: '',
  openTerms: new Set(),
};

/** The chosen gemeente's answers. */
export const currentAnswers = (s: ReaderState): Answers => s.answers.get(s.gemeente) ?? new Map();

/** The parties the reader unchecked in the chosen gemeente. */
export const hiddenParties = (s: ReaderState): ReadonlySet<string> => s.hiddenParties?.get(s.gemeente) ?? new Set();

/** The result's tools in use, or none. */
export const resultTools = (s: ReaderState): ResultTools => s.tools ?? { sideBySide: [], open: new Set() };

export const toggled = <T>(set: ReadonlySet<T>, item: T) => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

/** Nothing from the result's tools carries over to another gemeente or a new start. */
export const fresh = { openParties: new Set<string>(), tools: undefined };

export function withAnswer(s: ReaderState, statement: string, change: (a: UserAnswer) => UserAnswer): ReaderState {
  const next = new Map(currentAnswers(s));
  next.set(statement, change(next.get(statement) ?? {}));
  return { ...s, answers: new Map(s.answers).set(s.gemeente, next) };
}

/** A key that changes exactly when the screen does: the focus follows it. */
export const screenKey = (screen: Screen) => (screen.name === 'quiz' ? `quiz:${screen.step}` : screen.name);

/**
 * A slice of the reader state's changes, in the createSlice manner: its reducers, one per
 * action type it owns, each given the state and its action (the type is the key).
 * The `Action` union is read off the slices (state.ts), not kept by hand.
 */
// `any`: each reducer's action is its own; the slice's own type keeps each one precise.
export type Reducers = Record<string, (s: ReaderState, a: any) => ReaderState>;
export interface Slice<R extends Reducers = Reducers> {
  readonly reducers: R;
}

/** The actions of a slice's reducers: `{ type }` with the fields each reducer's second parameter names. */
export type ActionsOf<R extends Reducers> = {
  [T in keyof R & string]: R[T] extends (s: ReaderState, a: infer A) => ReaderState ? (unknown extends A ? { type: T } : { type: T } & A) : never;
}[keyof R & string];
