/** Keyboard alone and screen readers: a walk by Tab and Enter, focus after each step, exposed states. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { accessibleName, basicSrc, chooseGemeente, getByRole, visibleText } from '../harness/helpers.js';
import { active, contrast, find, focusOn, press, resetMediaAfterEach, root, widgetIn } from '../harness/a11y-helpers.js';
import { noMediaEmulation, skipIn } from '../harness/engines.js';

resetMediaAfterEach();

describe('keyboard', () => {
  /** Presses Tab until the focused element in the widget has that name; fails if it never comes. */
  async function tabTo(el: StemhulpWidget, name: string | RegExp, max = 25) {
    for (let i = 0; i < max; i++) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      if (a && (typeof name === 'string' ? accessibleName(a) === name : name.test(accessibleName(a)))) return a;
    }
    throw new Error(`Tab never reached ${String(name)}`);
  }

  it('completes the stemhulp by keyboard alone, from the picker to the result, with focus following', async function () {
    this.timeout(20_000);
    const el = await widgetIn({ src: basicSrc });
    await find(el, 'combobox', 'Gemeente');
    const select = await tabTo(el, 'Gemeente');
    await sendKeys({ press: 'ArrowDown' }); // the first gemeente, Aadorp
    await waitUntil(() => (select as HTMLSelectElement).value === 'GM0001', 'gemeente chosen by keyboard');
    await tabTo(el, 'Start de stemhulp');
    await sendKeys({ press: 'Enter' });
    const first = (await focusOn(el, 'statement-text')).textContent;

    await tabTo(el, /^Belangrijk/);
    await sendKeys({ press: ' ' }); // ' ', not 'Space': puppeteer over BiDi knows only the former
    await el.updateComplete;
    expect(getByRole(el, 'button', /^Belangrijk/).getAttribute('aria-pressed')).to.equal('true');

    await tabTo(el, 'Eens');
    await sendKeys({ press: 'Enter' });
    // After an answer, focus is on the next statement: a screen reader reads it at once.
    await waitUntil(() => active(el)?.id === 'statement-text' && active(el)!.textContent !== first, 'focus on the next statement', { timeout: 8000 });

    for (const answer of ['Oneens', 'Sla over']) {
      await tabTo(el, answer);
      const before = active(el)?.textContent;
      await sendKeys({ press: ' ' }); // ' ', not 'Space': puppeteer over BiDi knows only the former
      await waitUntil(() => active(el)?.id === 'statement-text' && active(el)!.textContent !== before, `focus on the statement after ${answer}`, { timeout: 8000 });
    }
    await tabTo(el, 'Eens');
    await sendKeys({ press: 'Enter' });
    // The result's chunk may still be on its way on a busy machine: wait for focus, not a time.
    expect((await focusOn(el, 'result-heading')).textContent).to.equal('Jouw uitslag');

    // Open a party's comparison by keyboard.
    const summary = await tabTo(el, /^Bekijk de standpunten/);
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);

    // No trap: Tab leaves the widget for the next thing on the page.
    for (let i = 0; i < 40 && document.activeElement?.id !== 'after'; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('Vorige returns focus to the statement shown, and from the first statement to the start button', async () => {
    const el = await widgetIn({ src: basicSrc });
    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start de stemhulp');
    await find(el, 'heading', /^Stelling over|^Inline stelling/);
    for (const a of ['Eens', 'Oneens', 'Eens', 'Oneens']) await press(el, 'button', a);
    await focusOn(el, 'result-heading');
    await press(el, 'button', 'Vorige');
    await focusOn(el, 'statement-text');
    expect(visibleText(el)).to.contain('Stelling 4 van 4');
    for (let i = 0; i < 3; i++) await press(el, 'button', 'Vorige');
    expect(visibleText(el)).to.contain('Stelling 1 van 4');
    await press(el, 'button', 'Vorige');
    expect(accessibleName(active(el)!)).to.equal('Start de stemhulp');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    const test = colorScheme === 'dark' ? skipIn(['firefox', 'webkit'], noMediaEmulation) : it;
    test(`shows a focus ring of at least 2 px with 3:1 contrast, in ${colorScheme}`, async () => {
      if (colorScheme === 'dark') await emulateMedia({ colorScheme });
      const el = await widgetIn({ src: basicSrc });
      const select = await find(el, 'combobox', 'Gemeente');
      select.focus();
      await sendKeys({ press: 'Tab' }); // keyboard focus on the start button: :focus-visible
      const button = active(el)!;
      const style = getComputedStyle(button);
      expect(parseFloat(style.outlineWidth), colorScheme).to.be.at.least(2);
      expect(style.outlineStyle).to.equal('solid');
      const bg = getComputedStyle(root(el)).backgroundColor;
      expect(contrast(style.outlineColor, bg), `${colorScheme} focus ring contrast`).to.be.at.least(3);
    });
  }
});

describe('screen readers', () => {
  async function result() {
    const el = await widgetIn({ src: basicSrc });
    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start de stemhulp');
    await find(el, 'heading', /^Stelling over/);
    return el;
  }

  it('exposes progress with the statement, and the chosen answer and Belangrijk as pressed', async () => {
    const el = await result();
    const heading = el.shadowRoot!.querySelector('#statement-text')!;
    // In its name, after the statement: read on arrival everywhere, where a description is a hint iOS may leave out.
    expect(accessibleName(heading)).to.equal('Stelling over opvang Stelling 1 van 4');
    expect(heading.hasAttribute('aria-describedby')).to.equal(false);
    await press(el, 'button', /^Belangrijk/);
    expect(getByRole(el, 'button', /^Belangrijk/).getAttribute('aria-pressed')).to.equal('true');
    await press(el, 'button', 'Oneens');
    await press(el, 'button', 'Vorige');
    expect(getByRole(el, 'button', 'Oneens').getAttribute('aria-pressed')).to.equal('true');
    expect(getByRole(el, 'button', 'Eens').getAttribute('aria-pressed')).to.equal('false');
  });

  it('reads each result item as one sentence: name, list and percentage', async () => {
    const el = await result();
    for (const a of ['Eens', 'Oneens', 'Eens', 'Oneens']) await press(el, 'button', a);
    const lines = [...el.shadowRoot!.querySelectorAll('.party-line')].map((p) => accessibleName(p));
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(line).to.match(/^Partij \S+( \(lijst \d+\))?, \d{1,3} procent overeenkomst$/);
    // The visible name and percentage stay for sighted readers.
    expect(el.shadowRoot!.querySelector('.score')!.textContent).to.match(/^\d{1,3}%$/);
  });
});
