import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, queryByRole } from '../harness/helpers.js';

const requests = async (key: string) => Number(await (await fetch(`/__test/count/${key}`)).text());
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe('many instances on one page', () => {
  it('two widgets give no duplicate landmarks (axe landmark-unique): on the start screen, a statement, the result', async function () {
    // Two walks and axe three times on both: WebKit on a busy machine took over 20 s.
    this.timeout(60_000);
    const box = await fixture<HTMLElement>(html`<div>
      <stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget>
      <stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget>
    </div>`);
    const els = [...box.querySelectorAll<StemhulpWidget>('stemhulp-widget')];
    // axe on both together: its landmark-unique rule compares the landmarks of the two.
    const axeBoth = () => expect(box).to.be.accessible();
    for (const el of els) await findByRole(el, 'combobox', 'Gemeente');
    await axeBoth();
    for (const el of els) {
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
    }
    await axeBoth();
    for (const el of els) {
      for (let i = 0; i < 4; i++) {
        await findByRole(el, 'button', 'Eens');
        await click(el, 'button', 'Eens');
      }
      await findByRole(el, 'heading', 'Jouw uitslag');
      await el.updateComplete;
    }
    await axeBoth();
  });

  it('share one request per URL, and each keeps its own answers', async () => {
    const key = unique('many');
    const src = `/__test/counted/${key}/basic/index.json`;
    const box = await fixture<HTMLElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<stemhulp-widget src=${src}></stemhulp-widget>`)}
    </div>`);
    const els = [...box.querySelectorAll<StemhulpWidget>('stemhulp-widget')];
    for (const el of els) await findByRole(el, 'combobox', 'Gemeente');
    expect(await requests(key)).to.equal(1);

    // Two widgets choose the same gemeente: its file is fetched once as well.
    for (const el of els.slice(0, 2)) await chooseGemeente(el, 'GM0001');
    for (const el of els.slice(0, 2)) {
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
    }
    expect(await requests(key)).to.equal(2);

    await click(els[0], 'button', 'Eens');
    expect(queryByRole(els[0], 'heading', /Stelling over/)?.textContent).to.not.equal(queryByRole(els[1], 'heading', /Stelling over/)?.textContent);
    expect(els[0].shadowRoot!.textContent).to.contain('2 van 4');
    expect(els[1].shadowRoot!.textContent).to.contain('1 van 4');
  });
});

describe('loading="lazy"', () => {
  it('fetches nothing until the element comes near the viewport, then loads', async () => {
    const key = unique('lazy');
    const src = `/__test/counted/${key}/basic/index.json`;
    const box = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <stemhulp-widget loading="lazy" src=${src}></stemhulp-widget>
    </div>`);
    const spacer = box.querySelector<HTMLElement>('.spacer')!;
    spacer.style.height = '5000px';
    const el = box.querySelector('stemhulp-widget')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 400));
    expect(await requests(key)).to.equal(0);
    // Its words come a moment after the region (ui/common/common.ts, said).
    await waitUntil(() => /laden/i.test(queryByRole(el, 'status')?.textContent ?? ''), 'Gegevens laden…', { timeout: 4000 });

    el.scrollIntoView();
    await findByRole(el, 'combobox', 'Gemeente');
    expect(await requests(key)).to.equal(1);
  });

  it('in a hidden tab waits until the tab is shown', async () => {
    const key = unique('hidden');
    const box = await fixture<HTMLElement>(html`<div hidden>
      <stemhulp-widget loading="lazy" src=${`/__test/counted/${key}/basic/index.json`}></stemhulp-widget>
    </div>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(await requests(key)).to.equal(0);
    box.hidden = false;
    await findByRole(box.querySelector('stemhulp-widget')!, 'combobox', 'Gemeente');
  });

  it('eager (the default) fetches at once, even far below the viewport', async () => {
    const key = unique('eager');
    const box = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <stemhulp-widget src=${`/__test/counted/${key}/basic/index.json`}></stemhulp-widget>
    </div>`);
    box.querySelector<HTMLElement>('.spacer')!.style.height = '5000px';
    await waitUntil(async () => (await requests(key)) === 1, 'the index request', { timeout: 3000 });
  });
});
