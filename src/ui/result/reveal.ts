import type { ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../../lib/yield.js';

/**
 * Resolves after the next frame is painted (a frame callback, then a task), or after 100 ms
 * when no frame comes (a hidden page): a slice drawn right after a yield would often run
 * before the browser paints, and the reader would see the first items only with the last.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => yieldToMain().then(resolve));
    setTimeout(resolve, 100);
  });

/** Items of a list drawn in the task that shows it (a phone's screenful, under the heading that takes focus), and per task after it. */
const FIRST = 4;
const STEP = 8;

/**
 * Long lists drawn over several tasks: the first items of a list in the task that shows
 * it, then more after each painted frame, so no task blocks the host page for long (a long task
 * counts against its Total Blocking Time and delays the reader's next tap). Each list has
 * a key; a render that does not draw a list (another screen, a comparison closed) starts
 * that list over. Lives in the result chunk, made for a widget when its first result is drawn.
 */
function reveal(host: ReactiveControllerHost) {
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
      next ??= afterPaint().then(() => {
        next = undefined;
        shown.forEach((m, k) => shown.set(k, m + STEP));
        host.requestUpdate();
      });
      return n;
    },
    /** The next slice, while some list still has items to come. */
    pending: () => next,
  };
}

const reveals = new WeakMap<ReactiveControllerHost, ReturnType<typeof reveal>>();

/** The widget's reveal, made (and added as its controller) on first use. */
export function revealFor(host: ReactiveControllerHost) {
  let r = reveals.get(host);
  if (!r) reveals.set(host, (r = reveal(host)));
  return r;
}

/** The widget's next slice, while one of its lists is still coming in slices (its `updateComplete` waits for it). */
export const pending = (host: ReactiveControllerHost) => reveals.get(host)?.pending();
