import { vote as ar } from './ar/vote.js';
import { vote as en } from './en/vote.js';
import { vote as nl } from './nl/vote.js';
import type { VoteStrings } from './types.js';

/**
 * *Mag ik stemmen?*'s words in every UI language, one line per language. Only the vote
 * chunk imports this: few readers open the check, so no language chunk carries them for all.
 */
export const voteStrings: Record<string, VoteStrings> & { nl: VoteStrings } = { nl, en, ar };
