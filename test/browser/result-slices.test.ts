/**
 * A long result is drawn in slices (issue 14: no long task on the host page): the heading
 * takes focus with the first parties, the rest follow in later tasks, and nothing a reader
 * or a host sees is lost or out of order.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, widget } from '../harness/helpers.js';

const src = '/test/fixtures/many/index.json';
const parties = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('ol.parties > li .name')].map((n) => n.textContent!.trim());

/** Veeldorp (20 parties) up to its last statement. */
async function atLastStatement() {
  const el = await widget(src);
  await chooseGemeente(el, 'GM0902');
  await click(el, 'button', 'Start de stemhulp');
  await click(el, 'button', 'Eens');
  await click(el, 'button', 'Oneens');
  return el;
}

describe('a result of many parties, drawn in slices', () => {
  it('the heading has focus while the list is still growing; then all 20 parties are listed, in result order, and the page below follows', async () => {
    const el = await atLastStatement();
    // What the page holds when the result is first drawn (a mutation is seen in the same task).
    let first: { parties: number; focused: string | undefined } | undefined;
    const root = el.shadowRoot!;
    const seen = new MutationObserver(() => {
      if (!first && root.querySelector('#result-heading')) first = { parties: parties(el).length, focused: root.activeElement?.id };
    });
    seen.observe(root, { childList: true, subtree: true });
    (await findByRole(el, 'button', 'Eens')).click();
    await findByRole(el, 'heading', 'Jouw uitslag');
    await el.updateComplete;
    seen.disconnect();
    expect(first, 'the first drawing of the result').to.deep.equal({ parties: 4, focused: 'result-heading' });
    const heading = await findByRole(el, 'heading', 'Jouw uitslag');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    const shown = parties(el);
    expect(shown).to.have.length(20);
    expect(new Set(shown).size).to.equal(20);
    const places = [...el.shadowRoot!.querySelectorAll('ol.parties > li .score')].map((s) => parseInt(s.textContent!, 10));
    expect(places).to.deep.equal([...places].sort((a, b) => b - a));
    await findByRole(el, 'button', 'Opnieuw beginnen');
    await findByRole(el, 'heading', 'Wat nu?');
  });

  it('stemhulp-complete comes once, after the whole list is drawn', async () => {
    const el = await atLastStatement();
    const counts: number[] = [];
    el.addEventListener('stemhulp-complete', () => counts.push(parties(el).length));
    (await findByRole(el, 'button', 'Eens')).click();
    await waitUntil(() => counts.length > 0, 'stemhulp-complete');
    await el.updateComplete;
    expect(counts).to.deep.equal([20]);
  });

  it('a comparison opened before the list is complete stays open, and the list completes', async () => {
    const el = await atLastStatement();
    (await findByRole(el, 'button', 'Eens')).click();
    await waitUntil(() => el.shadowRoot!.querySelector('ol.parties > li summary'), 'the first party');
    el.shadowRoot!.querySelector<HTMLElement>('ol.parties > li summary')!.click();
    await el.updateComplete;
    expect(parties(el)).to.have.length(20);
    expect(el.shadowRoot!.querySelector('ol.parties > li details')!.hasAttribute('open')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('ol.parties > li details[open]')).to.have.length(1);
  });

  it('a reader who restarts and comes back to the result gets the whole list again, each party once', async () => {
    const el = await atLastStatement();
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Vorige');
    await click(el, 'button', 'Oneens');
    await findByRole(el, 'heading', 'Jouw uitslag');
    expect(parties(el)).to.have.length(20);
    expect(new Set(parties(el)).size).to.equal(20);
  });
});
