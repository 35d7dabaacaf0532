/**
 * Races: quick switching, double clicks, failures next to answers, and an element that
 * leaves and re-enters the page. Aborts are observed on the server (test/harness/server/middleware.mjs).
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, getByRole, queryByRole, serverLog, visibleText } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

const racesSrc = '/test/fixtures/races/index.json';

async function logged(key: string, entry: string, times = 1) {
  await waitUntil(async () => (await serverLog(key)).filter((e) => e === entry).length >= times, `server never logged "${entry}" ×${times} for ${key}`, {
    timeout: 4000,
    interval: 25,
  });
}

const make = (src = racesSrc) => fixture<StemhulpWidget>(html`<stemhulp-widget src=${src}></stemhulp-widget>`);

/** Records every change in the shadow root from now on. */
function watchRenders(el: StemhulpWidget) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => (observer.disconnect(), records.concat(observer.takeRecords()));
}

describe('races', function () {
  // Real network and layout in a page that may run in the background (timers slowed): room for CI.
  this.timeout(20_000);
  it('switching gemeente quickly shows only the last one chosen; the earlier fetch is aborted', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0201');
    await logged('race-slow', 'start');
    await chooseGemeente(el, 'GM0202');
    await logged('race-slow', 'aborted');
    await click(el, 'button', 'Start de stemhulp');
    expect(await findByRole(el, 'heading', statementHeading('Stelling van de snelle gemeente'))).to.exist;
    await aTimeout(20);
    expect(visibleText(el)).not.to.contain('trage');
    expect(queryByRole(el, 'alert')).to.equal(undefined);
  });

  it('a double click on an answer counts once, also when the second click lands after the next statement is shown', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    const eens = getByRole(el, 'button', 'Eens');
    // A double click: two clicks, the second with click count 2. Between them the widget
    // has already rendered statement 2 into the same button.
    eens.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Stelling 2 van 4');
    getByRole(el, 'button', 'Eens').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Stelling 2 van 4');
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
    // A keyboard activation (click count 0) or a later single click still answers.
    getByRole(el, 'button', 'Eens').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Stelling 3 van 4');
  });

  it('answers survive a failed fetch of another gemeente', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Oneens');
    await click(el, 'button', 'Vorige');
    await click(el, 'button', 'Vorige');
    await click(el, 'button', 'Vorige');
    await chooseGemeente(el, 'GM0003');
    expect((await findByRole(el, 'alert')).textContent).to.contain('De gegevens voor Cedorp konden niet worden geladen.');
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('true');
    await click(el, 'button', 'Eens');
    expect(getByRole(el, 'button', 'Oneens').getAttribute('aria-pressed')).to.equal('true');
  });

  it('removed while the index loads: the request is aborted and nothing renders; re-added, it loads again', async () => {
    const el = await make('/__test/watch/race-index/1500/races/index.json');
    await logged('race-index', 'start');
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    const renders = watchRenders(el);
    await logged('race-index', 'aborted');
    await aTimeout(20);
    expect(renders()).to.have.length(0);
    parent.append(el);
    await logged('race-index', 'start', 2);
    expect(await findByRole(el, 'combobox', 'Gemeente', 4000)).to.exist;
  });

  it('removed while a gemeente loads during the stemhulp: aborted; re-added, it loads again and goes on', async () => {
    const el = await make();
    await chooseGemeente(el, 'GM0203');
    await click(el, 'button', 'Start de stemhulp');
    await logged('race-readd', 'start');
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    const renders = watchRenders(el);
    await logged('race-readd', 'aborted');
    await aTimeout(20);
    expect(renders()).to.have.length(0);
    parent.append(el);
    expect(await findByRole(el, 'heading', statementHeading('Stelling van de trage gemeente'), 4000)).to.exist;
  });

  it('leaves no listeners, timers or observers behind after being removed', async () => {
    Error.stackTraceLimit = 100;
    const fromWidget = () => (new Error().stack ?? '').split('\n').some((l) => /\/src\//.test(l) && !/node_modules/.test(l));
    const live = new Set<string>();
    const restore: (() => void)[] = [];
    const spy = <T extends object, K extends keyof T>(obj: T, key: K, wrap: (orig: any) => any) => {
      const orig = obj[key];
      obj[key] = wrap(orig);
      restore.push(() => (obj[key] = orig));
    };
    let n = 0;
    const ids = new WeakMap<object, number>();
    const id = (o: object) => ids.get(o) ?? (ids.set(o, ++n), n);
    const global = (t: unknown) => t === window || t === document || t instanceof AbortSignal;
    spy(
      EventTarget.prototype,
      'addEventListener',
      (orig) =>
        function (this: EventTarget, type: string, fn: any, opts?: any) {
          if (global(this) && fromWidget()) {
            const key = `${id(this)} ${type} ${id(fn)}`;
            live.add(key);
            // A once-listener on a signal is gone when the signal fires.
            if (this instanceof AbortSignal) this.addEventListener('abort', () => live.delete(key), { once: true });
          }
          return orig.call(this, type, fn, opts);
        },
    );
    spy(
      EventTarget.prototype,
      'removeEventListener',
      (orig) =>
        function (this: EventTarget, type: string, fn: any, opts?: any) {
          if (global(this)) live.delete(`${id(this)} ${type} ${id(fn)}`);
          return orig.call(this, type, fn, opts);
        },
    );
    // Timers the widget started that have neither fired nor been cancelled: a one-shot task
    // soon after (fetching the next chunk ahead) is done with; an interval, or a timeout
    // still waiting once the widget is gone, is left behind.
    const timers = new Set<string>();
    const pairs = [
      ['setTimeout', 'clearTimeout'],
      ['setInterval', 'clearInterval'],
      ['requestAnimationFrame', 'cancelAnimationFrame'],
      ['requestIdleCallback', 'cancelIdleCallback'],
    ] as const;
    for (const [start, cancel] of pairs) {
      if (!window[start]) continue;
      spy(window, start, (orig) => (fn: (...a: unknown[]) => void, ...args: unknown[]) => {
        if (!fromWidget()) return orig.call(window, fn, ...args);
        let key = '';
        const h = orig.call(window, (...a: unknown[]) => (start !== 'setInterval' && timers.delete(key), fn(...a)), ...args);
        timers.add((key = `${start} ${h}`));
        return h;
      });
      spy(window, cancel, (orig) => (h: number) => (timers.delete(`${start} ${h}`), orig.call(window, h)));
    }
    let observers = 0;
    for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver', 'PerformanceObserver'] as const) {
      spy(
        window,
        name,
        (Orig) =>
          class extends Orig {
            constructor(...args: any[]) {
              super(...args);
              if (fromWidget()) observers++;
            }
          },
      );
    }
    try {
      const el = await make('/test/fixtures/races/index.json?leaks');
      // Removed and re-added while a gemeente (one whose server never answers) loads.
      await chooseGemeente(el, 'GM0201');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await findByRole(el, 'combobox', 'Gemeente');
      await chooseGemeente(el, 'GM0202');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'heading', statementHeading('Stelling van de snelle gemeente'));
      el.remove();
      await el.updateComplete;
      // Two frames and a little more: what the widget queued for shortly after (fetching a
      // chunk ahead, 200 ms after asking) has run.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      restore.forEach((r) => r());
      Error.stackTraceLimit = 10;
    }
    expect([...live], 'listeners still attached').to.deep.equal([]);
    expect([...timers], 'timers still pending').to.deep.equal([]);
    expect(observers, 'observers created').to.equal(0);
  });
});
