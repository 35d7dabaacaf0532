import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in Persian (Dari and Farsi): a DRAFT translation (concept), not yet checked by a native speaker. In the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'خواندن با صدای بلند',
  stop: 'توقف خواندن',
};
