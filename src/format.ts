/**
 * The data format alone: types, validation, text lookup and scoring. Imports nothing from
 * the DOM or Lit, so Node tools (the validator, the spreadsheet import) and a newspaper's
 * server use the same rules as the widget. Published as `stemhulp-widget/format`.
 */
import type { KeyPoint, Party, Statement } from './core/types.js';
import { partyVerdict } from './core/verdict.js';
import { bundledKeyPoints as titles } from './core/bundled-key-points.js';
import { withBodies } from './core/bundled-key-point-bodies.js';

export { validateIndex, validateMunicipalityFile, normaliseAnswer } from './core/validate.js';
export { depthProblem, jsonDepth, MAX_DEPTH } from './core/json-depth.js';
export { pick, localise } from './core/text.js';
export { matchParties, partyScore, points, percent, type UserAnswer, type PartyScore } from './core/match.js';
export { verdictOf, verdictScore, partyVerdict, verdictTable, type VerdictOf, type VerdictTable, type PartyVerdict, type VerdictCell } from './core/verdict.js';
export type * from './core/types.js';

/** The bundled speerpunten, with their full texts (the widget's main file has only their titles and summaries). */
export const bundledKeyPoints: readonly KeyPoint[] = withBodies(titles);

/**
 * @deprecated The old name of the verdict per key point: use `partyVerdict(…).cells`, which
 * also lists the key points without a verdict (`score` undefined). Removed in 0.3.0.
 */
export function friendliness(statements: readonly Statement[], keyPoints: readonly KeyPoint[], party: Party) {
  return partyVerdict(statements, keyPoints, party).cells.flatMap(({ keyPoint, score }) => (score === undefined ? [] : [{ keyPoint, score }]));
}
