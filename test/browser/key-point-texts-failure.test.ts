import { expect } from '@open-wc/testing';
import { bundledBodies } from '../../src/core/bundled-key-point-bodies.js';
import { parts } from '../../src/element/screen-table.js';
import { findByRole, getByRole, queryByRole, widget } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';

/**
 * The speerpunten's full texts (the key-points chunk) while they load and when they cannot be
 * loaded: a page of its own, since a chunk is loaded once per page.
 */

const down = globalThis as { stemhulpTestNetworkDown?: boolean };

describe('the speerpunten’s full texts, slow or missing', () => {
  const real = parts.keyPoints;
  afterEach(() => {
    parts.keyPoints = real;
    down.stemhulpTestNetworkDown = false;
  });

  it('a card opened before its text is there says it is loading; a failed load says so quietly in the card, and Probeer opnieuw loads it', async () => {
    let fail!: (e: Error) => void;
    parts.keyPoints = () => new Promise((_, reject) => (fail = reject));
    // The retry asks for the URL the error names (lazy.ts): test/fixtures/chunks/key-points.js, down while this is set.
    down.stemhulpTestNetworkDown = true;
    const el = await widget();
    await findByRole(el, 'heading', 'Onze speerpunten');
    const item = getByRole(el, 'heading', 'Sneller aan het werk').closest('li')!;
    getByRole(item, 'button', /^Lees meer/).click();
    await waitUntil(() => item.querySelector('details')!.open && item.textContent!.includes('Gegevens laden…'), 'loading, in the opened card');
    fail(new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/test/fixtures/chunks/key-points.js`));
    await waitUntil(() => item.textContent!.includes('Een deel van de stemhulp kon niet worden geladen.'), 'the failure, in the card');
    // Not an alert: the cards are closed, and focus goes to a screen's error, never into a card.
    expect(queryByRole(el, 'alert')).to.equal(undefined);
    down.stemhulpTestNetworkDown = false;
    parts.keyPoints = real;
    getByRole(item, 'button', 'Probeer opnieuw').click();
    const first = bundledBodies.werk.split(/\n\s*\n/)[0];
    await waitUntil(() => item.textContent!.includes(first), 'the full text after trying again');
  });
});
