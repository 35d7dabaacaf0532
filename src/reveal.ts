import type { ReactiveControllerHost } from 'lit';
import { yieldToMain } from './yield.js';

/** Items of a list drawn in the task that shows it (a phone's screenful, under the heading that takes focus), and per task after it. */
const FIRST = 4;
const STEP = 8;

/**
 * Long lists drawn over several tasks: the first items of a list in the task that shows
 * it, then more after each yield, so no task blocks the host page for long (a long task
 * counts against its Total Blocking Time and delays the reader's next tap). Each list has
 * a key; a render that does not draw a list (another screen, a comparison closed) starts
 * that list over. A controller of closures rather than a class: the main file has no bytes to spare.
 */
export function reveal(host: ReactiveControllerHost) {
  const shown = new Map<string, number>();
  let asked = new Set<string>();
  let next: Promise<void> | undefined;
  host.addController({
    hostUpdated() {
      shown.forEach((_, key) => asked.has(key) || shown.delete(key));
      asked = new Set();
    },
  });
  return {
    /** How many of the `total` items of list `key` to draw in this render; the rest follow, `STEP` per task. */
    take(key: string, total: number): number {
      asked.add(key);
      const n = shown.get(key) ?? FIRST;
      shown.set(key, n);
      if (n >= total) return total;
      next ??= yieldToMain().then(() => {
        next = undefined;
        shown.forEach((m, k) => shown.set(k, m + STEP));
        host.requestUpdate();
      });
      return n;
    },
    /** Resolves once every item asked for is drawn: the host's `updateComplete` waits for it. */
    async settled(update: () => Promise<boolean>): Promise<boolean> {
      await update();
      while (next) {
        await next;
        await update();
      }
      return update();
    },
  };
}
