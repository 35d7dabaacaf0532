import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in English: in the kiosk chunk (src/i18n/kiosk.ts). */
export const kiosk: KioskStrings = {
  question: 'Are you still there?',
  countdown: (n) => `In ${n} ${n === 1 ? 'second' : 'seconds'} all answers will be cleared and the voting aid starts again.`,
  continue: 'Continue',
};
