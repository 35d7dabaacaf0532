/**
 * The reader state's actions that the result's tools send: the party choice, tuning in
 * place, side by side. Pure; they travel in the tools chunk and join `update` when it loads.
 * Each records the change that re-ranks the parties, for the live region's sentence.
 */
import { addReducers, currentAnswers, maxSideBySide, toggled, withAnswer, type ReaderState, type ResultChange, type ResultTools } from './state.js';

// The same two lines as in state-result.ts: a module both chunks imported would be a third file to fetch.
const hiddenParties = (s: ReaderState): ReadonlySet<string> => s.hiddenParties?.get(s.gemeente) ?? new Set();
const resultTools = (s: ReaderState): ResultTools => s.tools ?? { sideBySide: [], open: new Set() };

const changed = (s: ReaderState, lastChange: ResultChange): ReaderState => ({ ...s, tools: { ...resultTools(s), lastChange } });

addReducers({
  'toggle-shown': (s, a) => {
    const hidden = toggled(hiddenParties(s), a.party);
    return changed({ ...s, hiddenParties: new Map(s.hiddenParties).set(s.gemeente, hidden) }, { kind: 'party', party: a.party, on: !hidden.has(a.party) });
  },
  'tune-answer': (s, a) =>
    s.screen.name === 'result'
      ? changed(withAnswer(s, a.statement, (u) => ({ ...u, answer: a.answer })), { kind: 'answer', statement: a.statement, answer: a.answer })
      : s,
  'tune-important': (s, a) => {
    if (s.screen.name !== 'result') return s;
    const next = withAnswer(s, a.statement, (u) => ({ ...u, important: !u.important }));
    return changed(next, { kind: 'important', statement: a.statement, on: !!currentAnswers(next).get(a.statement)?.important });
  },
  'toggle-side': (s, a) => {
    const tools = resultTools(s);
    const { sideBySide } = tools;
    // Taking one out empties the live region, so that reaching the limit again is said again.
    if (sideBySide.includes(a.party)) return { ...s, tools: { ...tools, sideBySide: sideBySide.filter((id) => id !== a.party), lastChange: undefined } };
    if (sideBySide.length >= maxSideBySide) return s;
    const next = [...sideBySide, a.party];
    return { ...s, tools: { ...tools, sideBySide: next, ...(next.length === maxSideBySide && { lastChange: { kind: 'side-full' } }) } };
  },
});
