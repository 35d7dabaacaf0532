import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in English: in the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'Read aloud',
  stop: 'Stop reading aloud',
};
