import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { chooseGemeente, click, findByRole, widget } from '../harness/helpers.js';

// In the test runner every source module is its own request: more than the default 250 entries.
performance.setResourceTimingBufferSize(2000);
const requested = (part: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(part));

describe('lazy views are prefetched', () => {
  it('fetches the quiz while the reader is on the start screen and the result once the quiz starts', async () => {
    const el = await widget();
    await findByRole(el, 'combobox', 'Gemeente');
    await el.updateComplete;
    // Resource Timing lists a request once its response has ended: wait for it, with the
    // reader still on the start screen (nothing is pressed before the quiz chunk is there).
    await waitUntil(() => requested('/src/chunks/quiz.'), 'quiz chunk before Start', { timeout: 4000 });
    expect(requested('/src/chunks/result.'), 'no result chunk on the start screen').to.equal(false);
    expect(requested('/src/chunks/verdict.'), 'no verdict chunk before a gemeente is chosen').to.equal(false);
    await chooseGemeente(el, 'GM0001');
    // "Bekijk het oordeel per partij" appears now: its table is fetched while the reader decides.
    await waitUntil(() => requested('/src/chunks/verdict.'), 'verdict chunk prefetched once a gemeente is chosen', { timeout: 4000 });
    await click(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'button', 'Eens');
    // The verdict's prefetch (with a gemeente chosen) may still hold the connections: the
    // result is fetched while the reader is on the first statement, without going there.
    await waitUntil(() => requested('/src/chunks/result.'), 'result chunk prefetched at the first statement', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('#result-heading')).to.equal(null);
  });
});
