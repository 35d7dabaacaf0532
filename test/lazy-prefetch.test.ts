import { expect } from '@open-wc/testing';
import { chooseGemeente, click, findByRole, widget } from './helpers.js';

const requested = (part: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(part));

describe('lazy views are prefetched', () => {
  it('fetches the quiz while the reader is on the start screen and the result once the quiz starts', async () => {
    const el = await widget();
    await findByRole(el, 'combobox', 'Gemeente');
    await el.updateComplete;
    expect(requested('/views/quiz.'), 'quiz chunk before Start').to.equal(true);
    expect(requested('/views/result.'), 'no result chunk on the start screen').to.equal(false);
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'button', 'Eens');
    expect(requested('/views/result.'), 'result chunk prefetched at the first statement').to.equal(true);
  });
});
