/** axe on every view in English, light and dark (one file per language: each takes a while under load). */
import { axeEveryView, resetMediaAfterEach } from '../harness/a11y-helpers.js';
import { noMediaEmulation, skipIn } from '../harness/engines.js';

resetMediaAfterEach();

describe('axe, en', () => {
  it('passes on every view, in light', async function () {
    this.timeout(60_000); // four axe runs and ten statements on a shared two-core machine
    await axeEveryView('en', 'light');
  });

  skipIn(['firefox', 'webkit'], noMediaEmulation)('passes on every view, in dark', async function () {
    this.timeout(60_000);
    await axeEveryView('en', 'dark');
  });
});
