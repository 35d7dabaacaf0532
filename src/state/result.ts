/**
 * The result's slice: `Opnieuw beginnen` with its `Ongedaan maken`, and the result's
 * disclosures. Pure; it travels in the result chunk and is injected as that loads.
 * Its actions decide about `undo` themselves (state.ts).
 */
import { journey } from './journey.js';
import { currentAnswers, hiddenParties, resultTools, toggled, type ReaderState } from './reader.js';

export const resultSlice = {
  reducers: {
    /** `Opnieuw beginnen`: `restart`, keeping what it cleared (and the party choice) for `undo` until the next action. */
    'restart-with-undo': (s: ReaderState): ReaderState => {
      const answers = currentAnswers(s);
      const hidden = new Map(s.hiddenParties);
      hidden.delete(s.gemeente);
      const undo = answers.size ? { gemeente: s.gemeente, answers, hidden: hiddenParties(s) } : undefined;
      return { ...journey.reducers.restart(s), hiddenParties: hidden, undo };
    },
    'toggle-tool': (s: ReaderState, a: { tool: string }): ReaderState => ({ ...s, tools: { ...resultTools(s), open: toggled(resultTools(s).open, a.tool) } }),
    /** Brings back what `restart-with-undo` cleared, on the result. */
    undo: (s: ReaderState): ReaderState => {
      const u = s.undo;
      if (!u) return s;
      return {
        ...s,
        screen: { name: 'result' },
        gemeente: u.gemeente,
        answers: new Map(s.answers).set(u.gemeente, u.answers),
        hiddenParties: new Map(s.hiddenParties).set(u.gemeente, u.hidden),
        undo: undefined,
      };
    },
  },
};
