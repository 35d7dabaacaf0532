/**
 * axe on the views for acting on the result (party choice, tuning with the parties per
 * statement, side by side, the cautions, the undo notice), in nl, en and ar, light and
 * dark, at 320 px, with nothing sticking out sideways.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../harness/wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { demoSrc, find, noHorizontalOverflow, press, resetMediaAfterEach, shown, startDemo, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { can, noViewport, skipIn } from '../harness/engines.js';

resetMediaAfterEach();

const undoWord = { nl: 'Ongedaan maken', en: 'Undo', ar: 'تراجع' };
const restartWord = { nl: 'Opnieuw beginnen', en: 'Start again', ar: 'ابدأ من جديد' };

/** Light in every engine (its own default), dark where the colour scheme can be emulated. */
async function bothSchemes(el: StemhulpWidget, what: string) {
  for (const colorScheme of can.emulateMedia ? (['light', 'dark'] as const) : (['light'] as const)) {
    if (can.emulateMedia) await emulateMedia({ colorScheme });
    await expect(el, `${what}, ${colorScheme}`).to.be.accessible();
    noHorizontalOverflow(el);
  }
}

/** Opens a disclosure and waits for what it holds (the tools chunk loads on first use). */
const open = async (el: StemhulpWidget, selector: string, holds = 'fieldset, ol, dl') => {
  const summary = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  summary.click();
  await el.updateComplete;
  await waitUntil(() => summary.parentElement!.querySelector(holds), `${selector} opened`, { timeout: 4000 });
};

async function everyNewView(lang: Lang) {
  await setViewport({ width: 320, height: 640 });
  const el = await widgetIn({ lang, src: demoSrc, languages: 'nl en ar' });
  await shown(el, lang);
  await startDemo(el, lang);
  // Two answers and the rest skipped: fewer than a third answered, so a caution shows.
  const tap = async (name: string) => {
    (await find(el, 'button', name)).click();
    await el.updateComplete;
  };
  // Voorbeeldstad has ten statements: two answered, eight skipped.
  await tap(words[lang].answers[0]);
  await tap(words[lang].answers[1]);
  for (let i = 0; i < 8; i++) await tap(words[lang].answers[3]);
  await find(el, 'heading', words[lang].result);
  expect(el.shadowRoot!.querySelector('.caution')).to.exist;
  await open(el, '.tool-parties summary');
  el.shadowRoot!.querySelector<HTMLInputElement>('.tool-parties input')!.click();
  await el.updateComplete;
  await open(el, '.tool-tune summary', '.tune-list');
  await open(el, '.tune-item .groups summary', '.stances');
  el.shadowRoot!.querySelector<HTMLButtonElement>('.tune-answers button')!.click();
  await el.updateComplete;
  await open(el, '.tool-side summary');
  const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.tool-side input');
  for (const i of [0, 1, 2]) {
    boxes[i].click();
    await el.updateComplete;
  }
  expect(el.shadowRoot!.querySelector('.tool-side table')).to.exist;
  await bothSchemes(el, `${lang} result with every new view open`);
  await press(el, 'button', restartWord[lang]);
  await find(el, 'button', undoWord[lang]);
  await bothSchemes(el, `${lang} undo notice`);
}

describe('axe on the result tools', () => {
  for (const lang of ['nl', 'en', 'ar'] as const) {
    skipIn('webkit', noViewport)(`passes in ${lang}, light and dark, at 320 px`, async function () {
      this.timeout(60_000);
      await everyNewView(lang);
    });
  }
});
