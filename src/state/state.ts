/**
 * The reader state's one way to change, `update(state, action)`, over its slices: the
 * main file's (journey.ts) from the start, and a chunk's (result.ts, tools.ts, link.ts)
 * once that chunk has loaded and its slice is injected (src/element/lazy.ts). An action
 * whose slice is not there yet waits for it (`whenKnown`), never dropped.
 *
 * A new feature adds its fields to `ReaderState` (reader.ts) and a slice with its
 * reducers; its actions join `Action` here; the element only dispatches.
 */
import { journey } from './journey.js';
import type { ActionsOf, ReaderState, Reducers, Slice } from './reader.js';
import type { linkSlice } from './link.js';
import type { resultSlice } from './result.js';
import type { toolsSlice } from './tools.js';

export * from './reader.js';

/** Every action, read off the slices' reducers. */
export type Action = ActionsOf<typeof journey.reducers> | ActionsOf<typeof resultSlice.reducers> | ActionsOf<typeof toolsSlice.reducers> | ActionsOf<typeof linkSlice.reducers>;

const own: Partial<Reducers> = journey.reducers;
/** The chunks' slices that have arrived: one page loads a chunk once, for every widget on it. */
const injected: Partial<Reducers> = {};
/** Actions that wait for their slice, each as the call that applies it. */
const waiting: (() => void)[] = [];

/** Adds a chunk's slice; the actions that waited for a slice are tried again, in the order sent. */
export function inject(slice: Slice) {
  Object.assign(injected, slice.reducers);
  for (const apply of waiting.splice(0)) apply();
}

/** Calls `apply` now if `a`'s slice is there, else as soon as it is injected. */
export function whenKnown(a: Action, apply: () => void) {
  if (a.type in own || a.type in injected) apply();
  else waiting.push(() => whenKnown(a, apply));
}

/**
 * The next state. `Ongedaan maken` stays until the reader does anything else, whatever
 * it is (no timer that takes it away unannounced); then the answers are really gone.
 * A chunk's slice decides about it itself (`restart-with-undo` keeps it, `undo` uses it);
 * every action of the main file's drops it. An action whose slice is not there changes
 * nothing: the element dispatches through `whenKnown`.
 */
export function update(s: ReaderState, a: Action): ReaderState {
  const main = own[a.type];
  const n = (main ?? injected[a.type])?.(s, a) ?? s;
  return main && n.undo ? { ...n, undo: undefined } : n;
}
