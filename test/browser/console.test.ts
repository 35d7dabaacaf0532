/**
 * A clean console: the demo pages and a cross-origin iframe embed log no error or warning
 * in any engine, data warnings excepted (they are for data authors, and named as such).
 * Two nets: an in-page probe in every frame (test/harness/server/console-probe.mjs, all engines)
 * and, in Chromium and Firefox, the browser's own log via puppeteer (console-capture.mjs),
 * which also has what the browser logs itself (a refused postMessage, a failed load).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { answerUntilResult } from '../harness/a11y-helpers.js';
import { engine } from '../harness/engines.js';
import { chooseGemeente, click, findByRole } from '../harness/helpers.js';

interface Message {
  kind: string;
  text: string;
  page: string;
}

const probed: Message[] = [];
addEventListener('message', (e: MessageEvent) => {
  if (e.data?.consoleProbe) probed.push({ kind: e.data.kind, text: e.data.text, page: e.data.page });
});

/** Data warnings are the data author's business, logged on purpose and named as such. */
const dataWarning = (m: Message) => /^stemhulp-widget: data warnings\b/.test(m.text);

/** Loads a page in a frame of this test page and returns what it and its frames logged while `walk` ran. */
async function messagesOf(path: string, walk: (doc: Document) => Promise<void>, allowed: (m: Message) => boolean = () => false) {
  probed.length = 0;
  await executeServerCommand('console-capture', { action: 'start' });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  frame.src = `/__console/${path}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    await walk(frame.contentDocument!);
    // Late messages (a chunk, a resize, a second fetch) get a moment to arrive.
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    frame.remove();
  }
  const logged = (await executeServerCommand<Message[] | false, { action: string }>('console-capture', { action: 'stop' })) || [];
  return [...probed, ...logged].filter((m) => !dataWarning(m) && !allowed(m));
}

const widgets = (doc: Document) => [...doc.querySelectorAll<StemhulpWidget>('stemhulp-widget')];

/** Every widget on the page has drawn something (a picker, the speerpunten, an error). */
async function allRendered(doc: Document) {
  await waitUntil(
    () => widgets(doc).length > 0 && widgets(doc).every((w) => w.shadowRoot?.querySelector('.root')?.textContent?.trim()),
    `the widgets on ${doc.location.pathname}`,
    { timeout: 8000 },
  );
}

/** The demo page's widget, walked from picker to a result with a comparison open. */
async function walkToResult(doc: Document) {
  await allRendered(doc);
  const el = widgets(doc)[0];
  await chooseGemeente(el, 'GM9901');
  await click(el, 'button', 'Start de stemhulp');
  await answerUntilResult(el, 'nl');
  (await findByRole(el, 'button', /^Bekijk de standpunten/)).click();
  await el.updateComplete;
}

describe(`a clean console (${engine})`, function () {
  this.timeout(30_000);

  it('demo/index.html: no error or warning from loading to a result with a comparison open', async () => {
    expect(await messagesOf('demo/index.html', walkToResult)).to.deep.equal([]);
  });

  for (const page of [
    'demo/article.html',
    'demo/speerpunten.html',
    'demo/talen.html',
    ...['utrecht', 'denhaag', 'rotterdam', 'amsterdam'].map((h) => `demo/huisstijl-${h}.html`),
  ]) {
    it(`${page}: no error or warning while its widgets load`, async () => {
      expect(await messagesOf(page, allRendered)).to.deep.equal([]);
    });
  }

  it('demo/errors.html: the broken data shows as messages in the widget, not as console errors', async () => {
    // The page links a file that does not exist on purpose: the browser's own note of the 404 is expected.
    const missingFile = (m: Message) => /bestaat-niet\.json/.test(m.page + m.text) && /404|not found|failed to load/i.test(m.text);
    expect(await messagesOf('demo/errors.html', allRendered, missingFile)).to.deep.equal([]);
  });

  it('demo/generator.html: no error or warning while it builds a snippet and its preview', async () => {
    expect(
      await messagesOf('demo/generator.html', async (doc) => {
        await waitUntil(() => doc.querySelector('stemhulp-widget, iframe, textarea, pre, output'), 'the generator');
      }),
    ).to.deep.equal([]);
  });

  it('a cross-origin iframe embed with embed-resize.js: no error or warning in the host or the frame', async () => {
    const messages = await messagesOf('embed-host', async (doc) => {
      const inner = doc.querySelector<HTMLIFrameElement>('iframe[data-stemhulp]')!;
      await waitUntil(() => inner.style.height !== '', 'embed-resize.js sized the iframe', { timeout: 8000 });
    });
    expect(messages).to.deep.equal([]);
  });
});
