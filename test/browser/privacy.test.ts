/**
 * Privacy by design, proven: during a whole stemhulp run the widget requests only the
 * data files (without the page's cookies or its address), stores nothing, sends no
 * beacon, and tells the host page the party scores but never the reader's answers.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { StemhulpCompleteEvent } from '../../src/element/events.js';
import { chooseGemeente, click, findByRole, requestsSince, serverLog, spyOn, widget, type Spy } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

/** Counts writes to document.cookie; reads still work. */
function spyOnCookieWrites(): Spy {
  const calls: unknown[][] = [];
  const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => desc.get!.call(document),
    set: (v) => (calls.push([v]), desc.set!.call(document, v)),
  });
  return { calls, restore: () => delete (document as any).cookie };
}

function spyOnConstructor(name: 'WebSocket' | 'EventSource' | 'Worker' | 'SharedWorker'): Spy {
  const calls: unknown[][] = [];
  const Orig = (window as any)[name];
  (window as any)[name] = class extends Orig {
    constructor(...args: unknown[]) {
      calls.push(args);
      super(...args);
    }
  };
  return { calls, restore: () => ((window as any)[name] = Orig) };
}

const storageKeys = () => JSON.stringify([Object.keys(localStorage), Object.keys(sessionStorage)]);

describe('privacy', () => {
  it('a whole run requests only the data files, sends no cookies or referrer, stores and beacons nothing', async () => {
    const key = `privacy-${Date.now()}`;
    // A cookie of the host page: the data requests must not carry it.
    document.cookie = 'host-session=geheim; path=/';
    const storageBefore = storageKeys();
    const cookiesBefore = document.cookie;
    const spies = {
      fetch: spyOn(window, 'fetch'),
      xhr: spyOn(XMLHttpRequest.prototype, 'open'),
      beacon: spyOn(Navigator.prototype, 'sendBeacon'),
      setItem: spyOn(Storage.prototype, 'setItem'),
      indexedDB: spyOn(IDBFactory.prototype, 'open'),
      caches: spyOn(CacheStorage.prototype, 'open'),
      cookie: spyOnCookieWrites(),
      webSocket: spyOnConstructor('WebSocket'),
      eventSource: spyOnConstructor('EventSource'),
      worker: spyOnConstructor('Worker'),
    };
    const start = performance.now();
    let detail: StemhulpCompleteEvent['detail'];
    let attributes: string;
    try {
      const el = await widget(`/__test/headers/${key}/basic/index.json`);
      attributes = el.outerHTML;
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
      await click(el, 'button', /^Belangrijk/);
      await click(el, 'button', 'Eens');
      await click(el, 'button', 'Oneens');
      await click(el, 'button', 'Geen van beide');
      const done = oneEvent(el, 'stemhulp-complete');
      await click(el, 'button', 'Eens');
      detail = ((await done) as StemhulpCompleteEvent).detail;
      el.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary').forEach((s) => s.click());
      await el.updateComplete;
      await click(el, 'button', 'Opnieuw beginnen');
      // No answer is reflected into the host page's DOM either.
      expect(el.outerHTML).to.equal(attributes);
    } finally {
      Object.values(spies).forEach((s) => s.restore());
    }

    // Besides the data, only the widget's own code (its lazy chunks, from where the script is).
    const requested = requestsSince(start).data;
    expect(requested).to.deep.equal([`/__test/headers/${key}/basic/index.json`, `/__test/headers/${key}/basic/gemeenten/GM0001.json`]);
    expect(spies.fetch.calls.map(([url]) => new URL(String(url), location.href).pathname)).to.deep.equal(requested);
    // What the server saw: neither the page's cookie nor its address.
    const seen = await serverLog(key);
    expect(seen).to.deep.equal([
      { cookie: '', referer: '' },
      { cookie: '', referer: '' },
    ]);

    const { fetch: _, ...unused } = spies;
    for (const [name, spy] of Object.entries(unused)) expect(spy.calls, name).to.deep.equal([]);
    expect(storageKeys()).to.equal(storageBefore);
    expect(document.cookie).to.equal(cookiesBefore);

    // The event names the gemeente only: scores reveal answers, and are sent only with event-scores.
    expect(detail!).to.deep.equal({ municipality: 'GM0001' });
  });

  it('a share link exists only when the reader presses Deel je uitslag, and then goes to the clipboard alone: no request, storage, address bar or host page', async () => {
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void written.push(s) } });
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    const spies = {
      xhr: spyOn(XMLHttpRequest.prototype, 'open'),
      beacon: spyOn(Navigator.prototype, 'sendBeacon'),
      setItem: spyOn(Storage.prototype, 'setItem'),
      pushState: spyOn(History.prototype, 'pushState'),
      replaceState: spyOn(History.prototype, 'replaceState'),
    };
    const [href, historyLength, storageBefore] = [location.href, history.length, storageKeys()];
    const start = performance.now();
    try {
      const el = await widget();
      const attributes = el.outerHTML;
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
      for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Eens']) await click(el, 'button', a);
      await findByRole(el, 'button', 'Deel je uitslag');
      expect(written, 'no link before the reader asks for one').to.deep.equal([]);
      const print = window.print;
      const printed = new Promise<void>((resolve) => (window.print = resolve));
      await click(el, 'button', 'Print je uitslag');
      await printed;
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
      await click(el, 'button', 'Deel je uitslag');
      await findByRole(el, 'status', 'De link is gekopieerd. Plak hem waar je wilt.');
      expect(written).to.deep.equal([`${href}#stemhulp=1.GM0001.s1-a_s2-d_s3-n_s4-a`]);
      expect(el.outerHTML).to.equal(attributes);
    } finally {
      Object.values(spies).forEach((sp) => sp.restore());
      Object.defineProperty(navigator, 'clipboard', { ...clipboard, configurable: true });
      delete (navigator as { share?: unknown }).share;
    }
    // What was requested: data and the widget's own code, nothing with an answer in it.
    const requested = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start)
      .map((e) => e.name);
    for (const url of requested)
      expect(url)
        .to.match(/\/(test\/fixtures|src|node_modules|dist)\//)
        .and.not.match(/stemhulp=|#/);
    for (const [name, spy] of Object.entries(spies)) expect(spy.calls, name).to.deep.equal([]);
    expect([location.href, history.length, storageKeys()]).to.deep.equal([href, historyLength, storageBefore]);
  });
});
