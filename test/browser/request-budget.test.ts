import { expect } from '@open-wc/testing';
import { chooseGemeente, click, findByRole, requestsSince, widget } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';

// The request budget from the README: with a gemeente preset, nothing but the script (with
// its quiz and result chunks) and the index before the first statement, plus one request
// per chosen gemeente file. The script is loaded by the test runner here, so these tests
// count the data requests and check that nothing else is requested at all (anything not a
// data file is the widget's own code); `npm run bench` counts the script too.
const fixtures = '/test/fixtures/requests';

/** Every request since `since` that is not the widget's own code: each must be an expected data file. */
const requestedSince = (since: number) => requestsSince(since).data;

describe('request budget', () => {
  it('with a gemeente preset, requests only the index and that gemeente before the first statement', async () => {
    const since = performance.now();
    const el = await widget(`${fixtures}/index.json`, 'GM0102');
    await click(el, 'button', 'Start de stemhulp voor Beestad');
    await findByRole(el, 'heading', statementHeading('Eerste stelling in Beestad'));
    expect(requestedSince(since)).to.have.members([`${fixtures}/index.json`, `${fixtures}/gemeenten/GM0102.json`]);
  });

  it('with the picker, requests one file per chosen gemeente and nothing more up to the result', async () => {
    // Its own index URL: the first test's index and gemeente are already shared on this page.
    const src = `${fixtures}/index.json?picker`;
    const since = performance.now();
    const el = await widget(src);
    await findByRole(el, 'combobox', 'Gemeente');
    expect(requestedSince(since)).to.deep.equal([src]);

    // Each gemeente is started (so its file has loaded) before going back to choose another:
    // a choice changed while its file is still loading aborts that request, and choosing it
    // again rightly fetches it anew.
    const start = async (code: string, name: string) => {
      await chooseGemeente(el, code);
      await click(el, 'button', 'Start de stemhulp');
      await findByRole(el, 'heading', statementHeading(`Eerste stelling in ${name}`));
    };
    await start('GM0101', 'Aastad');
    await click(el, 'button', 'Vorige');
    await start('GM0103', 'Ceestad');
    await click(el, 'button', 'Vorige');
    await start('GM0101', 'Aastad');
    await click(el, 'button', 'Eens');
    await click(el, 'button', 'Oneens');
    await findByRole(el, 'heading', 'Jouw uitslag');
    expect(requestedSince(since)).to.have.members([src, `${fixtures}/gemeenten/GM0101.json`, `${fixtures}/gemeenten/GM0103.json`]);
  });
});
