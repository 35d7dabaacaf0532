import type { KeyPointText } from './types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { keyPoints as en } from './en/key-points.js';
import { keyPoints as ar } from './ar/key-points.js';
import { keyPoints as uk } from './uk/key-points.js';
import { keyPoints as so } from './so/key-points.js';
import { keyPoints as fa } from './fa/key-points.js';
import { keyPoints as ti } from './ti/key-points.js';
const all = { en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * The bundled speerpunten's translations in every UI language but Dutch (the index's own key
 * points carry theirs), written from the registry (above). Only the party form's bundle
 * imports this: one page that an invited party opens a few times, so all of them travel in it
 * (about 1.5 KB each) rather than a chunk per language beside the page.
 */
export const formKeyPoints: Record<string, Record<string, KeyPointText>> = all;
