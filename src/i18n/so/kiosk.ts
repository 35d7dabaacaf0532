import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in Somali: a DRAFT translation (concept), not yet checked by a native speaker. In the kiosk chunk (src/i18n/kiosk.ts). After a number Somali keeps the noun singular. */
export const kiosk: KioskStrings = {
  question: 'Weli ma joogtaa?',
  countdown: (n) => `${n} ilbiriqsi kadib, jawaabaha oo dhan waa la tirtirayaa, hagaha codbixintuna dib buu u bilaabanayaa.`,
  continue: 'Sii wad',
};
