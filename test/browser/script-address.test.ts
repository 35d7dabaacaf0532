/**
 * The built scripts (npm test builds dist/ first) loaded as hosts load them: with a query
 * on the address (WordPress writes `?ver=0.2.0`, CDNs their own) or a fragment. The whole
 * widget must work, and its code be fetched, so run, once. Each page is served through
 * the test server's `logged` route, which records every request as it arrives.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { allByRole, chooseGemeente, click, findByRole, queryByRole, serverLog } from '../harness/helpers.js';

interface Page {
  el: StemhulpWidget;
  frame: HTMLIFrameElement;
  /** Every script of dist/ the page requested: path as requested, query included. */
  scripts: () => Promise<string[]>;
}

/** A page in an iframe whose documents and scripts come from /__test/logged/<key>/. */
async function page(script: string, opts: { csp?: (base: string) => string } = {}): Promise<Page> {
  const key = `address-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const base = `${location.origin}/__test/logged/${key}/`;
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><base href="${base}">
    ${opts.csp ? `<meta http-equiv="Content-Security-Policy" content="${opts.csp(base)}">` : ''}
    ${script}</head>
    <body><stemhulp-widget src="test/fixtures/basic/index.json"><a href="https://example.org/stemhulp">Doe de stemhulp</a></stemhulp-widget></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot?.querySelector('select'), 'the widget', { timeout: 8000 });
  const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
  const scripts = async () => ((await serverLog(key)) as string[]).map((u) => u.replace(`/__test/logged/${key}/`, '')).filter((u) => /^dist\/.*\.js\b/.test(u));
  return { el, frame, scripts };
}

/** A reader's walk to the result's tools: every lazy chunk on the way must share the page's one copy of the widget. */
async function toTheTools(el: StemhulpWidget) {
  await chooseGemeente(el, 'GM0001');
  await click(el, 'button', 'Start de stemhulp');
  for (const answer of ['Eens', 'Oneens', 'Sla over', 'Eens']) await click(el, 'button', answer);
  await findByRole(el, 'heading', 'Jouw uitslag', 6000);
  if (!queryByRole(el, 'group', 'Partijen')) await click(el, 'button', /^Kies partijen/);
  const group = await findByRole(el, 'group', 'Partijen', 6000);
  const boxes = allByRole(group, 'checkbox') as HTMLInputElement[];
  expect(boxes.length, 'checkboxes under Kies partijen').to.be.greaterThan(1);
  expect(
    boxes.every((b) => b.checked),
    'every party chosen',
  ).to.equal(true);
}

/** Each file requested once: a second request for a path (another query) is a second copy of that module. */
function once(scripts: string[]) {
  const paths = scripts.map((s) => s.replace(/[?#].*/, ''));
  expect(paths, `scripts requested: ${scripts.join(', ')}`).to.deep.equal([...new Set(paths)]);
}

describe('the script address with a query or fragment', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const address of ['dist/stemhulp-widget.js?ver=0.2.0', 'dist/stemhulp-widget.js?v=1#x']) {
    it(`<script type="module" src="${address}">: the widget works up to Kies partijen's checkboxes, its code loaded once`, async function () {
      this.timeout(20000);
      const p = await page(`<script type="module" src="${address}"></script>`);
      frame = p.frame;
      await toTheTools(p.el);
      const scripts = await p.scripts();
      once(scripts);
      expect(scripts[0]).to.equal(address.replace(/#.*/, ''));
      expect(
        scripts.some((s) => /^dist\/stemhulp-widget-main-[\w-]{8}\.js$/.test(s)),
        'the main chunk',
      ).to.equal(true);
    });
  }

  it('the classic script with ?ver=0.2.0 loads the module build beside it (with the same query), not the full bundle, once', async function () {
    this.timeout(20000);
    const p = await page('<script src="dist/stemhulp-widget.iife.js?ver=0.2.0"></script>');
    frame = p.frame;
    await toTheTools(p.el);
    const scripts = await p.scripts();
    once(scripts);
    expect(scripts.slice(0, 2)).to.deep.equal(['dist/stemhulp-widget.iife.js?ver=0.2.0', 'dist/stemhulp-widget.js?ver=0.2.0']);
    expect(
      scripts.filter((s) => s.includes('.full.')),
      'the full bundle',
    ).to.deep.equal([]);
    const win = p.frame.contentWindow as Window & { StemhulpWidget?: { VERSION?: string; ready: Promise<unknown> } };
    await win.StemhulpWidget!.ready;
    expect(win.StemhulpWidget!.VERSION).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('the classic script falls back to the full bundle where import() is refused (a policy that allows only the two classic files, Trusted Types required)', async function () {
    this.timeout(20000);
    const p = await page('<script src="dist/stemhulp-widget.iife.js?ver=0.2.0"></script>', {
      csp: (base) => `script-src ${base}dist/stemhulp-widget.iife.js ${base}dist/stemhulp-widget.full.iife.js; require-trusted-types-for 'script'`,
    });
    frame = p.frame;
    await toTheTools(p.el);
    const scripts = await p.scripts();
    once(scripts);
    expect(scripts).to.deep.equal(['dist/stemhulp-widget.iife.js?ver=0.2.0', 'dist/stemhulp-widget.full.iife.js?ver=0.2.0']);
  });
});
