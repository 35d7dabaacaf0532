/**
 * The lazy "key-points" chunk: the bundled speerpunten's full texts behind "Lees meer"
 * (src/core/bundled-key-point-bodies.ts), requested as the start screen first shows them
 * in Dutch, so the main file carries only their titles and summaries.
 */
export { keyPointBody } from '../ui/start/key-point-body.js';
