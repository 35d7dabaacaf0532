import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in Somali: a DRAFT translation (concept), not yet checked by a native speaker. In the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'Kor u akhri',
  stop: 'Jooji kor u akhrinta',
};
