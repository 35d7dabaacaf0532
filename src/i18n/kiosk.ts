import { kiosk as ar } from './ar/kiosk.js';
import { kiosk as en } from './en/kiosk.js';
import { kiosk as nl } from './nl/kiosk.js';
import type { KioskStrings } from './types.js';

/**
 * Kiosk mode's words in every UI language, one line per language. Only the kiosk chunk
 * imports this: stands use them, no language chunk carries them for every other reader.
 */
export const kioskStrings: Record<string, KioskStrings> & { nl: KioskStrings } = { nl, en, ar };
