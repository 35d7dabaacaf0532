// What WordPress's pages (and the test's own attack scripts) put on `window`, for the type
// check of the functions this test runs in the page (tsconfig.scripts.json).
declare global {
  interface Window {
    /** WordPress's editor API (wp.data, wp.blocks, …). */
    wp: any;
    /** Set by a <script> the test tries to smuggle into a post: must stay undefined. */
    unfiltered?: unknown;
    /** Counts runs of the attacker's script (aanval/aanval.js): must stay undefined. */
    stemhulpAanval?: number;
  }
}
export {};
