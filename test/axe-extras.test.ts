/**
 * axe on the share, print and kiosk views in nl, en and ar, light and dark, at 320 px:
 * the share buttons with each hand-over outcome, a shared result, an unreadable link,
 * the printed stemkaart (print media) and the kiosk question.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../src/stemhulp-widget.js';
import { answerUntilResult, demoSrc, find, noHorizontalOverflow, press, resetMediaAfterEach, shown, widgetIn, words, type Lang } from './a11y-helpers.js';

resetMediaAfterEach();

const names = {
  nl: { share: 'Deel je uitslag', print: 'Print je stemkaart', fresh: 'Doe zelf de stemhulp', question: 'Ben je er nog?' },
  en: { share: 'Share your result', print: 'Print your voting card', fresh: 'Do the voting aid yourself', question: 'Are you still there?' },
  ar: { share: 'شارك نتيجتك', print: 'اطبع بطاقة التذكير', fresh: 'أجرِ دليل التصويت بنفسك', question: 'هل ما زلت هنا؟' },
};

async function bothSchemes(el: StemhulpWidget, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await emulateMedia({ colorScheme });
    await expect(el, `${what}, ${colorScheme}`).to.be.accessible();
  }
  noHorizontalOverflow(el);
}

function clipboard(writeText: (s: string) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

/** The test page's own address with a fragment, for the widgets created next; put back afterwards. */
const withHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

for (const lang of ['nl', 'en', 'ar'] as Lang[]) {
  describe(`axe on share, print and kiosk, ${lang}`, function () {
    this.timeout(90_000);
    afterEach(() => withHash(''));

    it('passes on every new view at 320 px, light and dark', async () => {
      await setViewport({ width: 320, height: 640 });
      const n = names[lang];
      const el = await widgetIn({ lang, src: demoSrc });
      await shown(el, lang);
      const select = (await find(el, 'combobox', words[lang].municipality)) as HTMLSelectElement;
      select.value = 'GM9901';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      await press(el, 'button', words[lang].start);
      await waitUntil(() => el.shadowRoot!.querySelector('#statement-text'), 'the first statement');
      await answerUntilResult(el, lang);
      await find(el, 'button', n.share);
      await bothSchemes(el, 'share buttons');

      clipboard(async () => {});
      await press(el, 'button', n.share);
      await waitUntil(() => el.shadowRoot!.querySelector('.share-status')!.textContent, 'copied');
      await bothSchemes(el, 'link copied');
      clipboard(() => Promise.reject(new Error('no')));
      await press(el, 'button', n.share);
      await waitUntil(() => el.shadowRoot!.querySelector('.share-link input'), 'the field to copy from');
      await bothSchemes(el, 'link to copy by hand');

      const print = window.print;
      window.print = () => {};
      await press(el, 'button', n.print);
      await waitUntil(() => el.shadowRoot!.querySelector('.stemkaart'), 'the card');
      window.print = print;
      await emulateMedia({ media: 'print' });
      await expect(el, 'stemkaart in print').to.be.accessible();
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));

      el.setAttribute('kiosk', '1');
      await el.updateComplete;
      await find(el, 'dialog', n.question, 8000);
      await bothSchemes(el, 'kiosk question');
      el.remove();

      withHash('#stemhulp=1.GM9901.s1-A_s2-d_s3-n_s4-s');
      const shared = await widgetIn({ lang, src: demoSrc });
      await shown(shared, lang);
      await find(shared, 'button', n.fresh, 8000);
      await bothSchemes(shared, 'shared result');
      shared.remove();

      withHash('#stemhulp=1.GM9901.kapot');
      const bad = await widgetIn({ lang, src: demoSrc });
      await shown(bad, lang);
      await waitUntil(() => bad.shadowRoot!.querySelector('.shared-notice'), 'the note on the link', { timeout: 8000 });
      await bothSchemes(bad, 'unreadable link');
    });
  });
}
