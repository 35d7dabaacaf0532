/**
 * Plain words (issue 26): the interface's own hard words explained where the reader meets
 * them, under *Onze speerpunten* and in *Hoe werkt dit?* (src/ui/common/words.ts), by role
 * and name, by keyboard, in Dutch, English and Arabic; and not marked in the data's texts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { active, answerUntilResult, demoSrc, find, press, shown, startDemo, widgetIn, type Lang } from '../harness/a11y-helpers.js';
import { accessibleName, chooseGemeente, click, getByRole, queryByRole, widget } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';

const region = (el: StemhulpWidget, button: HTMLElement) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Opens the word's button and waits for its explanation (the quiz chunk brings it, when not there yet). */
async function open(el: StemhulpWidget, name: string, expected: RegExp) {
  const button = getByRole(el, 'button', name);
  expect(button.getAttribute('aria-expanded'), `${name} closed at first`).to.equal('false');
  const box = region(el, button);
  expect(box.getAttribute('role')).to.equal('region');
  expect(box.hidden).to.equal(true);
  await press(el, 'button', name);
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  expect(box.hidden).to.equal(false);
  if (!expected.test(norm(box.textContent))) await waitUntil(() => expected.test(norm(box.textContent)), `the explanation of ${name}`, { timeout: 8000 });
  expect(accessibleName(box), 'the region is named by its word').to.equal(name);
  return { button, box };
}

const speerpunt = {
  nl: ['Onze speerpunten', 'Moeilijke woorden: speerpunt', /^speerpunt: Een onderwerp dat voor ons het belangrijkst is\. Wij hebben vier speerpunten/],
  en: ['Our key points', 'Difficult words: key point', /^key point: A subject that matters most to us\./],
  ar: ['أولوياتنا', 'كلمات صعبة: أولوية', /^أولوية: موضوع هو الأهم بالنسبة لنا\./],
} as const;

/** The explanation inside the disclosure, once the quiz chunk has brought it. */
async function explained(details: HTMLDetailsElement, expected: RegExp) {
  const text = () => norm(details.querySelector('p')?.textContent);
  if (!expected.test(text())) await waitUntil(() => expected.test(text()), 'the explanation', { timeout: 8000 });
}

describe('plain words: the interface explains its own words', function () {
  this.timeout(30_000);

  for (const lang of ['nl', 'en', 'ar'] as const) {
    it(`${lang}: right under the speerpunten heading, "Moeilijke woorden: speerpunt" opens its explanation, and closes it`, async () => {
      const [heading, name, explanation] = speerpunt[lang];
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      const h = await find(el, 'heading', heading);
      const details = h.nextElementSibling as HTMLDetailsElement;
      expect(details.tagName).to.equal('DETAILS');
      const summary = getByRole(el, 'button', name);
      expect(details.contains(summary)).to.equal(true);
      expect(details.open).to.equal(false);
      await press(el, 'button', name);
      expect(details.open).to.equal(true);
      await explained(details, explanation);
      expect(details.querySelector('[lang]'), 'in the language shown').to.equal(null);
      await expect(el).to.be.accessible();
      await press(el, 'button', name);
      expect(details.open).to.equal(false);
    });
  }

  it('opens by keyboard: Tab to it, Enter; also in a widget with only the speerpunten (no data), which fetches the explanation then', async () => {
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget lang="nl"></stemhulp-widget>`);
    const h = await find(el, 'heading', 'Onze speerpunten');
    expect(queryByRole(el, 'combobox', 'Gemeente'), 'no stemhulp without data').to.equal(undefined);
    h.setAttribute('tabindex', '-1');
    h.focus();
    for (let i = 0; i < 4 && accessibleName(active(el)!) !== 'Moeilijke woorden: speerpunt'; i++) await sendKeys({ press: 'Tab' });
    expect(accessibleName(active(el)!)).to.equal('Moeilijke woorden: speerpunt');
    await sendKeys({ press: 'Enter' });
    const details = h.nextElementSibling as HTMLDetailsElement;
    await waitUntil(() => details.open, 'opened by Enter', { timeout: 4000 });
    await explained(details, /Bij elk speerpunt zeggen we wat de gemeente volgens ons moet doen\.$/);
    expect(accessibleName(active(el)!), 'focus stays on it').to.equal('Moeilijke woorden: speerpunt');
  });

  for (const [lang, how, names, word, explanation] of [
    [
      'nl',
      'Hoe werkt dit?',
      ['standpunt', 'stelling', 'percentage', 'lijstnummer', 'advies', 'speerpunt'],
      'percentage',
      /^percentage: Een deel van 100\. 75% betekent: 75 van de 100\.$/,
    ],
    [
      'en',
      'How does this work?',
      ['position', 'statement', 'percentage', 'list number', 'advice', 'key point'],
      'list number',
      /^list number: The number of a party on the ballot paper\.$/,
    ],
    ['ar', 'كيف يعمل هذا؟', ['موقف', 'عبارة', 'نسبة مئوية', 'رقم القائمة', 'نصيحة', 'أولوية'], 'نصيحة', /^نصيحة: الجواب على عبارة/],
  ] as const) {
    it(`${lang}: ${how} lists its hard words first, each opening its explanation`, async () => {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      await startDemo(el, lang as Lang);
      await answerUntilResult(el, lang as Lang);
      await click(el, 'button', how);
      const section = el.shadowRoot!.querySelector('[part~="how-it-works"]')!;
      const terms = section.querySelector('.terms')!;
      expect(terms.previousElementSibling!.tagName, 'right after the summary').to.equal('SUMMARY');
      expect([...terms.querySelectorAll('button')].map(accessibleName)).to.deep.equal(names);
      await open(el, word, explanation);
      await expect(el).to.be.accessible();
    });
  }

  it('the interface words are not marked in the data: a statement "Stelling over opvang" has no hard words', async () => {
    const el = await widget();
    await chooseGemeente(el, 'GM0001');
    await click(el, 'button', 'Start de stemhulp');
    const statement = await find(el, 'heading', /^Stelling over opvang/);
    expect(el.shadowRoot!.querySelector('.quiz .terms'), 'no "Moeilijke woorden" line').to.equal(null);
    expect(statement.querySelector('.term')).to.equal(null);
  });
});
