import type { KioskStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { kiosk as nl } from './nl/kiosk.js';
import { kiosk as en } from './en/kiosk.js';
import { kiosk as ar } from './ar/kiosk.js';
import { kiosk as uk } from './uk/kiosk.js';
import { kiosk as so } from './so/kiosk.js';
import { kiosk as fa } from './fa/kiosk.js';
import { kiosk as ti } from './ti/kiosk.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * Kiosk mode's words in every UI language, written from the registry (above). Only the kiosk
 * chunk imports this: stands use them, no language chunk carries them for every other reader.
 */
export const kioskStrings: Record<string, KioskStrings> & { nl: KioskStrings } = all;
