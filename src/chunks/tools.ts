/**
 * The lazy "tools" chunk: the result's tools (the party choice, tuning, side by side), and
 * their state slice, injected into the state as the chunk loads.
 */
export * from '../ui/tools/tools.js';
export { toolsSlice as slice } from '../state/tools.js';

/** The parts chunks: its words in a language other than Dutch are that language's, which the element loads before it draws it (lazy.ts). */
export { words } from '../i18n/tools.js';
