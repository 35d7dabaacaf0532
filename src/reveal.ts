import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from './yield.js';

/**
 * A long list drawn over several tasks: the first items in the task that shows the
 * screen (what fits on a phone, and the heading that takes focus), then more after each
 * yield, so no task blocks the host page for long (a long task counts against its Total
 * Blocking Time and delays the reader's next tap). A render that does not ask (another
 * screen) starts the list over for the next time it is shown.
 */
export class Reveal implements ReactiveController {
  private shown: number;
  private asked = false;
  private next?: Promise<void>;
  /** Counts the starts over: a slice asked for before one is not drawn after it. */
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly step: number,
  ) {
    this.shown = first;
    host.addController(this);
  }

  /** How many of `total` items to draw in this render; the rest follow, `step` per task. */
  take(total: number): number {
    this.asked = true;
    if (this.shown < total && !this.next) {
      const run = this.run;
      this.next = yieldToMain().then(() => {
        if (run !== this.run) return;
        this.next = undefined;
        this.shown += this.step;
        this.host.requestUpdate();
      });
    }
    return Math.min(this.shown, total);
  }

  hostUpdate() {
    this.asked = false;
  }

  hostUpdated() {
    if (this.asked) return;
    this.shown = this.first;
    this.next = undefined;
    this.run++;
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
