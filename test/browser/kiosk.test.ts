/**
 * Kiosk mode with a short `kiosk="3"`: bigger targets, links as addresses, no share;
 * after 3 s idle `Ben je er nog?` with a 20-second countdown; `Ga verder` keeps
 * everything; otherwise everything is cleared and the widget starts over.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { allByRole, chooseGemeente, findByRole, getByRole, queryByRole, visibleText } from '../harness/helpers.js';
import { statementHeading } from '../harness/helpers.js';
import { initialState, update, type Action, type ReaderState } from '../../src/state/state.js';
import '../../src/state/result.js';
import { isPristine } from '../../src/ui/kiosk/kiosk.js';

async function press(el: StemhulpWidget, role: string, name: string | RegExp) {
  (await findByRole(el, role, name, 5000)).click();
  await el.updateComplete;
}

/** Every control a finger can hit is at least 48 × 48 px (once kiosk mode's sheet is there: it comes with its chunk). */
async function targetsAtLeast48(el: StemhulpWidget, where: string) {
  const small = () =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, summary, input')].some((c) => c.getClientRects().length && c.getBoundingClientRect().height < 48);
  await waitUntil(() => !small(), `${where}: kiosk targets`, { timeout: 5000 }).catch(() => {});
  const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, summary, input')].filter((c) => c.getClientRects().length);
  expect(controls.length, where).to.be.greaterThan(0);
  for (const c of controls) {
    const r = c.getBoundingClientRect();
    expect(r.height, `${where}: ${c.localName} ${c.textContent?.trim().slice(0, 30)} height`).to.be.at.least(48);
    expect(r.width, `${where}: ${c.localName} ${c.textContent?.trim().slice(0, 30)} width`).to.be.at.least(48);
  }
}

const noLinks = (el: StemhulpWidget, where: string) =>
  expect(
    allByRole(el, 'link').map((a) => a.getAttribute('href')),
    where,
  ).to.deep.equal([]);

