/**
 * The Tigrinya chunk (`ti` in the build), loaded by src/i18n/index.ts only for readers who
 * read Tigrinya: everything Tigrinya says on the journey. A DRAFT translation (concept) made
 * by the development team, not yet checked by a native speaker. The words of the tools, kiosk mode, the card, *Mag ik
 * stemmen?* and *Lees voor* are its parts chunk (`parts.ts`, written by scripts/i18n-tables.mjs),
 * which those chunks fetch only when a reader opens one.
 */
export { strings } from './ui.js';
export { extras } from './share.js';
export { glossary } from './glossary.js';
export { keyPoints } from './key-points.js';
