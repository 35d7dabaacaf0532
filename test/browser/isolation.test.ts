import { expect, fixture, html } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, getByRole } from '../harness/helpers.js';

function addPageStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

async function inBox(width: number, attrs = '') {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  box.innerHTML = `<stemhulp-widget src="/test/fixtures/basic/index.json" ${attrs}></stemhulp-widget>`;
  const el = box.querySelector('stemhulp-widget') as StemhulpWidget;
  await findByRole(el, 'combobox', 'Gemeente');
  return el;
}

/** Everything in the shadow root that sticks out of the widget's own box (visually hidden text is clipped to 1 px). */
function overflowing(el: StemhulpWidget) {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((n) => !n.closest('.visually-hidden'))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && (r.left < host.left - 0.5 || r.right > host.right + 0.5);
    })
    .map((n) => `${n.localName}.${n.className} ${Math.round(n.getBoundingClientRect().width)}px`);
}

describe('hostile host CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = addPageStyle(`
      * { font-size: 40px !important; }
      button { display: none; }
      html { font-size: 62.5%; }
      li { float: left; }
    `);
  });
  afterEach(() => style.remove());

  it('leaves the widget readable and usable', async function () {
    // Loads the data, then the quiz chunk: past the default 5 s once under a full three-engine run.
    this.timeout(20_000);
    const el = await inBox(400);
    const heading = getByRole(el, 'heading', 'Stemhulp: vluchtelingen en jouw gemeente');
    expect(getComputedStyle(heading).fontSize).to.equal('22px');
    const card = el.shadowRoot!.querySelector('[part~="card"]')!;
    expect(getComputedStyle(card).float).to.equal('none');
    expect(overflowing(el)).to.deep.equal([]);
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    const eens = await findByRole(el, 'button', 'Eens');
    expect(getComputedStyle(eens).display).to.not.equal('none');
  });
});

describe('theming', () => {
  it('--stemhulp-* properties and ::part() reach inside; NL Design System tokens are fallbacks', async () => {
    const style = addPageStyle(`
      .nl { --utrecht-button-primary-action-background-color: rgb(0, 128, 0);
            --utrecht-document-font-family: Georgia, serif; }
      .own { --stemhulp-color-accent: rgb(200, 0, 0); }
      stemhulp-widget::part(start) { outline: 3px dashed rgb(1, 2, 3); }
    `);
    try {
      const nl = await fixture<HTMLElement>(html`<div class="nl"><stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget></div>`);
      const el = nl.querySelector('stemhulp-widget')!;
      const start = await findByRole(el, 'button', 'Start de stemhulp');
      expect(getComputedStyle(start).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(start).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(start).outlineColor).to.equal('rgb(1, 2, 3)');

      // The widget's own property wins over the gemeente's token.
      nl.classList.add('own');
      expect(getComputedStyle(start).backgroundColor).to.equal('rgb(200, 0, 0)');
    } finally {
      style.remove();
    }
  });
});

describe('container-responsive', () => {
  for (const width of [280, 320, 480, 700, 1200]) {
    it(`fits ${width} px without horizontal overflow, on every screen`, async () => {
      const el = await inBox(width);
      expect(overflowing(el), 'home').to.deep.equal([]);
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
      expect(overflowing(el), 'statement').to.deep.equal([]);
      for (const answer of ['Eens', 'Oneens', 'Sla over', 'Eens']) await click(el, 'button', answer);
      await click(el, 'button', /^Bekijk de standpunten/);
      expect(overflowing(el), 'result').to.deep.equal([]);
    });
  }

  it('lays out by its own width, not the viewport: three answers side by side only when it is wide', async () => {
    const answersTop = async (width: number) => {
      const el = await inBox(width);
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
      return ['Eens', 'Geen van beide', 'Oneens'].map((n) => Math.round(getByRole(el, 'button', n).getBoundingClientRect().top));
    };
    const narrow = await answersTop(320);
    expect(new Set(narrow).size).to.equal(3);
    const wide = await answersTop(700);
    expect(new Set(wide).size).to.equal(1);
  });
});
