/**
 * Fairness and transparency (Lausanne Declaration on VAAs): who made the
 * recommendations, how matching works, and parties ordered only by the documented rules.
 */
import { expect } from '@open-wc/testing';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { chooseGemeente, click, findByRole, visibleText, widget } from '../harness/helpers.js';

const src = '/test/fixtures/fairness/index.json';

/** Answers Eens to both statements of a gemeente of the fairness fixture; returns the result order. */
async function resultOrder(el: StemhulpWidget, code: string) {
  await chooseGemeente(el, code);
  await click(el, 'button', 'Start de stemhulp');
  await findByRole(el, 'heading', /stelling \S+ \d+ \S+ \d+$/);
  await click(el, 'button', 'Eens');
  await click(el, 'button', 'Eens');
  await findByRole(el, 'heading', 'Jouw uitslag');
  // What is seen: the party line without its screen-reader sentence.
  const rows = [...el.shadowRoot!.querySelectorAll('ol.parties > li')].map((li) => {
    const line = li.querySelector('.party-line')!.cloneNode(true) as Element;
    line.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
    return line.textContent!.replace(/\s+/g, ' ').trim();
  });
  await click(el, 'button', 'Opnieuw beginnen');
  return rows;
}

describe('fairness and transparency', () => {
  it('names the organisation that made the recommendations, before the stemhulp starts', async () => {
    const el = await widget(src);
    await findByRole(el, 'combobox', 'Gemeente');
    expect(visibleText(el)).to.contain('Aanbevelingen van Stichting Voorbeeld');
  });

  it('"Hoe werkt dit?" explains the points, Belangrijk, skipping, the order and who made it', async () => {
    const el = await widget(src);
    await chooseGemeente(el, 'GM0401');
    await click(el, 'button', 'Start de stemhulp');
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Hoe werkt dit?');
    const how = el.shadowRoot!.querySelector('[part~="how-it-works"]')!.textContent!.replace(/\s+/g, ' ');
    for (const part of [
      '2 punten',
      '1 punt',
      '0 punten',
      'niet bekend',
      'telt dubbel',
      'overslaat, tellen niet mee',
      'hoogst mogelijke aantal',
      'lijstnummer',
      'naam',
      'verzameld door Stichting Voorbeeld',
    ]) {
      expect(how, part).to.contain(part);
    }
    expect(visibleText(el)).to.contain('Dit is geen stemadvies');
  });

  it('orders parties by score, then lijstnummer, then name, whatever their order in the data', async () => {
    const el = await widget(src);
    const expected = [
      'Beta (lijst 1) 100% overeenkomst met jou',
      'Zeta (lijst 2) 100% overeenkomst met jou',
      // No lijstnummer: by name as a Dutch reader sorts, not by character code.
      'alfa lokaal 100% overeenkomst met jou',
      'Beta Lokaal 100% overeenkomst met jou',
      'Omega 0% overeenkomst met jou',
    ];
    expect(await resultOrder(el, 'GM0401')).to.deep.equal(expected);
    expect(await resultOrder(el, 'GM0402')).to.deep.equal(expected);
    expect(await resultOrder(el, 'GM0403')).to.deep.equal(expected);
  });
});
