import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, findByRole } from '../harness/helpers.js';

// The test page is on localhost; the iframe on 127.0.0.1: same server, another origin,
// as when a newspaper embeds the widget from the organisation's own domain.
const otherOrigin = `http://127.0.0.1:${location.port}`;
const embedUrl = `${otherOrigin}/dist/embed.html?src=${encodeURIComponent(`${otherOrigin}/test/fixtures/basic/index.json`)}`;

let resizeScript: Promise<void> | undefined;
function loadResizeScript() {
  resizeScript ??= new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/dist/embed-resize.js';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('no dist/embed-resize.js: run npm run build'));
    document.head.append(s);
  });
  return resizeScript;
}

const px = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function frameIn(parent: HTMLElement, query = '') {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-stemhulp', '');
  frame.title = 'Stemhulp';
  frame.height = '640';
  frame.src = embedUrl + query;
  frame.style.width = '600px';
  frame.style.border = '0';
  parent.append(frame);
  return frame;
}

async function settled(frame: HTMLIFrameElement) {
  let previous = -1;
  await waitUntil(
    async () => {
      const now = px(frame);
      const same = now === previous && frame.style.height !== '';
      previous = now;
      await sleep(150);
      return same;
    },
    'the iframe height to settle',
    { timeout: 8000, interval: 50 },
  );
  return px(frame);
}

