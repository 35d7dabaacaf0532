/**
 * Network faults, each against a real local server (test/harness/server/middleware.mjs): what the
 * reader is told, whether "Probeer opnieuw" is offered, and what the Details say for
 * the site owner. Timeouts are set short by attribute: no test waits 10 s.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { INDEX_LIMIT, GEMEENTE_LIMIT } from '../../src/data/load.js';
import { chooseGemeente, click, findByRole, getByRole, queryByRole, serverLog, visibleText } from '../harness/helpers.js';
import { skipIn } from '../harness/engines.js';
import { statementHeading } from '../harness/helpers.js';

const faultsSrc = '/test/fixtures/faults/index.json';

async function make(src: string, timeout?: number) {
  return timeout === undefined
    ? fixture<StemhulpWidget>(html`<stemhulp-widget src=${src}></stemhulp-widget>`)
    : fixture<StemhulpWidget>(html`<stemhulp-widget timeout=${timeout} src=${src}></stemhulp-widget>`);
}

/**
 * Waits until the test server has logged an entry that matches. Up to 15 s: on a busy machine
 * WebKit's network process closed an aborted stream more than 4 s after the widget gave up on it.
 */
async function logged(key: string, match: (entry: any) => boolean) {
  let entries: unknown[] = [];
  await waitUntil(async () => (entries = await serverLog(key)).some(match), `server log ${key} never matched`, { timeout: 15_000, interval: 50 });
  return entries.find(match) as any;
}

async function openDetails(el: StemhulpWidget, alert: HTMLElement) {
  await click(el, 'button', 'Details');
  return alert.textContent!.replace(/\s+/g, ' ');
}

interface Fault {
  name: string;
  /** Index URL for the index case; the gemeente of faults/index.json for the gemeente case. */
  src: string;
  code: string;
  timeout?: number;
  message: string;
  retry: boolean;
  details: RegExp;
  /** A server log entry proving the connection was dropped, not read to the end. */
  dropped?: [string, (entry: any) => boolean];
}

const closed = (e: any) => e?.closed === true;

const indexFaults: Fault[] = [
  {
    name: 'connection refused',
    src: 'http://127.0.0.1:9/index.json',
    code: 'GM0101',
    message: 'De stemhulp kon geen verbinding maken om de gegevens te laden. Probeer het later opnieuw.',
    retry: true,
    details: /127\.0\.0\.1:9/,
  },
  {
    name: 'a server that hangs: timeout from the timeout attribute',
    src: '/__test/watch/hang-index/600000/basic/index.json',
    code: 'GM0102',
    timeout: 300,
    message: 'Het laden van de gegevens duurde te lang. Probeer het later opnieuw.',
    retry: true,
    details: /Geen volledig antwoord binnen 300 ms\./,
    dropped: ['hang-index', (e) => e === 'aborted'],
  },
  {
    name: 'HTTP 404',
    src: '/__test/status/404',
    code: 'GM0109',
    message: 'De gegevens van de stemhulp konden niet worden geladen.',
    retry: false,
    details: /status 404/,
  },
  {
    name: 'HTTP 500',
    src: '/__test/status/500',
    code: 'GM0103',
    message: 'De gegevens van de stemhulp konden niet worden geladen. Probeer het later opnieuw.',
    retry: true,
    details: /status 500/,
  },
  {
    name: 'a redirect to an HTML error page',
    src: '/__test/redirect/faults/error.html',
    code: 'GM0104',
    message: 'De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.',
    retry: false,
    // The URL after the redirect, so the site owner sees where the request ended up.
    details: /fixtures\/faults\/error\.html/,
  },
  {
    name: 'a body that is not JSON',
    src: '/test/fixtures/faults/not-json.txt',
    code: 'GM0108',
    message: 'De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.',
    retry: false,
    details: /not-json\.txt/,
  },
  {
    // The connection breaks off mid-body: a network fault that a retry may fix.
    name: 'a truncated body',
    src: '/__test/truncated/basic/index.json',
    code: 'GM0105',
    message: 'De stemhulp kon geen verbinding maken om de gegevens te laden. Probeer het later opnieuw.',
    retry: true,
    details: /truncated/,
  },
  {
    name: 'an oversized body announced by Content-Length: refused before reading it',
    src: `/__test/endless/${100 * 1024 * 1024}/length-index`,
    code: 'GM0106',
    timeout: 4000,
    message: 'De gegevens van de stemhulp zijn te groot. Dat moeten de makers oplossen.',
    retry: false,
    details: new RegExp(`Het bestand is groter dan ${INDEX_LIMIT} bytes\\.`),
    dropped: ['length-index', closed],
  },
  {
    // The body never ends: only counting while streaming can stop it before the timeout.
    name: 'an oversized body without Content-Length: stopped while streaming',
    src: '/__test/endless/0/chunked-index',
    code: 'GM0106',
    timeout: 4000,
    message: 'De gegevens van de stemhulp zijn te groot. Dat moeten de makers oplossen.',
    retry: false,
    details: new RegExp(`Het bestand is groter dan ${INDEX_LIMIT} bytes\\.`),
    dropped: ['chunked-index', closed],
  },
  {
    name: 'a body that stalls longer than the timeout',
    src: '/__test/slow-body/3000/basic/index.json',
    code: 'GM0102',
    timeout: 300,
    message: 'Het laden van de gegevens duurde te lang. Probeer het later opnieuw.',
    retry: true,
    details: /Geen volledig antwoord binnen 300 ms\./,
  },
];

