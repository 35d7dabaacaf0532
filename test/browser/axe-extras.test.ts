/**
 * axe on the share, print and kiosk views in nl, en and ar, light and dark, at 320 px:
 * the share buttons with each hand-over outcome, a shared result, an unreadable link,
 * the printed stemkaart (print media) and the kiosk question.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { can, noMediaEmulation, skipIn } from '../harness/engines.js';
import { answerUntilResult, demoSrc, find, noHorizontalOverflow, press, resetMediaAfterEach, shown, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';

resetMediaAfterEach();

const names = {
  nl: { share: 'Deel je uitslag', print: 'Print je uitslag', fresh: 'Doe zelf de stemhulp', question: 'Ben je er nog?' },
  en: { share: 'Share your result', print: 'Print your result', fresh: 'Do the voting aid yourself', question: 'Are you still there?' },
  ar: { share: 'شارك نتيجتك', print: 'اطبع نتيجتك', fresh: 'أجرِ دليل التصويت بنفسك', question: 'هل ما زلت هنا؟' },
};

type Scheme = 'light' | 'dark';

/** axe on the widget as it is now, in the scheme given (the engine's own when it cannot emulate one). */
async function check(el: StemhulpWidget, what: string, scheme: Scheme) {
  if (can.emulateMedia) await emulateMedia({ colorScheme: scheme });
  await expect(el, `${what}, ${scheme}`).to.be.accessible();
  if (can.setViewport) noHorizontalOverflow(el);
}

function clipboard(writeText: (s: string) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

/** The test page's own address with a fragment, for the widgets created next; put back afterwards. */
const withHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** Every new view in one language and scheme; with `print`, the stemkaart in print media too. */
async function walk(lang: Lang, scheme: Scheme, print: boolean) {
  if (can.setViewport) await setViewport({ width: 320, height: 640 });
  const n = names[lang];
  const el = await widgetIn({ lang, src: demoSrc });
  await shown(el, lang);
  const select = (await find(el, 'combobox', words[lang].gemeente)) as HTMLSelectElement;
  select.value = 'GM9901';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await press(el, 'button', words[lang].start);
  await waitUntil(() => el.shadowRoot!.querySelector('#statement-text'), 'the first statement');
  await answerUntilResult(el, lang);
  await find(el, 'button', n.share);
  await check(el, 'share buttons', scheme);

  clipboard(async () => {});
  await press(el, 'button', n.share);
  await waitUntil(() => el.shadowRoot!.querySelector('.share-status')!.textContent, 'copied');
  await check(el, 'link copied', scheme);
  clipboard(() => Promise.reject(new Error('no')));
  await press(el, 'button', n.share);
  await waitUntil(() => el.shadowRoot!.querySelector('.share-link input'), 'the field to copy from');
  await check(el, 'link to copy by hand', scheme);

  if (print) {
    // Held back until the widget calls print(), which it does after the card is drawn (languages-every-screen.test.ts).
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      await press(el, 'button', n.print);
      await waitUntil(() => printed && el.shadowRoot!.querySelector('.stemkaart'), 'print() called, with the card drawn');
    } finally {
      window.print = original;
    }
    await emulateMedia({ media: 'print' });
    await expect(el, 'stemkaart in print').to.be.accessible();
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  }

  el.setAttribute('kiosk', '1');
  await el.updateComplete;
  await find(el, 'dialog', n.question, 8000);
  await check(el, 'kiosk question', scheme);
  el.remove();

  withHash('#stemhulp=1.GM9901.s1-A_s2-d_s3-n_s4-s');
  const shared = await widgetIn({ lang, src: demoSrc });
  await shown(shared, lang);
  await find(shared, 'button', n.fresh, 8000);
  await check(shared, 'shared result', scheme);
  shared.remove();

  withHash('#stemhulp=1.GM9901.kapot');
  const bad = await widgetIn({ lang, src: demoSrc });
  await shown(bad, lang);
  await waitUntil(() => bad.shadowRoot!.querySelector('.shared-notice'), 'the note on the link', { timeout: 8000 });
  await check(bad, 'unreadable link', scheme);
}

for (const lang of ['nl', 'en', 'ar'] as Lang[]) {
  describe(`axe on share, print and kiosk, ${lang}`, function () {
    this.timeout(90_000);
    afterEach(() => withHash(''));

    it('passes on every new view at 320 px (where the engine can set it), light', () => walk(lang, 'light', false));
    skipIn(['firefox', 'webkit'], noMediaEmulation)('passes on every new view at 320 px, dark, and on the stemkaart in print media', () => walk(lang, 'dark', true));
  });
}
