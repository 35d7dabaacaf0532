/** Kiosk inactivity: the phases, the attribute, and the timer on a clock the test moves by hand. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { IdleTimer, idlePhase, type Clock, type IdlePhase } from '../../src/core/idle.js';
import { kioskSeconds } from '../../src/ui/kiosk/kiosk.js';

/** A clock whose time only moves when the test says so; due callbacks run in time order. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => (timers.set(nextId, { at: now + ms, fn }), nextId++),
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

const short = (p: IdlePhase) => (p.kind === 'asking' ? `asking ${p.secondsLeft}` : p.kind);

describe('idle phases', () => {
  it('active before the idle time, then a countdown in whole seconds, then expired', () => {
    expect(short(idlePhase(0, 3000, 20000))).to.equal('active');
    expect(short(idlePhase(2999, 3000, 20000))).to.equal('active');
    expect(short(idlePhase(3000, 3000, 20000))).to.equal('asking 20');
    expect(short(idlePhase(3001, 3000, 20000))).to.equal('asking 20');
    expect(short(idlePhase(4000, 3000, 20000))).to.equal('asking 19');
    expect(short(idlePhase(22999, 3000, 20000))).to.equal('asking 1');
    expect(short(idlePhase(23000, 3000, 20000))).to.equal('expired');
  });

  it('the kiosk attribute: absent is off, a number of seconds, anything else the default 120', () => {
    expect(kioskSeconds(null)).to.equal(undefined);
    expect(kioskSeconds(undefined)).to.equal(undefined);
    expect(kioskSeconds('')).to.equal(120);
    expect(kioskSeconds('3')).to.equal(3);
    expect(kioskSeconds(' 45 ')).to.equal(45);
    expect(kioskSeconds('1.5')).to.equal(1.5);
    for (const v of ['0', '-5', 'ja', '2m', 'NaN', 'Infinity']) expect(kioskSeconds(v), v).to.equal(120);
    expect(kioskSeconds('9999999')).to.equal(86400);
  });
});

describe('IdleTimer', () => {
  it('asks after the idle time, counts down every second, expires after the grace time, then sleeps', () => {
    const { clock, advance, pending } = fakeClock();
    const seen: string[] = [];
    const timer = new IdleTimer(3000, 20000, (p) => seen.push(short(p)), clock);
    timer.start();
    advance(2999);
    expect(seen).to.deep.equal([]);
    advance(1);
    expect(seen).to.deep.equal(['asking 20']);
    advance(19_999);
    expect(seen.length).to.equal(20);
    expect(seen.at(-1)).to.equal('asking 1');
    advance(1);
    expect(seen.at(-1)).to.equal('expired');
    expect(pending(), 'no timer left after expiry').to.equal(0);
    advance(60_000);
    expect(seen.length).to.equal(21);
  });

  it('activity restarts the idle time, also during the countdown; after expiry it starts a new round', () => {
    const { clock, advance } = fakeClock();
    const seen: string[] = [];
    const timer = new IdleTimer(3000, 20000, (p) => seen.push(short(p)), clock);
    timer.start();
    advance(2000);
    timer.activity();
    advance(2999);
    expect(seen).to.deep.equal([]);
    advance(2001);
    expect(seen).to.deep.equal(['asking 20', 'asking 19', 'asking 18']);
    timer.activity();
    expect(seen.at(-1)).to.equal('active');
    advance(23_000);
    expect(seen.at(-1)).to.equal('expired');
    timer.activity();
    expect(seen.at(-1)).to.equal('active');
    advance(3000);
    expect(seen.at(-1)).to.equal('asking 20');
  });

  it('stopped, it calls nothing and leaves no timer; activity while stopped does not start it', () => {
    const { clock, advance, pending } = fakeClock();
    const seen: string[] = [];
    const timer = new IdleTimer(3000, 20000, (p) => seen.push(short(p)), clock);
    timer.start();
    timer.stop();
    expect(pending()).to.equal(0);
    timer.activity();
    advance(60_000);
    expect(seen).to.deep.equal([]);
  });
});
