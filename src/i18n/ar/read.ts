import type { ReadStrings } from '../part-types.js';

/** *Lees voor* in Arabic (draft, to be checked by a native speaker): in the read chunk (src/i18n/read.ts). */
export const read: ReadStrings = {
  read: 'اقرأ بصوت عالٍ',
  stop: 'أوقف القراءة',
};
