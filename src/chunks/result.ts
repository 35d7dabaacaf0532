/**
 * The lazy "result" chunk: the result screen and its sheet, the undo notice, the scoring the
 * element asks of it (the `stemhulp-complete` event's scores, the share chunk's verdicts),
 * the reveal's next slice, and the state's result slice (`Opnieuw beginnen` with its undo,
 * the disclosures), injected into the state as the chunk loads.
 */
export { resultScreen, styles, undoNotice } from '../ui/result/result.js';
export { pending } from '../ui/result/reveal.js';
export { matchParties } from '../core/match.js';
export { verdictOf, verdictScore } from '../core/verdict.js';
export { resultSlice as slice } from '../state/result.js';
