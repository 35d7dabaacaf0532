/**
 * The share link's slice: a result opened from a link, and a link of ours that could not
 * be read. Pure; it travels in the link chunk (which sends these) and is injected as that loads.
 */
import type { Answers, ReaderState } from './reader.js';

export const linkSlice = {
  reducers: {
    /** Opened from a share link: that gemeente, those answers (already checked against its data), the result. */
    restore: (s: ReaderState, a: { gemeente: string; answers: Answers; hidden: ReadonlySet<string> }): ReaderState => ({
      ...s,
      screen: { name: 'result' },
      gemeente: a.gemeente,
      answers: new Map(s.answers).set(a.gemeente, a.answers),
      hiddenParties: new Map(s.hiddenParties).set(a.gemeente, a.hidden),
      openParties: new Set(),
      shared: a.answers,
      // Like every action of the main file's, it ends what `Opnieuw beginnen` kept for undoing.
      undo: undefined,
    }),
    /** Read from the page address: whether it holds a link of ours that cannot be read (the notice on the start screen). */
    'bad-link': (s: ReaderState, a: { bad: boolean }): ReaderState => (!s.badLink === !a.bad ? s : { ...s, badLink: a.bad }),
  },
};
