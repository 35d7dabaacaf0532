/**
 * The lazy "vote" chunk, loaded when a reader opens *Mag ik stemmen?* on the start screen:
 * the check (src/ui/vote/vote.ts), given the element's contract, of which it uses a part.
 */
import type { ExtrasDeps, ExtrasHost } from './contract.js';
import { Runtime as Vote } from '../ui/vote/vote.js';

export { styles } from '../ui/vote/vote.js';

/** The check's runtime as the element makes it: with the whole contract, of which the view takes only what it names. */
export const Runtime: new (host: ExtrasHost, deps: ExtrasDeps) => Vote = Vote;

/** The parts chunks: its words in a language other than Dutch are that language's, which the element loads before it draws it (lazy.ts). */
export { words } from '../i18n/vote.js';
