import { card as ar } from './ar/card.js';
import { card as en } from './en/card.js';
import { card as nl } from './nl/card.js';
import type { CardStrings } from './types.js';

/**
 * The printed card's own words in every UI language, one line per language. Only the card
 * chunk imports this: printing is rare, so no language chunk carries them for every reader.
 */
export const cardStrings: Record<string, CardStrings> & { nl: CardStrings } = { nl, en, ar };
