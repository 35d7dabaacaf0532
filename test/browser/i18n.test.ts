/** Languages: nl, en and ar from lang attributes or the switcher, right to left, Intl dates and numbers. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { accessibleName, allByRole, chooseGemeente, getByRole, visibleText } from '../harness/helpers.js';
import { answerUntilResult, find, press, demoSrc, noHorizontalOverflow, resetMediaAfterEach, root, shown, startDemo, widgetIn, words } from '../harness/a11y-helpers.js';
import { noViewport, skipIn } from '../harness/engines.js';
import { statementHeading } from '../harness/helpers.js';

resetMediaAfterEach();

describe('languages', () => {
  it('is Dutch without any lang', async () => {
    const el = await widgetIn({});
    expect(root(el).lang).to.equal('nl');
    expect(root(el).dir).to.equal('ltr');
    expect(getByRole(el, 'heading', 'Onze speerpunten')).to.exist;
  });

  it('takes the nearest ancestor lang, and the element lang before it', async () => {
    const el = await widgetIn({ wrapperLang: 'en-GB' });
    // A regional tag shows its base language, whose strings the widget has.
    await shown(el, 'en');
    expect(getByRole(el, 'heading', 'Our key points')).to.exist;
    // The bundled speerpunten are translated too.
    expect(visibleText(el)).to.contain('Small-scale reception in the heart of the community');
    el.setAttribute('lang', 'nl');
    await shown(el, 'nl');
    expect(getByRole(el, 'heading', 'Onze speerpunten')).to.exist;
  });

  it('follows a change of its own lang attribute, to Arabic and right to left', async () => {
    const el = await widgetIn({ lang: 'nl' });
    el.setAttribute('lang', 'ar');
    await shown(el, 'ar');
    expect(root(el).dir).to.equal('rtl');
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    expect(getByRole(el, 'heading', 'أولوياتنا')).to.exist;
    expect(visibleText(el)).to.contain('استقبال صغير الحجم في قلب المجتمع');
  });

  it('offers a language switcher with languages="nl en ar", each named in itself', async () => {
    const el = await widgetIn({ languages: 'nl en ar' });
    const select = getByRole(el, 'combobox', 'Taal') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Nederlands', 'English', 'العربية']);
    expect([...select.options].map((o) => o.lang)).to.deep.equal(['nl', 'en', 'ar']);
    // What an arrow key on the closed select does in Chromium and Firefox: a new value and `change`.
    // Nothing switches yet (WCAG 3.2.2); the button does it.
    select.focus();
    select.value = 'en';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).lang).to.equal('nl');
    expect(el.hasAttribute('lang')).to.equal(false);
    const apply = getByRole(el, 'button', 'Taal wijzigen');
    apply.focus();
    apply.click();
    await shown(el, 'en');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(getByRole(el, 'combobox', 'Language')).to.exist;
    expect(getByRole(el, 'heading', 'Our key points')).to.exist;
    // Focus stays on the button, now named in the new language.
    expect(el.shadowRoot!.activeElement).to.equal(getByRole(el, 'button', 'Change language'));
  });

  it('says "choose a gemeente first" in the widget\'s language, not the browser\'s, when Start is pressed without one', async () => {
    const first = { nl: 'Kies eerst je gemeente.', en: 'Choose your municipality first.', ar: 'اختر بلديتك أولًا.' };
    for (const lang of ['nl', 'en', 'ar'] as const) {
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      const select = (await find(el, 'combobox', words[lang].gemeente)) as HTMLSelectElement;
      await press(el, 'button', words[lang].start);
      expect(select.validationMessage, lang).to.equal(first[lang]);
      expect(root(el).querySelector('.quiz'), lang).to.equal(null);
      // Chosen, the message is gone and Start starts.
      await chooseGemeente(el, 'GM9901');
      expect(select.validationMessage, lang).to.equal('');
    }
  });

  it('shows Dutch, marked as Dutch, for a tag it cannot use or has no translation for', async () => {
    // nl_NL is what some CMSs write; he has no translation and is right to left.
    for (const lang of ['nl_NL', 'Nederlands', 'he', 'de-DE']) {
      const el = await widgetIn({ wrapperLang: lang });
      await el.updateComplete;
      expect(root(el).lang, lang).to.equal('nl');
      expect(root(el).dir, lang).to.equal('ltr');
      expect(getByRole(el, 'heading', 'Onze speerpunten'), lang).to.exist;
    }
  });

  it('ignores stray spaces and untranslated tags in languages', async () => {
    const el = await widgetIn({ languages: ' nl  en he ' });
    const select = getByRole(el, 'combobox', 'Taal') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['nl', 'en']);
  });

  it('marks data text that falls back to another language with that language, paragraphs too', async () => {
    // The basic fixture has Dutch-only statements and explanations.
    const el = await widgetIn({ lang: 'en', src: '/test/fixtures/basic/index.json' });
    await shown(el, 'en');
    await chooseGemeente(el, 'GM0001');
    await press(el, 'button', 'Start the voting aid');
    await find(el, 'heading', statementHeading('Stelling over opvang'));
    expect(getByRole(el, 'heading', statementHeading('Stelling over opvang')).querySelector('[lang="nl"]')).to.exist;
    await press(el, 'button', 'More explanation');
    expect(el.shadowRoot!.querySelector('.explanation p')!.getAttribute('lang')).to.equal('nl');
  });

  it('has no switcher without the languages attribute', async () => {
    const el = await widgetIn({});
    expect(allByRole(el, 'combobox')).to.have.length(0);
  });

  it('shows data texts, dates and percentages in English', async function () {
    this.timeout(20_000);
    const el = await widgetIn({ lang: 'en', src: demoSrc });
    await shown(el, 'en');
    await startDemo(el, 'en');
    expect(visibleText(el)).to.contain('Statement 1 of 10');
    await answerUntilResult(el, 'en');
    const text = visibleText(el);
    expect(text).to.contain('18 March 2026');
    expect(text).to.contain('Example Prosperity List');
    expect(el.shadowRoot!.querySelector('.score')!.textContent).to.match(/^\d{1,3}%$/);
  });

  it('Arabic: statements, Latin-digit percentages in right-to-left text, the Arabic date', async function () {
    this.timeout(20_000);
    const el = await widgetIn({ lang: 'ar', src: demoSrc });
    await shown(el, 'ar');
    await startDemo(el, 'ar');
    expect(visibleText(el)).to.contain('العبارة 1 من 10');
    expect(getByRole(el, 'heading', /^تفتح البلدية موقع استقبال صغيرًا/)).to.exist;
    await answerUntilResult(el, 'ar');
    // Latin digits, as on the Dutch ballot; the percent sign placed by Intl for Arabic.
    expect(el.shadowRoot!.querySelector('.score')!.textContent).to.match(/^\d{1,3}\u200e?%\u200e?$/);
    expect(visibleText(el)).to.contain('18 مارس 2026');
    const li = el.shadowRoot!.querySelector('.party-line')!;
    expect(accessibleName(li)).to.match(/^.+، تطابق بنسبة \d{1,3} بالمئة$/);
  });

  skipIn('webkit', noViewport)('Arabic at 360 px: the answers and the result sit right to left with nothing outside the widget', async function () {
    this.timeout(20_000);
    await setViewport({ width: 360, height: 700 });
    const el = await widgetIn({ lang: 'ar', src: demoSrc });
    await shown(el, 'ar');
    await startDemo(el, 'ar');
    // Short text starts at the right edge: the progress line sits right, away from the left.
    const box = root(el).getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('.progress-text')!);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right, 'distance to the right edge').to.be.lessThan(40);
    expect(text.left - box.left, 'distance to the left edge').to.be.greaterThan(100);
    await answerUntilResult(el, 'ar');
    noHorizontalOverflow(el);
  });
});
