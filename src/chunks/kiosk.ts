/**
 * The lazy "kiosk" chunk, loaded only with the `kiosk` attribute: the idle timer and its
 * question (src/ui/kiosk/kiosk.ts), given the element's contract, of which it uses a part.
 */
import type { ExtrasDeps, ExtrasHost } from './contract.js';
import { Runtime as Kiosk } from '../ui/kiosk/kiosk.js';

export { styles } from '../ui/kiosk/kiosk.js';

/** The kiosk's runtime as the element makes it: with the whole contract, of which the view takes only what it names. */
export const Runtime: new (host: ExtrasHost, deps: ExtrasDeps) => Kiosk = Kiosk;

/** The parts chunks: its words in a language other than Dutch are that language's, which the element loads before it draws it (lazy.ts). */
export { words } from '../i18n/kiosk.js';
