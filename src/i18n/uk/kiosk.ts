import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in Ukrainian: a DRAFT translation (concept), not yet checked by a native speaker. In the kiosk chunk (src/i18n/kiosk.ts). */

/** "Через 1 секунду / 3 секунди / 10 секунд": the Ukrainian plural after a number (accusative). */
const seconds = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'секунду' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'секунди' : 'секунд');

export const kiosk: KioskStrings = {
  question: 'Ви ще тут?',
  countdown: (n) => `Через ${n} ${seconds(n)} ми зітремо всі відповіді, і помічник виборця почнеться заново.`,
  continue: 'Продовжити',
};
