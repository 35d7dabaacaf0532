/** Bundle entry: registers `<stemhulp-widget>` and exports the pieces a host may need. */
import { define } from './define.js';

export { define, VERSION } from './define.js';
export { StemhulpWidget } from './stemhulp-widget.js';
export { StemhulpCompleteEvent, type StemhulpCompleteDetail, type StemhulpResult } from './events.js';
export type { UserAnswer, PartyScore } from './match.js';
export type * from './data/types.js';

define();
