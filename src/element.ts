/**
 * The element class without registering it: for a host that picks its own tag
 * (`customElements.define('mijn-stemhulp', class extends StemhulpWidget {})`) or a
 * framework that registers elements itself. Published as `stemhulp-widget/element`.
 */
export { StemhulpWidget } from './element/stemhulp-widget.js';
export { StemhulpCompleteEvent, type StemhulpCompleteDetail, type StemhulpResult } from './element/events.js';
export type * from './core/types.js';
