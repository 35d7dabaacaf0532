/**
 * The Arabic chunk (`ar` in the build), loaded by src/i18n/index.ts only for readers who
 * read Arabic: everything Arabic says on the journey. The words
 * of the tools, kiosk mode, the card, *Mag ik stemmen?* and *Lees voor* are its parts chunk (`parts.ts`,
 * written by scripts/i18n-tables.mjs), which those chunks fetch only when a reader opens one.
 *
 * Status: concept. A draft translation, not yet checked by a native speaker (README,
 * Languages). An organisation with one can correct it without a release: README, "Own your
 * translation" (`stemhulp-data vertaling export ar …` starts from these words).
 */
export { strings } from './ui.js';
export { extras } from './share.js';
export { glossary } from './glossary.js';
export { keyPoints } from './key-points.js';
