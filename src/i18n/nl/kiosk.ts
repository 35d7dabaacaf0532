import type { KioskStrings } from '../part-types.js';

/** Kiosk mode's words in Dutch: in the kiosk chunk (src/i18n/kiosk.ts). */
export const kiosk: KioskStrings = {
  question: 'Ben je er nog?',
  countdown: (n: number) => `Over ${n} ${n === 1 ? 'seconde' : 'seconden'} wissen we alle antwoorden en begint de stemhulp opnieuw.`,
  continue: 'Ga verder',
};
