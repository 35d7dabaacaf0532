/** The lazy "card" chunk: the printed stemkaart, fetched only when the reader prints. */
export * from '../ui/card/card.js';
