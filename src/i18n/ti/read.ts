import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in Tigrinya: a DRAFT translation (concept), not yet checked by a native speaker. In the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'ብድምጺ ምንባብ',
  stop: 'ብድምጺ ምንባብ ኣቋርጹ',
};
