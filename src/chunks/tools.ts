/**
 * The lazy "tools" chunk: the result's tools (the party choice, tuning, side by side), and
 * their state slice, injected into the state as the chunk loads.
 */
export * from '../ui/tools/tools.js';
export { toolsSlice as slice } from '../state/tools.js';
