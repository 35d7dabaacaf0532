import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { screens } from '../../src/element/screen-table.js';
import { strings as ar } from '../../src/i18n/ar/ui.js';
import { allByRole, chooseGemeente, click, findByRole, getByRole, widget } from '../harness/helpers.js';

/** How a browser reports a chunk it could not fetch (Chromium's words, with the chunk's URL). */
const chunkFailure = (name: string) => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/test/fixtures/chunks/${name}.js`));

// The first test in this file: no chunk has been loaded on this page yet.
describe('lazy views', () => {
  it('a quiz chunk that fails shows the usual error; Probeer opnieuw loads it; Vorige goes back', async () => {
    const real = screens.quiz.chunk;
    (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = true;
    let calls = 0;
    screens.quiz.chunk = () => (++calls, chunkFailure('quiz'));
    try {
      const el = await widget();
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      const alert = await findByRole(el, 'alert');
      expect(alert.textContent).to.contain('Een deel van de stemhulp kon niet worden geladen. Probeer het later opnieuw.');
      expect(calls).to.be.greaterThan(0);
      await waitUntil(() => el.shadowRoot!.activeElement === alert, 'focus on the error, not <body>');
      await click(el, 'button', 'Details');
      expect(alert.querySelector('code')!.textContent).to.equal(`${location.origin}/test/fixtures/chunks/quiz.js`);
      el.lang = 'en';
      await findByRole(el, 'alert', /^Part of the voting aid could not be loaded\. Please try again later\./);
      el.lang = 'ar';
      await findByRole(el, 'alert', new RegExp(`^${ar.errorChunk}`));
      el.lang = 'nl';
      await findByRole(el, 'alert', /^Een deel van de stemhulp/);
      await click(el, 'button', 'Vorige');
      await findByRole(el, 'button', 'Start de stemhulp');
      screens.quiz.chunk = real;
      (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = false;
      // Entering the screen again tries again: the network may be back.
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'button', 'Eens');
    } finally {
      screens.quiz.chunk = real;
      (globalThis as { stemhulpTestNetworkDown?: boolean }).stemhulpTestNetworkDown = false;
    }
  });

  it('a gemeente file that fails after Start puts focus on its error', async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0003');
    await findByRole(el, 'alert');
    await click(el, 'button', 'Start de stemhulp');
    const alert = await findByRole(el, 'alert', /^De gegevens voor Cedorp konden niet worden geladen/);
    await waitUntil(() => el.shadowRoot!.activeElement === alert, 'focus on the error, not <body>');
    // The reader stays where the gemeente is chosen (issue 21: one alert, not a second on a new screen).
    expect(allByRole(el, 'alert')).to.have.length(1);
    expect(getByRole(el, 'combobox', 'Gemeente')).to.exist;
  });
});
