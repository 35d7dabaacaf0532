import { partFor } from './index.js';
import { card as nl } from './nl/card.js';
import type { CardStrings } from './part-types.js';
import type { PartsChunks } from './types.js';

/**
 * Each language's parts chunk (src/i18n/<lang>/parts.ts): the element loads the reader's before it
 * draws this chunk in a language other than Dutch (`loadLanguage(lang, words)`, lazy.ts).
 */
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
export const words: PartsChunks = {
  en: () => import('./en/parts.js'),
  ar: () => import('./ar/parts.js'),
  uk: () => import('./uk/parts.js'),
  so: () => import('./so/parts.js'),
  fa: () => import('./fa/parts.js'),
  ti: () => import('./ti/parts.js'),
};
// End of the languages.

/**
 * The printed card's own words for a UI language (a value of `uiLanguage`). Only the card chunk imports this
 * (printing is rare), so the Dutch words travel there; another language's come in its parts chunk
 * (src/i18n/<lang>/parts.ts), loaded before the card chunk is drawn in it (`loadLanguage(lang, words)`).
 * A language file's words go over them (i18n/own.ts, `partFor`).
 */
export const cardStrings = (lang: string): CardStrings => partFor('card', nl, lang);
