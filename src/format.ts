/**
 * The data format alone: types, validation, text lookup and scoring. Imports nothing from
 * the DOM or Lit, so Node tools (the validator, the spreadsheet import) and a newspaper's
 * server use the same rules as the widget. Published as `stemhulp-widget/format`.
 */
export { validateIndex, validateMunicipalityFile, normaliseAnswer } from './data/validate.js';
export { pick, localise } from './data/text.js';
export { bundledKeyPoints } from './data/bundled-key-points.js';
export { matchParties, partyScore, points, percent, type UserAnswer, type PartyScore } from './match.js';
export { friendliness, verdictScore, partyVerdict, verdictTable, type VerdictTable, type PartyVerdict, type VerdictCell } from './verdict.js';
export type * from './data/types.js';
