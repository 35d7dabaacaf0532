/** axe on the verdict table (a number opened) and on the result with its chart and advice, in nl, en and ar, light and dark. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { answerUntilResult, demoSrc, find, press, resetMediaAfterEach, shown, startDemo, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { noMediaEmulation, skipIn } from '../harness/engines.js';

const verdictButton: Record<Lang, string> = {
  nl: 'Bekijk het oordeel per partij',
  en: 'See the verdict per party',
  ar: 'اطّلع على التقييم لكل حزب',
};

const previous: Record<Lang, string> = { nl: 'Vorige', en: 'Previous', ar: 'السابق' };

resetMediaAfterEach();

/** The verdict table with a number and "Wie oordeelt" opened, then the result with the chart and a comparison open. */
async function axeVerdict(lang: Lang, colorScheme: 'light' | 'dark') {
  const axeNow = async (el: StemhulpWidget, what: string) => {
    if (colorScheme === 'dark') await emulateMedia({ colorScheme });
    await expect(el, `${what}, ${colorScheme}`).to.be.accessible();
  };
  const el = await widgetIn({ lang, src: demoSrc, languages: 'nl en ar' });
  await shown(el, lang);
  const select = (await find(el, 'combobox', words[lang].gemeente)) as HTMLSelectElement;
  select.value = 'GM9901';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await press(el, 'button', verdictButton[lang]);
  // The verdict is a lazy chunk: wait for its table, not just any heading.
  await waitUntil(() => el.shadowRoot!.querySelector('.cell-button'), 'verdict table', { timeout: 4000 });
  el.shadowRoot!.querySelector<HTMLElement>('.cell-button')!.click();
  el.shadowRoot!.querySelector<HTMLElement>('.how-verdict summary')!.click();
  // Under the table: when the data was updated and its corrections (issue 25), opened.
  el.shadowRoot!.querySelector<HTMLElement>('.corrections summary')!.click();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.details-row')).to.exist;
  expect(el.shadowRoot!.querySelector('.corrections[open] li')).to.exist;
  await axeNow(el, 'table');
  await press(el, 'button', previous[lang]);
  await startDemo(el, lang);
  await answerUntilResult(el, lang);
  expect(el.shadowRoot!.querySelector('.chart svg')).to.exist;
  el.shadowRoot!.querySelector<HTMLElement>('.party summary')!.click();
  await el.updateComplete;
  await axeNow(el, 'result');
}

for (const lang of ['nl', 'en', 'ar'] as const) {
  describe(`axe on the verdict, ${lang}`, () => {
    it('passes on the table with a number opened, and on the result with the chart and the advice, in light', async function () {
      this.timeout(60_000); // two axe runs and ten statements on a shared two-core machine
      await axeVerdict(lang, 'light');
    });

    skipIn(['firefox', 'webkit'], noMediaEmulation)('passes on the same views in dark', async function () {
      this.timeout(60_000);
      await axeVerdict(lang, 'dark');
    });
  });
}
