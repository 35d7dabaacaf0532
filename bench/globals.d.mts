// What the bench's pages put on `window` (bench/probe.js), for the type check of the
// functions the driver runs in the page (tsconfig.scripts.json).
declare global {
  interface Window {
    /** bench/probe.js: layout shifts, long tasks, frames, the last keydown and `when(check)`. */
    __bench: Record<string, any>;
    /** bench/run.mjs: the pending time from a key press to its frame. */
    __typed?: Promise<number>;
  }
}
export {};
