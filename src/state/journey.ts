/**
 * The reader's way through the screens, in the main file: choosing a gemeente, the
 * statements, the result and the verdict, starting over. Pure: no DOM, no Lit, no data
 * loading, so every step is tested without a page (test/unit/state.test.ts).
 *
 * Facts from the data that a step needs (a statement's id, how many statements there
 * are) travel in the action; the state holds only the reader's own choices.
 */
import type { Answer } from '../core/types.js';
import { fresh, initialState, toggled, withAnswer, type ReaderState, type Screen } from './reader.js';

const home: Screen = { name: 'home' };

export const journey = {
  reducers: {
    /**
     * Another data set (`src`): back to the start screen, no gemeente chosen, no answers
     * (another data set may use the same gemeente codes and statement ids for other statements).
     */
    reset: (s: ReaderState): ReaderState => ({ ...s, ...fresh, screen: home, gemeente: '', answers: new Map(), hiddenParties: undefined, openCell: '', openTerms: new Set() }),
    choose: (s: ReaderState, a: { gemeente: string }): ReaderState => ({ ...s, ...fresh, gemeente: a.gemeente, openCell: '', openTerms: new Set() }),
    /** Start (or go back to) the first statement. Ignored without a chosen gemeente. */
    start: (s: ReaderState): ReaderState => (s.gemeente ? { ...s, screen: { name: 'quiz', step: 0 } } : s),
    /**
     * `step` is the screen the button belonged to: the second click of a double click
     * lands on a stale step and is ignored. `total` is the number of statements.
     */
    answer: (s: ReaderState, a: { step: number; statement: string; answer: Answer | 'skip'; total: number }): ReaderState => {
      if (s.screen.name !== 'quiz' || s.screen.step !== a.step) return s;
      const answered = withAnswer(s, a.statement, (u) => ({ ...u, answer: a.answer }));
      const last = a.step + 1 >= a.total;
      return { ...answered, screen: last ? { name: 'result' } : { name: 'quiz', step: a.step + 1 } };
    },
    'toggle-important': (s: ReaderState, a: { statement: string }) => withAnswer(s, a.statement, (u) => ({ ...u, important: !u.important })),
    previous: (s: ReaderState, a: { total: number }): ReaderState => {
      const { screen } = s;
      if (screen.name === 'result') return { ...s, screen: { name: 'quiz', step: Math.max(0, a.total - 1) } };
      if (screen.name === 'quiz' && screen.step > 0) return { ...s, screen: { name: 'quiz', step: screen.step - 1 } };
      // From the verdict, or the first statement: back to the start screen.
      return { ...s, screen: home };
    },
    'show-result': (s: ReaderState): ReaderState => ({ ...s, screen: { name: 'result' } }),
    /** Back to the start screen, keeping the answers (a failed gemeente must not cost them). */
    home: (s: ReaderState): ReaderState => ({ ...s, screen: home }),
    /**
     * Clears the chosen gemeente's answers and returns to the start screen. Nothing to
     * undo (see state.ts): a kiosk starting over for the next person must leave nothing behind.
     */
    restart: (s: ReaderState): ReaderState => ({ ...s, ...fresh, screen: home, answers: new Map(s.answers).set(s.gemeente, new Map()), hiddenParties: undefined, openCell: '' }),
    /** The organisation's verdict per party, from the start screen. Ignored without a chosen gemeente. */
    'show-verdict': (s: ReaderState): ReaderState => (s.gemeente ? { ...s, screen: { name: 'verdict' }, openCell: '' } : s),
    /** Opens a verdict cell's statements, closing any other; the open one closes. */
    'toggle-cell': (s: ReaderState, a: { cell: string }): ReaderState => ({ ...s, openCell: s.openCell === a.cell ? '' : a.cell }),
    'toggle-party': (s: ReaderState, a: { party: string }): ReaderState => ({ ...s, openParties: toggled(s.openParties, a.party) }),
    /** Kiosk mode, nobody there: everything the last person did is gone. `gemeente`: the host's preset, if any. */
    clear: (_: ReaderState, a: { gemeente: string }): ReaderState => ({ ...initialState, gemeente: a.gemeente }),
    'toggle-term': (s: ReaderState, a: { term: string }): ReaderState => ({ ...s, openTerms: toggled(s.openTerms, a.term) }),
  },
};
