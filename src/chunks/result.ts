/**
 * The lazy "result" chunk: the result screen, its view model with the scoring (the
 * `stemhulp-complete` event's scores come from it) and its sheet, the undo notice, the
 * share chunk's verdicts,
 * the reveal's next slice, and the state's result slice (`Opnieuw beginnen` with its undo,
 * the disclosures), injected into the state as the chunk loads.
 */
export { resultScreen, styles, undoNotice } from '../ui/result/result.js';
export { resultModels } from '../ui/result/model.js';
export { pending } from '../ui/result/reveal.js';
export { verdictScore } from '../core/verdict.js';
export { resultSlice as slice } from '../state/result.js';
