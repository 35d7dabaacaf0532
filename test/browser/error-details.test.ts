import { expect, fixture, html } from '@open-wc/testing';
import { LoadError } from '../../src/data/load.js';
import { parts } from '../../src/element/screen-table.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { errorBox } from '../../src/ui/common/common.js';
import { click, findByRole, getByRole, queryByRole, widget } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';

/**
 * What is behind an error's Details comes in the details chunk, fetched as the error shows
 * (issue 24). A page of its own: the first test needs the chunk not yet loaded.
 */

const down = globalThis as { stemhulpTestNetworkDown?: boolean };

describe('Details under an error', () => {
  const real = parts.details;
  afterEach(() => {
    parts.details = real;
    down.stemhulpTestNetworkDown = false;
  });

  it('where the details chunk cannot be fetched either, Details holds the address alone; the next error tries the chunk again', async () => {
    down.stemhulpTestNetworkDown = true;
    parts.details = () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${location.origin}/test/fixtures/chunks/details.js`));
    const el = await widget('/__test/status/503');
    const alert = await findByRole(el, 'alert');
    await click(el, 'button', 'Details');
    expect(alert.querySelector('details code')!.textContent).to.contain('/__test/status/503');
    expect(alert.textContent).not.to.contain('status 503');
    // The network is back: Probeer opnieuw brings a new error, whose Details ask for the chunk again.
    down.stemhulpTestNetworkDown = false;
    parts.details = real;
    await click(el, 'button', 'Probeer opnieuw');
    await waitUntil(() => queryByRole(el, 'alert')?.textContent?.includes('De server antwoordde met status 503.'), 'the words behind Details');
  });

  it('a page that may not show the data gets no Details at all, and does not ask for them', async () => {
    let asked = 0;
    const box = await fixture(
      html`<div>
        ${errorBox(nl, nl.errorKind.refused, new LoadError('refused', '', 'refused'), undefined, () => (++asked, html`<p>words</p>`))}
      </div>`,
    );
    expect(getByRole(box as HTMLElement, 'alert').textContent).to.contain(nl.errorKind.refused);
    expect(box.querySelector('details')).to.equal(null);
    expect(asked).to.equal(0);
  });
});
