/** The lazy "verdict" chunk: the organisation's verdict per party, fetched once a gemeente is chosen. */
export * from '../ui/verdict/verdict.js';
export { verdictModels } from '../ui/verdict/model.js';