describe('iframe route: dist/embed.html + dist/embed-resize.js', function () {
  // Each test loads a whole page in an iframe, on a machine shared with other test runs.
  this.timeout(20000);
  let box: HTMLElement;
  beforeEach(async () => {
    await loadResizeScript();
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('reserves its height, then follows the content from another origin, without a loop', async () => {
    const frame = frameIn(box);
    expect(px(frame)).to.equal(640);
    const wide = await settled(frame);
    expect(wide).to.be.greaterThan(300);
    expect(wide).to.not.equal(640);

    // Narrower: the text wraps more, the content grows, the iframe follows.
    frame.style.width = '300px';
    await waitUntil(() => px(frame) > wide, 'the iframe to grow', { timeout: 5000 });
    const narrow = await settled(frame);

    // No feedback: once settled it stays put.
    await sleep(600);
    expect(px(frame)).to.equal(narrow);
  });

  it('ignores height messages from any window but the iframe’s own', async () => {
    const frame = frameIn(box);
    const height = await settled(frame);
    window.postMessage({ type: 'stemhulp:height', height: 5 }, '*');
    const stranger = document.createElement('iframe');
    stranger.srcdoc = '<p>x</p>';
    box.append(stranger);
    await new Promise((r) => stranger.addEventListener('load', r, { once: true }));
    // Run in the stranger's own realm, so the message's source is the stranger's window.
    (stranger.contentWindow as Window & { eval(code: string): unknown }).eval("parent.postMessage({ type: 'stemhulp:height', height: 7 }, '*')");
    await sleep(300);
    expect(px(frame)).to.equal(height);
  });

  it('works when the iframe starts hidden, as in a closed tab', async () => {
    const tab = document.createElement('div');
    tab.hidden = true;
    box.append(tab);
    const frame = frameIn(tab);
    await sleep(1000);
    tab.hidden = false;
    const height = await settled(frame);
    expect(height).to.be.greaterThan(300);
    expect(height).to.not.equal(640);
  });

  it('configures the widget from the query string, accepting only plain colours', async () => {
    // Same origin here, to look inside.
    const frame = document.createElement('iframe');
    const query = new URLSearchParams({
      src: '/test/fixtures/basic/index.json',
      gemeente: 'GM0002',
      lang: 'en',
      '--stemhulp-color-accent': '#123456',
      '--stemhulp-color-text': 'red; background: url(x)',
      // White on white would hide the notes that say who judges and that this is no voting advice.
      '--stemhulp-color-muted': '#ffffff',
      '--stemhulp-color-background': '#ffffff',
    });
    frame.src = `/dist/embed.html?${query}`;
    box.append(frame);
    // A whole page to load in the frame: more than waitUntil's default second on a busy machine.
    // In English: the entry, its main chunk and then the English chunk, before the first paint.
    await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot?.querySelector('h3'), 'the widget', { timeout: 10000 });
    const el = frame.contentDocument!.querySelector('stemhulp-widget')!;
    expect(el.getAttribute('src')).to.equal('/test/fixtures/basic/index.json');
    expect(el.getAttribute('gemeente')).to.equal('GM0002');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(el.style.getPropertyValue('--stemhulp-color-accent')).to.equal('#123456');
    expect(el.style.getPropertyValue('--stemhulp-color-text')).to.equal('');
    expect(el.style.getPropertyValue('--stemhulp-color-muted')).to.equal('');
    expect(el.style.getPropertyValue('--stemhulp-color-background')).to.equal('');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Inline stelling') || !el.shadowRoot!.querySelector('select'), 'preset gemeente');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });
});

describe('embed-resize.js never gives up on a frame', function () {
  this.timeout(20000);
  let host: HTMLIFrameElement;
  afterEach(() => host?.remove());

  /** A parent page of its own (this origin), so embed-resize.js can arrive whenever a test wants. */
  async function hostPage(body: string) {
    host = document.createElement('iframe');
    host.style.width = '700px';
    host.style.height = '900px';
    host.srcdoc = `<!doctype html><body>${body}</body>`;
    document.body.append(host);
    await new Promise((r) => host.addEventListener('load', r, { once: true }));
    const win = host.contentWindow as Window & typeof globalThis;
    const problems: string[] = [];
    win.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
    for (const level of ['error', 'warn'] as const) {
      const original = win.console[level].bind(win.console);
      win.console[level] = (...args: unknown[]) => (problems.push(`${level}: ${args.join(' ')}`), original(...args));
    }
    return { doc: host.contentDocument!, problems };
  }

  function addScript(doc: Document) {
    const s = doc.createElement('script');
    s.src = '/dist/embed-resize.js';
    doc.head.append(s);
    return new Promise((r) => s.addEventListener('load', r, { once: true }));
  }

  it('skips placeholder and about:blank frames, and may arrive after the frames have loaded, without an error or warning', async () => {
    const { doc, problems } = await hostPage(`
      <iframe data-stemhulp src="about:blank"></iframe>
      <iframe data-stemhulp data-src="${embedUrl}"></iframe>
      <iframe data-stemhulp height="640" style="width: 600px; border: 0" src="${embedUrl}" onload="this.dataset.loaded = 1"></iframe>`);
    const real = doc.querySelector<HTMLIFrameElement>('iframe[src^="http"]')!;
    await waitUntil(() => real.dataset.loaded, 'the real frame to load', { timeout: 8000 });
    // The widget inside has posted its height already, to nobody listening.
    await sleep(800);
    await addScript(doc);
    await waitUntil(() => real.style.height !== '', 'the real frame to be sized', { timeout: 8000 });
    expect(real.getBoundingClientRect().height).to.not.equal(640);
    expect(problems).to.deep.equal([]);
  });

  it('resizes a sandboxed frame: the message’s source window is the guard, not its "null" origin', async () => {
    const sandboxed = `${otherOrigin}/__test/embed/${encodeURIComponent("'self'")}/embed.html`;
    const { doc, problems } = await hostPage(`
      <iframe data-stemhulp sandbox="allow-scripts" height="640" style="width: 600px; border: 0" src="${sandboxed}"></iframe>`);
    await addScript(doc);
    const frame = doc.querySelector('iframe')!;
    await waitUntil(() => frame.style.height !== '', 'the sandboxed frame to be sized', { timeout: 8000 });
    expect(problems).to.deep.equal([]);
  });

  it('reports its height in whole steps of 100 px, so the height says nothing about single answers', async () => {
    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => e.data?.type === 'stemhulp:height' && heights.push(e.data.height);
    addEventListener('message', onMessage);
    try {
      const frame = document.createElement('iframe');
      frame.src = embedUrl;
      frame.style.width = '600px';
      document.body.append(frame);
      await waitUntil(() => heights.length > 0, 'a height', { timeout: 8000 });
      frame.style.width = '300px';
      await waitUntil(() => heights.length > 1, 'a second height', { timeout: 8000 });
      frame.remove();
    } finally {
      removeEventListener('message', onMessage);
    }
    for (const h of heights) expect(h % 100, String(h)).to.equal(0);
  });

  it('on the result the frame is a screen high, whatever the answers, the comparison open or the width: it scrolls inside', async () => {
    const heights: unknown[] = [];
    const onMessage = (e: MessageEvent) => e.data?.type === 'stemhulp:height' && heights.push(e.data.height);
    addEventListener('message', onMessage);
    // On this origin, so that the test can answer inside; embed-resize.js sizes it like any other.
    const frame = document.createElement('iframe');
    frame.setAttribute('data-stemhulp', '');
    frame.height = '640';
    frame.style.cssText = 'width: 600px; border: 0';
    frame.src = '/dist/embed.html?src=%2Ftest%2Ffixtures%2Fbasic%2Findex.json';
    document.body.append(frame);
    /** The height after the frame has answered a question (asked as embed-resize.js asks). */
    const asked = async () => {
      const n = heights.length;
      frame.contentWindow!.postMessage({ type: 'stemhulp:ask' }, '*');
      await waitUntil(() => heights.length > n, 'an answer to the question', { timeout: 8000 });
      return { said: heights.at(-1), px: px(frame) };
    };
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot?.querySelector('select'), 'the widget', { timeout: 8000 });
      const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
      await chooseGemeente(el, 'GM0001');
      (await findByRole(el, 'button', 'Start de stemhulp')).click();
      for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Eens']) {
        await findByRole(el, 'heading', /Stelling/, 5000);
        (await findByRole(el, 'button', a)).click();
        await el.updateComplete;
      }
      await findByRole(el, 'heading', 'Jouw uitslag', 8000);
      const result = await asked();
      expect(result.said, 'no height of the result is told').to.equal('screen');
      expect(result.px).to.equal(innerHeight);
      // A comparison opened, another width: the same.
      const before = el.getBoundingClientRect().height;
      (await findByRole(el, 'button', 'Bekijk de standpunten: Partij Alfa')).click();
      await waitUntil(() => el.getBoundingClientRect().height !== before, 'the comparison to open', { timeout: 8000 });
      expect(await asked()).to.deep.equal(result);
      frame.style.width = '320px';
      expect(await asked()).to.deep.equal(result);
      // It scrolls inside: the result is longer than the frame at 320 px.
      expect(frame.contentDocument!.documentElement.scrollHeight).to.be.greaterThan(innerHeight);
    } finally {
      removeEventListener('message', onMessage);
      frame.remove();
    }
  });
});
