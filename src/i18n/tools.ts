import { partFor } from './index.js';
import type { ToolStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { tools as nl } from './nl/tools.js';
import { tools as en } from './en/tools.js';
import { tools as ar } from './ar/tools.js';
import { tools as uk } from './uk/tools.js';
import { tools as so } from './so/tools.js';
import { tools as fa } from './fa/tools.js';
import { tools as ti } from './ti/tools.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * The result's tools in every UI language, written from the registry (above). Only the tools
 * chunk imports this, so all of them travel there: a reader who opens a tool downloads the
 * tools' words, no language chunk carries them for readers who never do (README, Translating).
 */
const own: Record<string, ToolStrings> & { nl: ToolStrings } = all;

/** The tools' strings for a UI language (a value of `uiLanguage`), Dutch for any other; a language file's over them (i18n/own.ts). */
export const toolStrings = (lang: string): ToolStrings => partFor(own, 'tools', lang);

/** The languages with the tools' words: test/unit/languages.test.ts checks every language has them. */
export const toolLanguages = own;
