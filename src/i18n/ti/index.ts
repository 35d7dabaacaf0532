/**
 * The Tigrinya chunk (`ti` in the build), loaded by src/i18n/index.ts only for readers who
 * read Tigrinya: everything Tigrinya says on the journey. A DRAFT translation (concept) made
 * by the development team, not yet checked by a native speaker. The tools', kiosk's and
 * card's words stay in those chunks (src/i18n/tools.ts, kiosk.ts, card.ts), for the few who get there.
 */
export { strings } from './ui.js';
export { extras } from './share.js';
export { glossary } from './glossary.js';
export { keyPoints } from './key-points.js';
