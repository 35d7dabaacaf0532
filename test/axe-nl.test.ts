/** axe on every view in Dutch, light and dark (one file per language: each takes a while under load). */
import { axeEveryView, resetMediaAfterEach } from './a11y-helpers.js';

resetMediaAfterEach();

describe('axe, nl', () => {
  it('passes on every view, in light and dark', async function () {
    this.timeout(60_000); // eight axe runs and ten statements on a shared two-core machine
    await axeEveryView('nl');
  });
});
