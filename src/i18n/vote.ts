import type { VoteStrings } from './part-types.js';
// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.
import { vote as nl } from './nl/vote.js';
import { vote as en } from './en/vote.js';
import { vote as ar } from './ar/vote.js';
import { vote as uk } from './uk/vote.js';
import { vote as so } from './so/vote.js';
import { vote as fa } from './fa/vote.js';
import { vote as ti } from './ti/vote.js';
const all = { nl, en, ar, uk, so, fa, ti };
// End of the languages.

/**
 * *Mag ik stemmen?*'s words in every UI language, written from the registry (above). Only the
 * vote chunk imports this: few readers open the check, so no language chunk carries them for all.
 */
export const voteStrings: Record<string, VoteStrings> & { nl: VoteStrings } = all;