describe('network faults loading the index', function () {
  // Real network and layout in a page that may run in the background (timers slowed): room for CI.
  // 40 s: as for a gemeente file below, streaming to the size limit on a heavily loaded machine.
  this.timeout(40_000);
  for (const f of indexFaults) {
    it(f.name, async () => {
      const el = await make(f.src, f.timeout);
      const alert = await findByRole(el, 'alert', undefined, 4500);
      const text = alert.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.equal(f.message);
      expect(!!queryByRole(el, 'button', 'Probeer opnieuw')).to.equal(f.retry);
      expect(await openDetails(el, alert)).to.match(f.details);
      expect(queryByRole(el, 'combobox', 'Gemeente')).to.equal(undefined);
      if (f.dropped) await logged(...f.dropped);
    });
  }

  for (const [lang, details, says, kind] of [
    ['nl', 'Details', 'Melding van de browser:', 'De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.'],
    ['ar', 'التفاصيل', 'رسالة المتصفح:', 'لا يمكن قراءة بيانات دليل التصويت. يجب على صانعي دليل التصويت إصلاح ذلك.'],
  ]) {
    it(`the JSON parser's message is the browser's, marked as English inside the ${lang} Details`, async () => {
      const el = await fixture<StemhulpWidget>(html`<stemhulp-widget lang=${lang} src="/test/fixtures/faults/not-json.txt"></stemhulp-widget>`);
      const alert = await findByRole(el, 'alert', undefined, 4500);
      expect(alert.querySelector('p')!.textContent!.trim()).to.equal(kind);
      await click(el, 'button', details);
      const p = [...alert.querySelectorAll('details p')].find((x) => x.textContent!.trim().startsWith(says));
      expect(p, alert.textContent!).to.exist;
      const own = p!.querySelector('span')!;
      expect([own.lang, own.dir]).to.deep.equal(['en', 'ltr']);
      // Whatever the engine words it as ("Unexpected token", "JSON.parse: …", "JSON Parse error: …").
      expect(own.textContent).to.match(/JSON|token|Unexpected/i);
      expect(p!.textContent!.replace(own.textContent!, '').trim()).to.equal(says);
    });
  }

  skipIn('webkit', 'WebKit ends a chunked body cut off mid-way as if complete: it reads as bad JSON, still with Probeer opnieuw')(
    'a truncated body without Content-Length',
    async () => {
      const el = await make('/__test/truncated-chunked/basic/index.json');
      const alert = await findByRole(el, 'alert', undefined, 4500);
      expect(alert.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'De stemhulp kon geen verbinding maken om de gegevens te laden. Probeer het later opnieuw.',
      );
      expect(queryByRole(el, 'button', 'Probeer opnieuw')).to.exist;
    },
  );

  skipIn(
    'webkit',
    "WebKit's network process reads ahead of the page by a load-dependent amount (16 to 70 MB seen), so no byte bound holds; its abort is covered by the oversized-body tests",
  )('the stream is cancelled near the limit, not read to the end', async () => {
    const el = await make('/__test/endless/0/chunked-bytes', 4000);
    await findByRole(el, 'alert', undefined, 4500);
    const { bytes } = await logged('chunked-bytes', closed);
    // Socket and browser buffers take some megabytes more; an endless body is the point.
    expect(bytes).to.be.below(INDEX_LIMIT + 16 * 1024 * 1024);
  });

  it('a slow body within the timeout loads', async () => {
    const el = await make('/__test/slow-body/300/basic/index.json');
    expect(await findByRole(el, 'combobox', 'Gemeente', 4000)).to.exist;
  });

  it('Probeer opnieuw after a timeout asks the server again', async () => {
    // 2 s, not less: on a busy machine Firefox gave up on a request before it had reached the
    // server (200 ms), so the server never saw what the widget asked.
    const el = await make('/__test/watch/retry-index/600000/basic/index.json', 2000);
    await findByRole(el, 'alert', undefined, 15_000);
    await click(el, 'button', 'Probeer opnieuw');
    // Loading again: its region (the words follow it a moment later, ui/common/common.ts, said).
    expect(getByRole(el, 'status').classList.contains('loading')).to.equal(true);
    await findByRole(el, 'alert', undefined, 15_000);
    await waitUntil(async () => (await serverLog('retry-index')).filter((e) => e === 'start').length === 2, 'the server was asked twice', { timeout: 15_000 });
  });

  it('waits 10 s by default; a timeout attribute that is not a positive number keeps the default', async () => {
    expect((document.createElement('stemhulp-widget') as StemhulpWidget).timeout).to.equal(10_000);
    for (const bad of ['abc', '0', '-5']) {
      const el = await fixture<StemhulpWidget>(html`<stemhulp-widget timeout=${bad} src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
      expect(await findByRole(el, 'combobox', 'Gemeente'), `timeout="${bad}"`).to.exist;
    }
  });
});

describe('network faults loading a gemeente file', function () {
  // Real network and layout in a page that may run in the background (timers slowed): room for CI.
  // 40 s: WebKit streaming a gemeente file to its size limit took past 20 s on a machine
  // loaded far beyond stress-ng alone (issue 21's runs under load).
  this.timeout(40_000);
  const gemeenteFaults = indexFaults.filter((f) => !/^a body that stalls/.test(f.name));
  const names: Record<string, string> = {
    GM0101: 'Geenverbinding',
    GM0102: 'Hangdorp',
    GM0103: 'Serverfout',
    GM0104: 'Foutpagina',
    GM0105: 'Afgebroken',
    GM0106: 'Reuzendorp',
    GM0108: 'Tekstdorp',
    GM0109: 'Nietgevonden',
  };
  for (const f of gemeenteFaults) {
    it(f.name, async () => {
      const el = await make(faultsSrc, f.timeout);
      await chooseGemeente(el, f.code);
      const alert = await findByRole(el, 'alert', undefined, 4500);
      const text = alert.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
      // The kind of failure in plain words where "could not be loaded" alone would not say it.
      const kind: Record<string, string> = {
        GM0102: ' Het laden van de gegevens duurde te lang.',
        GM0104: ' De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.',
        GM0108: ' De gegevens van de stemhulp zijn niet te lezen. Dat moeten de makers oplossen.',
        GM0106: ' De gegevens van de stemhulp zijn te groot. Dat moeten de makers oplossen.',
      };
      expect(text).to.equal(`De gegevens voor ${names[f.code]} konden niet worden geladen.${kind[f.code] ?? ''}${f.retry ? ' Probeer het later opnieuw.' : ''}`);
      expect(!!queryByRole(el, 'button', 'Probeer opnieuw')).to.equal(f.retry);
      const details = await openDetails(el, alert);
      if (f.code === 'GM0106') expect(details).to.contain(`Het bestand is groter dan ${GEMEENTE_LIMIT} bytes.`);
      // The picker stays: the reader can choose another gemeente.
      expect(getByRole(el, 'combobox', 'Gemeente')).to.exist;
    });
  }

  it('a slow gemeente file loads, and the stemhulp starts', async () => {
    const el = await make(faultsSrc);
    await chooseGemeente(el, 'GM0107');
    await click(el, 'button', 'Start de stemhulp');
    expect(await findByRole(el, 'heading', statementHeading('Een stelling die wel laadt'), 10000)).to.exist;
    expect(visibleText(el)).to.contain('Stelling 1 van 1');
  });
});
