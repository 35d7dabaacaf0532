/**
 * Language files from the data (issue 26; docs/data-format.md, "Language files"): the index of
 * test/fixtures/own-language/ names files for Turkish and Dhivehi, which the widget does not
 * ship, a broken one for Kurdish, and one that corrects a word of its own Arabic.
 */
import { expect } from '@open-wc/testing';
import { allByRole, findByRole, getByRole, requestsSince, spyOn, visibleText } from '../harness/helpers.js';
import { root, shown, widgetIn } from '../harness/a11y-helpers.js';
import { waitUntil } from '../harness/wait.js';

const src = '/test/fixtures/own-language/index.json';

describe('a language from the data', () => {
  it("a reader of a language the widget does not ship sees the file's words, English where the file has none, and never Dutch first", async () => {
    const before = performance.now();
    const el = await widgetIn({ lang: 'tr', src });
    // Until the index and the file are there, nothing shows (the host's reserved height holds the place).
    const langs = new Set<string>();
    const watch = new MutationObserver(() => root(el) && langs.add(root(el).lang));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await shown(el, 'tr');
    watch.disconnect();
    expect([...langs]).to.deep.equal(['tr']);
    expect(root(el).dir).to.equal('ltr');
    expect(getByRole(el, 'heading', 'Önceliklerimiz')).to.exist;
    expect(getByRole(el, 'heading', 'Oy rehberi: mülteciler ve belediyeniz')).to.exist;
    // The file fetched once, for this reader's language only.
    const files = requestsSince(before).data.filter((p) => p.includes('/talen/'));
    expect(files).to.deep.equal(['/test/fixtures/own-language/talen/tr.json']);

    const picker = getByRole(el, 'combobox', 'Belediye') as HTMLSelectElement;
    picker.value = 'GM9995';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    (await findByRole(el, 'button', 'Oy rehberini başlat')).click();
    // Its placeholders filled as text; a key it lacks ("Disagree") in English.
    await findByRole(el, 'heading', /Önerme 1 \/ 2$/, 4000);
    expect(getByRole(el, 'button', 'Katılıyorum')).to.exist;
    expect(getByRole(el, 'button', 'Disagree')).to.exist;
    expect(visibleText(el)).not.to.contain('Oneens');
  });

  it("a part opened in a language the widget does not ship: the file's words over English, from the English parts chunk", async () => {
    const before = performance.now();
    const el = await widgetIn({ lang: 'tr', src });
    await shown(el, 'tr');
    const picker = getByRole(el, 'combobox', 'Belediye') as HTMLSelectElement;
    picker.value = 'GM9995';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    // The file has no words for the disclosure itself (English) and one of *Mag ik stemmen?*'s (Evet).
    (await findByRole(el, 'button', 'Am I allowed to vote?', 5000)).click();
    const age = await findByRole(el, 'group', /^Are you 18 or older/, 5000);
    expect(getByRole(age, 'radio', 'Evet')).to.exist;
    expect(getByRole(age, 'radio', 'No')).to.exist;
    expect(visibleText(el)).not.to.contain('Nee');
    // English's parts chunk (unbundled here: /src/i18n/en/parts.…), no Turkish one (there is none).
    const parts = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= before)
      .map((e) => /\/i18n\/([\w-]+)\/parts\.\w+$/.exec(new URL(e.name).pathname)?.[1])
      .filter(Boolean);
    expect(parts).to.deep.equal(['en']);
  });

  it('takes its direction and its name from the file, and the switcher offers it before fetching it', async () => {
    const before = performance.now();
    const el = await widgetIn({ lang: 'nl', src, languages: 'nl dv' });
    const select = (await findByRole(el, 'combobox', 'Taal')) as HTMLSelectElement;
    await waitUntil(() => select.options.length === 2, "the switcher offers the data's language");
    expect([...select.options].map((o) => o.value)).to.deep.equal(['nl', 'dv']);
    expect(requestsSince(before).data.filter((p) => p.includes('/talen/'))).to.deep.equal([]);
    select.value = 'dv';
    getByRole(el, 'button', 'Taal wijzigen').click();
    await shown(el, 'dv');
    // Dhivehi is not among the languages the widget knows to be right to left: the file says so.
    expect(root(el).dir).to.equal('rtl');
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    expect(getByRole(el, 'heading', 'ޖަމިއްޔާގެ ކަންކަން')).to.exist;
    const again = getByRole(el, 'combobox', 'ބަސް') as HTMLSelectElement;
    expect([...again.options].find((o) => o.value === 'dv')!.textContent!.trim()).to.equal('ދިވެހި');
  });

  it("corrects a language the widget ships: the file's word, the widget's own Arabic for the rest", async () => {
    const el = await widgetIn({ lang: 'ar', src });
    await shown(el, 'ar');
    await findByRole(el, 'heading', 'أولويات منظمتنا');
    expect(root(el).dir).to.equal('rtl');
    expect(getByRole(el, 'combobox', 'البلدية')).to.exist;
  });

  it('a broken file never breaks the widget: it shows what it would without the file, and warns', async () => {
    const warn = spyOn(console, 'warn');
    try {
      const el = await widgetIn({ lang: 'ku', src });
      await shown(el, 'nl');
      await waitUntil(() => warn.calls.some((c) => String(c[0]).includes('talen/kapot.json')), 'a console warning naming the file');
      expect(getByRole(el, 'heading', 'Onze speerpunten')).to.exist;
      expect(allByRole(el, 'alert')).to.deep.equal([]);
      const picker = getByRole(el, 'combobox', 'Gemeente') as HTMLSelectElement;
      expect([...picker.options].map((o) => o.value)).to.include('GM9995');
    } finally {
      warn.restore();
    }
  });
});
