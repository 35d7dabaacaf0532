/**
 * The lazy "read" chunk, loaded once a voice speaks the language shown: *Lees voor*
 * (src/ui/read/read.ts), given the element's contract, of which it uses a part.
 */
import type { ExtrasDeps, ExtrasHost } from './contract.js';
import { Runtime as Read } from '../ui/read/read.js';

export { styles } from '../ui/read/read.js';

/** The button's runtime as the element makes it: with the whole contract. */
export const Runtime: new (host: ExtrasHost, deps: ExtrasDeps) => Read = Read;

/** The parts chunks: its words in a language other than Dutch are that language's, which the element loads before it draws it (lazy.ts). */
export { words } from '../i18n/read.js';
