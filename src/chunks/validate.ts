/**
 * The lazy "validate" chunk: the data format's checks, most of what the main file would
 * weigh otherwise, requested beside the first data file (src/data/load.ts says how).
 */
export * from '../core/validate.js';
