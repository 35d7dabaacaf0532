/**
 * A result chunk that fails (its own page: once a chunk has loaded, it stays loaded for
 * the page, and reaching the quiz already prefetches the result).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { screens } from '../../src/element/screen-table.js';
import { chooseGemeente, click, findByRole, widget } from '../harness/helpers.js';

describe('lazy result view', () => {
  it('after Probeer opnieuw loads the result chunk, the result is shown with focus and stemhulp-complete is sent once', async () => {
    const real = screens.result.chunk;
    (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = true;
    screens.result.chunk = () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/test/fixtures/chunks/result.js`));
    try {
      const el = await widget();
      let events = 0;
      el.addEventListener('stemhulp-complete', () => events++);
      await chooseGemeente(el, 'GM0002');
      await click(el, 'button', 'Start de stemhulp');
      await click(el, 'button', 'Eens');
      await click(el, 'button', 'Eens');
      const alert = await findByRole(el, 'alert', /^Een deel van de stemhulp kon niet worden geladen\./);
      await waitUntil(() => el.shadowRoot!.activeElement === alert, 'focus on the error');
      expect(events).to.equal(0);
      screens.result.chunk = real;
      (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = false;
      await click(el, 'button', 'Probeer opnieuw');
      const heading = await findByRole(el, 'heading', 'Jouw uitslag');
      await waitUntil(() => events === 1, 'stemhulp-complete after the retry');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      await click(el, 'button', /Partij X/);
      expect(events).to.equal(1);
    } finally {
      screens.result.chunk = real;
      (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = false;
    }
  });
});
