import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in Dutch: in the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'Lees voor',
  stop: 'Stop met voorlezen',
};
