import type { ReadStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { read as nl } from './nl/read.js';
import { read as en } from './en/read.js';
import { read as ar } from './ar/read.js';
import { read as uk } from './uk/read.js';
import { read as so } from './so/read.js';
import { read as fa } from './fa/read.js';
import { read as ti } from './ti/read.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * *Lees voor*'s words in every UI language, written from the registry (above). Only the
 * read chunk imports this: the button shows only where a voice speaks the language.
 */
export const readStrings: Record<string, ReadStrings> & { nl: ReadStrings } = all;
