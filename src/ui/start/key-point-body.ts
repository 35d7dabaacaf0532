import { bundledBodies } from '../../core/bundled-key-point-bodies.js';
import { paragraphs } from '../common/common.js';

/** A bundled speerpunt's full text, as paragraphs (the key-points chunk's one view). */
export const keyPointBody = (id: string, lang: string) => paragraphs(bundledBodies[id], lang);
