/**
 * The result tools' slice: the party choice, tuning in place, side by side. Pure; it
 * travels in the tools chunk and is injected as that loads. Each records the change
 * that re-ranks the parties, for the live region's sentence.
 */
import type { Answer } from '../core/types.js';
import { maxSideBySide } from '../core/compare.js';
import { currentAnswers, hiddenParties, resultTools, toggled, withAnswer, type ReaderState, type ResultChange } from './reader.js';

const changed = (s: ReaderState, lastChange: ResultChange): ReaderState => ({ ...s, tools: { ...resultTools(s), lastChange } });

export const toolsSlice = {
  reducers: {
    /** On the result: checks or unchecks a party under `Partijen`. */
    'toggle-shown': (s: ReaderState, a: { party: string }) => {
      const hidden = toggled(hiddenParties(s), a.party);
      return changed({ ...s, hiddenParties: new Map(s.hiddenParties).set(s.gemeente, hidden) }, { kind: 'party', party: a.party, on: !hidden.has(a.party) });
    },
    /** On the result: a new answer in place; the screen stays. */
    'tune-answer': (s: ReaderState, a: { statement: string; answer: Answer | 'skip' }) =>
      s.screen.name === 'result'
        ? changed(
            withAnswer(s, a.statement, (u) => ({ ...u, answer: a.answer })),
            { kind: 'answer', statement: a.statement, answer: a.answer },
          )
        : s,
    'tune-important': (s: ReaderState, a: { statement: string }) => {
      if (s.screen.name !== 'result') return s;
      const next = withAnswer(s, a.statement, (u) => ({ ...u, important: !u.important }));
      return changed(next, { kind: 'important', statement: a.statement, on: !!currentAnswers(next).get(a.statement)?.important });
    },
    /** Adds a party to the side-by-side table (refused past three) or takes it out. */
    'toggle-side': (s: ReaderState, a: { party: string }): ReaderState => {
      const tools = resultTools(s);
      const { sideBySide } = tools;
      // Taking one out empties the live region, so that reaching the limit again is said again.
      if (sideBySide.includes(a.party)) return { ...s, tools: { ...tools, sideBySide: sideBySide.filter((id) => id !== a.party), lastChange: undefined } };
      if (sideBySide.length >= maxSideBySide) return s;
      const next = [...sideBySide, a.party];
      return { ...s, tools: { ...tools, sideBySide: next, ...(next.length === maxSideBySide && { lastChange: { kind: 'side-full' } }) } };
    },
  },
};
