/**
 * The Persian chunk (`fa` in the build; also `fa-AF`, `prs`), for Dari and Farsi readers: a
 * DRAFT translation (concept) made by the development team, not yet checked by a native
 * speaker. Loaded by src/i18n/index.ts only for readers who read Persian: everything Persian
 * says on the journey. The tools', kiosk's and card's words stay in those chunks
 * (src/i18n/tools.ts, kiosk.ts, card.ts), for the few who get there.
 */
export { strings } from './ui.js';
export { extras } from './share.js';
export { glossary } from './glossary.js';
export { keyPoints } from './key-points.js';
