import { expect } from '@open-wc/testing';
import { chunks } from '../src/lazy.js';
import { chooseGemeente, click, findByRole, widget } from './helpers.js';

// The first test in this file: no chunk has been loaded on this page yet.
describe('lazy views', () => {
  it('a quiz chunk that fails shows the usual error; Probeer opnieuw loads it; Vorige goes back', async () => {
    const real = chunks.quiz;
    let calls = 0;
    chunks.quiz = () => (++calls, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    try {
      const el = await widget();
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      const alert = await findByRole(el, 'alert');
      expect(alert.textContent).to.contain('De stemhulp kon geen verbinding maken');
      expect(calls).to.be.greaterThan(0);
      await click(el, 'button', 'Vorige');
      await findByRole(el, 'button', 'Start de stemhulp');
      chunks.quiz = real;
      await click(el, 'button', 'Start de stemhulp');
      // The failure is remembered per element until the reader retries.
      await click(el, 'button', 'Probeer opnieuw');
      await findByRole(el, 'button', 'Eens');
    } finally {
      chunks.quiz = real;
    }
  });
});
