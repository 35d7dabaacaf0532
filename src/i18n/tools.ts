import { partFor } from './index.js';
import { tools as nl } from './nl/tools.js';
import type { ToolStrings } from './part-types.js';
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
 * The result's tools' strings for a UI language (a value of `uiLanguage`). Only the tools chunk
 * imports this, so their Dutch words travel there; another language's come in its parts chunk
 * (src/i18n/<lang>/parts.ts), which the element loads before it draws the tools in it
 * (`loadLanguage(lang, words)`). Dutch while they are not there, or after they failed (README, Translating).
 * A language file's words go over them (i18n/own.ts, `partFor`).
 */
export const toolStrings = (lang: string): ToolStrings => partFor('tools', nl, lang);
