import { form as ar } from './ar/form.js';
import { form as en } from './en/form.js';
import { form as nl } from './nl/form.js';
import type { FormStrings } from './types.js';

/**
 * The party form's words in every UI language, one line per language. Only the form's
 * bundle (dist/partijformulier.js) imports this: no chunk of the widget carries them.
 */
export const formStrings: Record<string, FormStrings> & { nl: FormStrings } = { nl, en, ar };
