/**
 * The lazy "result" chunk: the result screen, and the state's result slice (`Opnieuw
 * beginnen` with its undo, the disclosures), injected into the state as the chunk loads.
 */
export * from '../ui/result/result.js';
export { resultSlice as slice } from '../state/result.js';
