import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in Persian (Dari and Farsi): a DRAFT translation (concept), not yet checked by a native speaker. In the kiosk chunk (src/i18n/kiosk.ts). */
export const kiosk: KioskStrings = {
  question: 'هنوز اینجا هستید؟',
  // A Persian noun stays singular after a number: no plural branch.
  countdown: (n) => `تا ${n} ثانیه دیگر همه پاسخ‌ها پاک می‌شوند و راهنمای رأی‌دهی از نو شروع می‌شود.`,
  continue: 'ادامه',
};
