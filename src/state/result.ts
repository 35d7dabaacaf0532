/**
 * The reader state's actions that the result view sends (its disclosures, `Ongedaan
 * maken`). Pure; they travel in the result chunk and join `update` when it loads.
 */
import { addReducers, currentAnswers, toggled, update, type ReaderState, type ResultTools } from './state.js';

/** The parties the reader unchecked in the chosen gemeente. */
export const hiddenParties = (s: ReaderState): ReadonlySet<string> => s.hiddenParties?.get(s.gemeente) ?? new Set();

/** The result's tools in use, or none. */
export const resultTools = (s: ReaderState): ResultTools => s.tools ?? { sideBySide: [], open: new Set() };


addReducers({
  'restart-with-undo': (s) => {
    const answers = currentAnswers(s);
    const hidden = new Map(s.hiddenParties);
    hidden.delete(s.gemeente);
    const undo = answers.size ? { gemeente: s.gemeente, answers, hidden: hiddenParties(s) } : undefined;
    return { ...update(s, { type: 'restart' }), hiddenParties: hidden, undo };
  },
  'toggle-tool': (s, a) => ({ ...s, tools: { ...resultTools(s), open: toggled(resultTools(s).open, a.tool) } }),
  undo: (s): ReaderState => {
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
});
