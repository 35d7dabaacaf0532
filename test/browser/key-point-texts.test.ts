import { expect, fixture, html } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { bundledBodies } from '../../src/core/bundled-key-point-bodies.js';
import { parts } from '../../src/element/screen-table.js';
import { keyPoints as en } from '../../src/i18n/en/key-points.js';
import { findByRole, getByRole, widget } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';

/**
 * The bundled speerpunten's full texts behind "Lees meer" come in a chunk of their own
 * (src/chunks/key-points.ts), so the main file carries only titles and summaries. The
 * tests run in this order on one page: the chunk is loaded once per page (a slow or failed
 * load: key-point-texts-failure.test.ts, a page of its own).
 */

const firstParagraph = (id: string) => bundledBodies[id].split(/\n\s*\n/)[0];

/** The speerpunt card under its title, and its "Lees meer" (or translation) button. */
function card(el: Element, title: string) {
  const heading = getByRole(el, 'heading', title);
  const item = heading.closest('li')!;
  return { item, more: getByRole(item, 'button', /^(Lees meer|Read more)/) };
}

describe('the speerpunten’s full texts', () => {
  const real = parts.keyPoints;
  afterEach(() => {
    parts.keyPoints = real;
  });

  it('a reader of another language reads the translation behind Read more, and the Dutch texts are never requested', async () => {
    let calls = 0;
    parts.keyPoints = () => (++calls, real());
    // English from the start: the widget shows nothing until its language is there, so never the Dutch cards.
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget lang="en"></stemhulp-widget>`);
    await findByRole(el, 'heading', en.opvang.title);
    const { item, more } = card(el, en.opvang.title);
    more.click();
    await waitUntil(() => item.querySelector('details')!.innerText.includes(en.opvang.body.split('\n')[0]), 'the English full text');
    expect(calls, 'requests for the Dutch texts').to.equal(0);
  });

  it('a Dutch reader opening Lees meer reads the full text, which arrived with the cards', async () => {
    let calls = 0;
    parts.keyPoints = () => (++calls, real());
    const el = await widget();
    await findByRole(el, 'heading', 'Onze speerpunten');
    const { item, more } = card(el, 'Kleinschalige opvang midden in de samenleving');
    // Asked for as the cards were drawn: there before the reader opens one.
    await waitUntil(() => item.querySelector('details')!.textContent!.includes(firstParagraph('opvang')), 'the text in the closed card');
    expect(calls, 'asked for once, by the cards').to.equal(1);
    more.click();
    await el.updateComplete;
    expect(item.querySelector('details')!.open).to.equal(true);
    for (const p of bundledBodies.opvang.split(/\n\s*\n/)) expect(item.innerText).to.contain(p);
  });
});
