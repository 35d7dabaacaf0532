/**
 * Browsers the widget must still serve although they lack a newer API. Each test takes the
 * API away in this page, uses the widget as a reader does, and puts the API back.
 */
import { expect } from '@open-wc/testing';
import { chooseGemeente, click, findByRole, queryByRole, widget } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

describe('older browsers', () => {
  it('loads the index and a gemeente file without AbortSignal.any (Safari before 17.4)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    delete (AbortSignal as { any?: unknown }).any;
    try {
      // A query of its own: no request shared with another test's.
      const el = await widget('/test/fixtures/basic/index.json?no-abort-signal-any');
      await chooseGemeente(el, 'GM0001');
      await click(el, 'button', 'Start de stemhulp');
      expect(await findByRole(el, 'heading', statementHeading('Stelling over opvang'))).to.exist;
      expect(queryByRole(el, 'alert')).to.equal(undefined);
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any);
    }
  });
});
