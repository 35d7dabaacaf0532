import type { CardStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { card as nl } from './nl/card.js';
import { card as en } from './en/card.js';
import { card as ar } from './ar/card.js';
import { card as uk } from './uk/card.js';
import { card as so } from './so/card.js';
import { card as fa } from './fa/card.js';
import { card as ti } from './ti/card.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * The printed card's own words in every UI language, written from the registry (above). Only
 * the card chunk imports this: printing is rare, so no language chunk carries them for every reader.
 */
export const cardStrings: Record<string, CardStrings> & { nl: CardStrings } = all;
