import type { FormStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { form as nl } from './nl/form.js';
import { form as en } from './en/form.js';
import { form as ar } from './ar/form.js';
import { form as uk } from './uk/form.js';
import { form as so } from './so/form.js';
import { form as fa } from './fa/form.js';
import { form as ti } from './ti/form.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * The party form's words in every UI language, written from the registry (above). Only the
 * form's bundle (dist/partijformulier.js) imports this: no chunk of the widget carries them.
 */
export const formStrings: Record<string, FormStrings> & { nl: FormStrings } = all;
