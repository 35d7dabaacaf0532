/**
 * Kiosk mode's inactivity timer: after `idleMs` without activity it asks "Ben je er
 * nog?" for `graceMs`, counting down in whole seconds, then expires. Pure of the DOM;
 * the clock is injected so tests run it without waiting.
 */

/** The timer functions the controller uses; the page's own by default. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as number),
};

export type IdlePhase =
  | { kind: 'active' }
  /** Seconds left before everything is cleared, rounded up: 20 … 1. */
  | { kind: 'asking'; secondsLeft: number }
  | { kind: 'expired' };

/** Where a timer stands after `idleFor` ms without activity. */
export function idlePhase(idleFor: number, idleMs: number, graceMs: number): IdlePhase {
  if (idleFor < idleMs) return { kind: 'active' };
  const left = idleMs + graceMs - idleFor;
  return left > 0 ? { kind: 'asking', secondsLeft: Math.ceil(left / 1000) } : { kind: 'expired' };
}

/** The countdown after the idle time, in seconds. */
export const KIOSK_GRACE_SECONDS = 20;

/**
 * Calls `onChange` when the phase changes and on each second of the countdown.
 * Started, it runs until `stop()`; after expiry it waits for the next `activity()`.
 */
export class IdleTimer {
  private last = 0;
  private handle: unknown;
  private phase: IdlePhase = { kind: 'active' };
  private running = false;

  constructor(
    private readonly idleMs: number,
    private readonly graceMs: number,
    private readonly onChange: (phase: IdlePhase) => void,
    private readonly clock: Clock = realClock,
  ) {}

  start() {
    this.running = true;
    this.activity();
  }

  stop() {
    this.running = false;
    this.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** Someone touched, typed or scrolled: the idle time starts again. */
  activity() {
    if (!this.running) return;
    this.last = this.clock.now();
    this.tick();
  }

  private tick = () => {
    this.clock.clearTimeout(this.handle);
    this.handle = undefined;
    const idleFor = this.clock.now() - this.last;
    const next = idlePhase(idleFor, this.idleMs, this.graceMs);
    const prev = this.phase;
    this.phase = next;
    if (next.kind !== prev.kind || (next.kind === 'asking' && prev.kind === 'asking' && next.secondsLeft !== prev.secondsLeft)) {
      this.onChange(next);
    }
    if (!this.running || next.kind === 'expired') return;
    // Wake at the next whole second of the countdown, or when the idle time runs out.
    const wait = next.kind === 'active' ? this.idleMs - idleFor : (this.idleMs + this.graceMs - idleFor) % 1000 || 1000;
    this.handle = this.clock.setTimeout(this.tick, wait);
  };
}
