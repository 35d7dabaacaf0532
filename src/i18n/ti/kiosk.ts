import type { KioskStrings } from '../part-types.js';

/**
 * Kiosk mode's words in Tigrinya: a DRAFT translation (concept), not yet checked by a native
 * speaker. In the kiosk chunk (src/i18n/kiosk.ts). A count takes the singular noun in
 * Tigrinya (ሰከንድ), so one form serves every number.
 */
export const kiosk: KioskStrings = {
  question: 'ገና ኣብዚ ኣለኹም ዶ?',
  countdown: (n) => `ድሕሪ ${n} ሰከንድ ኩሎም መልስታት ክድምሰሱ እዮም፣ መሐገዚ ምርጫ ድማ ካብ መጀመርታ ክጅምር እዩ።`,
  continue: 'ቀጽሉ',
};