describe('kiosk', function () {
  this.timeout(60_000);

  it('asks after the idle time, continues on Ga verder, and after the countdown clears everything and starts over', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget kiosk="3" languages="nl en" src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    await findByRole(el, 'combobox', 'Gemeente', 5000);
    await el.updateComplete;
    // Links in the data show their address and open nothing.
    expect(visibleText(el)).to.include('Aanbevelingen van Testorganisatie (example.org/org)');
    noLinks(el, 'home');
    await targetsAtLeast48(el, 'home');

    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    await targetsAtLeast48(el, 'quiz');
    await press(el, 'button', /^Belangrijk/);
    for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Eens']) await press(el, 'button', a);
    await findByRole(el, 'heading', 'Jouw uitslag');
    await press(el, 'button', 'Bekijk de standpunten: Partij Alfa');
    await findByRole(el, 'button', 'Print je uitslag');
    expect(queryByRole(el, 'button', 'Deel je uitslag')).to.equal(undefined);
    expect(visibleText(el)).to.include('Waar kan ik stemmen? (example.org/stembureau)');
    expect(visibleText(el)).to.include('Website van de partij (example.org/alfa)');
    noLinks(el, 'result');
    await targetsAtLeast48(el, 'result');

    // Nobody touches the tablet: after 3 s the question, with 20 seconds to go.
    const dialog = await findByRole(el, 'dialog', 'Ben je er nog?', 10_000);
    expect(dialog.hasAttribute('open')).to.equal(true);
    expect(dialog.textContent).to.match(/Over (20|19) seconden wissen we alle antwoorden en begint de stemhulp opnieuw\./);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Ga verder');
    await targetsAtLeast48(el, 'question');

    await press(el, 'button', 'Ga verder');
    expect(queryByRole(el, 'dialog')).to.equal(undefined);
    expect(getByRole(el, 'heading', 'Jouw uitslag')).to.exist;

    // This person switches to English; asked again, nobody answers.
    const language = getByRole(el, 'combobox', 'Taal') as HTMLSelectElement;
    language.value = 'en';
    await press(el, 'button', 'Taal wijzigen');
    await findByRole(el, 'heading', 'Your result', 5000);
    await findByRole(el, 'dialog', 'Are you still there?', 10_000);
    await waitUntil(() => !queryByRole(el, 'dialog') && queryByRole(el, 'button', 'Start de stemhulp'), 'the Dutch start screen after the countdown', {
      timeout: 30_000,
      interval: 250,
    });
    // The next person starts in the site's language, with nothing chosen.
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(queryByRole(el, 'heading', 'Jouw uitslag')).to.equal(undefined);
    expect((getByRole(el, 'combobox', 'Gemeente') as HTMLSelectElement).value).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('details[open]').length).to.equal(0);
    // Nothing of the last person is left: the same gemeente starts with no answer given.
    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    for (const name of ['Eens', 'Oneens', 'Geen van beide']) expect(getByRole(el, 'button', name).getAttribute('aria-pressed'), name).to.equal('false');
    expect(getByRole(el, 'button', /^Belangrijk/).getAttribute('aria-pressed')).to.equal('false');
  });

  it('is per widget: beside a kiosk on the same page, a plain widget keeps real links, on every screen, whatever renders last', async () => {
    const kiosk = await fixture<StemhulpWidget>(html`<stemhulp-widget kiosk="600" src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    const plain = await fixture<StemhulpWidget>(html`<stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    const both = [kiosk, plain];
    const hrefs = (el: StemhulpWidget) => allByRole(el, 'link').map((a) => a.getAttribute('href'));
    for (const el of both) await findByRole(el, 'combobox', 'Gemeente', 5000);
    // Home: the organisation's link.
    expect(hrefs(plain), 'plain, home').to.deep.equal(['https://example.org/org']);
    noLinks(kiosk, 'kiosk, home');
    expect(visibleText(kiosk)).to.include('Aanbevelingen van Testorganisatie (example.org/org)');

    // Both readers go through the quiz, turn by turn, so their renders interleave.
    for (const el of both) await chooseGemeente(el, 'GM0001');
    for (const el of both) await press(el, 'button', 'Start de stemhulp');
    for (const el of both) await findByRole(el, 'heading', statementHeading('Stelling over opvang'), 5000);
    for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Eens']) for (const el of both) await press(el, 'button', a);
    for (const el of both) await findByRole(el, 'heading', 'Jouw uitslag', 5000);
    for (const el of [plain, kiosk]) await press(el, 'button', 'Bekijk de standpunten: Partij Alfa');

    // The result: the party's website and the next steps (the kiosk rendered last).
    expect(hrefs(plain), 'plain, result').to.include.members(['https://example.org/alfa', 'https://example.org/stembureau', 'https://example.org/flyer.pdf']);
    noLinks(kiosk, 'kiosk, result');
    expect(visibleText(kiosk)).to.include('Website van de partij (example.org/alfa)');
    expect(visibleText(kiosk)).to.include('Waar kan ik stemmen? (example.org/stembureau)');
    expect(visibleText(plain)).not.to.include('(example.org/');

    // Now the plain widget renders last: the kiosk keeps its text, the plain one its links.
    await press(plain, 'button', 'Bekijk de standpunten: Partij Beta');
    noLinks(kiosk, 'kiosk, after the plain widget rendered');
    expect(hrefs(plain), 'plain, after its own render').to.include('https://example.org/alfa');
  });

  it('an untouched widget never asks; without the attribute there is no kiosk at all', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget kiosk="1" src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    const plain = await fixture<StemhulpWidget>(html`<stemhulp-widget src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    await findByRole(el, 'combobox', 'Gemeente', 5000);
    await findByRole(plain, 'combobox', 'Gemeente', 5000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(queryByRole(el, 'dialog')).to.equal(undefined);
    expect(allByRole(plain, 'link').length, 'links stay links outside kiosk mode').to.be.greaterThan(0);
  });

  it('clears a pending Ongedaan maken too: after Opnieuw beginnen the next person cannot bring the last result back', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget kiosk="1" src="/test/fixtures/basic/index.json"></stemhulp-widget>`);
    await findByRole(el, 'combobox', 'Gemeente', 5000);
    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start de stemhulp');
    await findByRole(el, 'heading', statementHeading('Stelling over opvang'));
    for (const a of ['Eens', 'Oneens', 'Geen van beide', 'Eens']) await press(el, 'button', a);
    await findByRole(el, 'heading', 'Jouw uitslag');
    await press(el, 'button', 'Opnieuw beginnen');
    await findByRole(el, 'button', 'Ongedaan maken');
    // The start screen with an undo pending holds the last reader's answers: the kiosk asks, then clears.
    await findByRole(el, 'dialog', 'Ben je er nog?', 10_000);
    await waitUntil(() => !queryByRole(el, 'dialog'), 'the countdown to end', { timeout: 30_000, interval: 250 });
    expect(queryByRole(el, 'button', 'Ongedaan maken')).to.equal(undefined);
    expect((getByRole(el, 'combobox', 'Gemeente') as HTMLSelectElement).value).to.equal('');
  });
});

describe('kiosk: what counts as untouched', () => {
  const run = (s: ReaderState, ...actions: Action[]) => actions.reduce(update, s);
  const answered = run(initialState, { type: 'choose', gemeente: 'GM0001' }, { type: 'start' }, { type: 'answer', step: 0, statement: 's1', answer: 'agree', total: 1 });

  it('only the start screen as the site set it up, with nothing of a reader in it', () => {
    expect(isPristine(initialState)).to.equal(true);
    expect(isPristine(run(initialState, { type: 'choose', gemeente: 'GM0001' }), 'gm0001'), "the site's preset").to.equal(true);
    expect(isPristine(run(initialState, { type: 'choose', gemeente: 'GM0001' })), 'a gemeente the reader chose').to.equal(false);
    expect(isPristine(answered), 'the result').to.equal(false);
    expect(isPristine(run(answered, { type: 'restart-with-undo' })), 'an undo pending').to.equal(false);
    expect(isPristine(run(answered, { type: 'restart-with-undo' }), 'GM0001'), 'an undo pending, preset gemeente').to.equal(false);
    expect(isPristine({ ...initialState, hiddenParties: new Map([['GM0002', new Set(['p1'])]]) }), 'a party choice').to.equal(false);
    expect(isPristine(run(answered, { type: 'clear', gemeente: '' }))).to.equal(true);
  });
});
