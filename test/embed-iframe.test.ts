import { expect, waitUntil } from '@open-wc/testing';

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
    (stranger.contentWindow as Window & { eval(code: string): unknown }).eval(
      "parent.postMessage({ type: 'stemhulp:height', height: 7 }, '*')",
    );
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
    });
    frame.src = `/dist/embed.html?${query}`;
    box.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot?.querySelector('h3'), 'the widget');
    const el = frame.contentDocument!.querySelector('stemhulp-widget')!;
    expect(el.getAttribute('src')).to.equal('/test/fixtures/basic/index.json');
    expect(el.getAttribute('gemeente')).to.equal('GM0002');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(el.style.getPropertyValue('--stemhulp-color-accent')).to.equal('#123456');
    expect(el.style.getPropertyValue('--stemhulp-color-text')).to.equal('');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Inline stelling') || !el.shadowRoot!.querySelector('select'), 'preset gemeente');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });
});
