import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole } from '../harness/helpers.js';

type CspWindow = Window & { cspViolations: string[] };

/** The whole walk on the strict page at `src`, with no violation reported; gives the scripts the page loaded. */
async function strictWalk(src: string) {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '600px';
  frame.style.height = '900px';
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot, 'the widget', {
      timeout: 8000,
    });
    const win = frame.contentWindow as CspWindow;
    const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
    // Styled: the adopted stylesheet applies (the button has its accent border).
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    const eens = await findByRole(el, 'button', 'Eens');
    expect(getComputedStyle(eens).borderTopWidth).to.equal('2px');
    for (const answer of ['Eens', 'Oneens', 'Sla over', 'Eens']) await click(el, 'button', answer);
    await findByRole(el, 'heading', /uitslag|resultaat|Jouw/i);
    await click(el, 'button', /^Bekijk de standpunten/);
    expect(win.cspViolations).to.deep.equal([]);

    // The probe does see violations: an inline style attribute is one.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.cspViolations.length > 0, 'the probe to report the violation');
    return win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
  } finally {
    frame.remove();
  }
}

describe('strict Content-Security-Policy', () => {
  it("the built bundle works fully under default-src/script-src/style-src/connect-src 'self'", async function () {
    this.timeout(15000);
    await strictWalk('/__test/csp');
  });

  it('the classic script (a loader of the module build, ?ver=0.2.0 on its address) works fully under the same policy with Trusted Types required', async function () {
    this.timeout(15000);
    const scripts = await strictWalk('/__test/csp?classic=1&tt=1');
    expect(scripts).to.include('/dist/stemhulp-widget.js');
    expect(
      scripts.filter((p) => p.includes('.full.')),
      'the full bundle, not needed',
    ).to.deep.equal([]);
  });

  it('a result chunk that fails to load shows the usual error with Probeer opnieuw, and the retry loads it, under the same policy', async function () {
    // A page in a frame, its data, four answers and two tries at a chunk: beside stress-ng on two cores this took over 15 s.
    this.timeout(40_000);
    const frame = document.createElement('iframe');
    const key = `chunk-${Date.now()}`;
    frame.src = `/__test/csp?fail=${key}`;
    frame.style.width = '600px';
    frame.style.height = '900px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot, 'the widget', { timeout: 8000 });
      const win = frame.contentWindow as CspWindow;
      const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      for (const answer of ['Eens', 'Oneens', 'Sla over', 'Eens']) await click(el, 'button', answer);
      const alert = await findByRole(el, 'alert');
      expect(alert.textContent).to.contain('Een deel van de stemhulp kon niet worden geladen.');
      await fetch(`/__test/csp-heal/${key}`);
      await click(el, 'button', 'Probeer opnieuw');
      await findByRole(el, 'heading', 'Jouw uitslag', 20_000);
      // The chunk's own sheet applies: the score is in tabular figures.
      const score = el.shadowRoot!.querySelector('.score')!;
      expect(getComputedStyle(score).fontVariantNumeric).to.equal('tabular-nums');
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a validation chunk that fails to load shows the data error with Probeer opnieuw, and the retry loads it', async function () {
    this.timeout(15000);
    const frame = document.createElement('iframe');
    const key = `validate-${Date.now()}`;
    frame.src = `/__test/csp?fail=${key}&chunk=validate`;
    frame.style.width = '600px';
    frame.style.height = '900px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot, 'the widget', { timeout: 8000 });
      const win = frame.contentWindow as CspWindow;
      const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
      // The speerpunten do not wait for validation.
      await findByRole(el, 'heading', 'Onze speerpunten');
      const alert = await findByRole(el, 'alert', undefined, 6000);
      expect(alert.textContent).to.contain('De stemhulp kon geen verbinding maken');
      await fetch(`/__test/csp-heal/${key}`);
      await click(el, 'button', 'Probeer opnieuw');
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the iframe route (dist/embed.html) works under the same policy', async function () {
    this.timeout(15000);
    const frame = document.createElement('iframe');
    frame.src = '/__test/csp-dist/embed.html?src=%2Ftest%2Ffixtures%2Fbasic%2Findex.json';
    frame.style.width = '600px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('stemhulp-widget')?.shadowRoot?.querySelector('select'), 'the widget', {
        timeout: 8000,
      });
      const el = frame.contentDocument!.querySelector('stemhulp-widget') as StemhulpWidget;
      const start = await findByRole(el, 'button', 'Start de stemhulp');
      expect(getComputedStyle(start).borderTopWidth).to.equal('2px');
      // embed.css applied too: no margin around the widget.
      expect(getComputedStyle(frame.contentDocument!.body).marginTop).to.equal('0px');
    } finally {
      frame.remove();
    }
  });
});
