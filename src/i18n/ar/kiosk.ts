import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in Arabic (draft, to be checked by a native speaker): in the kiosk chunk (src/i18n/kiosk.ts). */
export const kiosk: KioskStrings = {
  question: 'هل ما زلت هنا؟',
  countdown: (n) => `بعد ${n} ثانية نمسح كل الإجابات ويبدأ دليل التصويت من جديد.`,
  continue: 'متابعة',
};
