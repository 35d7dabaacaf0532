import { base } from './base.styles.js';
import { tokens } from './tokens.styles.js';
import { home } from '../start/home.styles.js';

/**
 * The sheets in the main chunk, in cascade order. A lazy view brings its own sheet
 * (see `lazy.ts`): the quiz's and the result's rules come with their views.
 * `.row select` has `min-inline-size: 0`, else the longest gemeente name sets its width.
 */
export const styles = [tokens, base, home];
