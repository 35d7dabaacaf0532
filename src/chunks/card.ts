/** The lazy "card" chunk: the printed stemkaart, fetched only when the reader prints. */
export * from '../ui/card/card.js';

/** The parts chunks: its words in a language other than Dutch are that language's, which the element loads before it draws it (lazy.ts). */
export { words } from '../i18n/card.js';
