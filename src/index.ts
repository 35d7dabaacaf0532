/** Bundle entry: registers `<stemhulp-widget>` and exports the pieces a host may need. */
import { define } from './define.js';

export { define, VERSION } from './define.js';
export { StemhulpWidget } from './element/stemhulp-widget.js';
export { StemhulpCompleteEvent, type StemhulpCompleteDetail, type StemhulpResult } from './element/events.js';
export type { UserAnswer, PartyScore } from './core/match.js';
export type * from './core/types.js';

define();
