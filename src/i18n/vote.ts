import { partFor } from './index.js';
import { vote as nl } from './nl/vote.js';
import type { VoteStrings } from './part-types.js';
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
 * *Mag ik stemmen?*'s words for a UI language (a value of `uiLanguage`). Only the vote chunk imports this
 * (few readers open the check), so the Dutch words travel there; another language's come in its parts chunk
 * (src/i18n/<lang>/parts.ts), loaded before the vote chunk is drawn in it (`loadLanguage(lang, words)`).
 * A language file's words go over them (i18n/own.ts, `partFor`).
 */
export const voteStrings = (lang: string): VoteStrings => partFor('vote', nl, lang);
