// Written by scripts/i18n-tables.mjs (`npm run build` runs it); do not edit. The words of the
// parts few readers open, this language's chunk of them: fetched only when a reader opens one
// in this language (the `words` of src/i18n/tools.ts and the others). The part chunks carry only Dutch.
export { tools } from './tools.js';
export { kiosk } from './kiosk.js';
export { card } from './card.js';
export { vote } from './vote.js';
export { read } from './read.js';
