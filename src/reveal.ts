import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from './yield.js';

/**
 * Long lists drawn over several tasks: the first items of a list in the task that shows
 * it (what fits on a phone, and the heading that takes focus), then more after each
 * yield, so no task blocks the host page for long (a long task counts against its Total
 * Blocking Time and delays the reader's next tap). Each list has a key; a render that
 * does not draw a list (another screen, a comparison closed) starts that list over.
 */
export class Reveal implements ReactiveController {
  private readonly shown = new Map<string, number>();
  private asked = new Set<string>();
  private next?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly step: number,
  ) {
    host.addController(this);
  }

  /** How many of the `total` items of list `key` to draw in this render; the rest follow, `step` per task. */
  take(key: string, total: number): number {
    this.asked.add(key);
    const shown = this.shown.get(key) ?? this.first;
    this.shown.set(key, shown);
    if (shown < total) {
      this.next ??= yieldToMain().then(() => {
        this.next = undefined;
        for (const [k, n] of this.shown) this.shown.set(k, n + this.step);
        this.host.requestUpdate();
      });
    }
    return Math.min(shown, total);
  }

  hostUpdate() {
    this.asked = new Set();
  }

  hostUpdated() {
    for (const key of this.shown.keys()) if (!this.asked.has(key)) this.shown.delete(key);
  }

  /** Resolves once every item asked for is drawn: the host's `updateComplete` waits for it. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.next) {
      await this.next;
      done = await update();
    }
    return done;
  }
}
