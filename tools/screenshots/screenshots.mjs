// Walks the demo as a reader would and saves a screenshot of each view at 360 and
// 1200 px wide, to look at after every visual change:
//   npm run build && node tools/screenshots/screenshots.mjs [http://localhost:8000/demo/] [out-dir]
// Serve the repo first (npm start). Only loopback is used.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../../test/harness/chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Clicks the first visible button in `widget` whose text starts with `name`. */
async function click(page, widget, name) {
  const ok = await page.evaluate((name, widget) => {
    const root = document.querySelector(widget).shadowRoot;
    const b = [...root.querySelectorAll('button, summary')].find(
      (b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(name) && b.getClientRects().length,
    );
    b?.click();
    return !!b;
  }, name, widget);
  if (!ok) throw new Error(`no button ${name}`);
  await sleep(150);
}

/** The words of the walk in each language: the same steps, so both get the same screens. */
const words = {
  nl: { verdict: 'Bekijk het oordeel per partij', previous: 'Vorige', start: 'Start de stemhulp', important: 'Belangrijk', more: 'Meer uitleg', compare: 'Bekijk de standpunten', answers: ['Eens', 'Oneens', 'Geen van beide', 'Sla over'] },
  ar: { verdict: 'اطّلع على التقييم لكل حزب', previous: 'السابق', start: 'ابدأ', important: 'مهم', more: 'شرح إضافي', compare: 'اطّلع على المواقف', answers: ['أوافق', 'لا أوافق', 'محايد', 'تخطَّ'] },
};

/** Picks the first gemeente in `widget`, answers every statement and shoots each screen as `<prefix>-…`. */
async function walk(page, shot, widget, w, prefix) {
  await page.evaluate((widget) => {
    const select = document.querySelector(widget).shadowRoot.querySelector('#gemeente');
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
  }, widget);
  await sleep(300);
  // The organisation's verdict, one tap from the picker, with one number opened.
  await click(page, widget, w.verdict);
  await sleep(300);
  await shot(`${prefix}verdict`);
  await page.evaluate((widget) => document.querySelector(widget).shadowRoot.querySelector('.cell-button').click(), widget);
  await sleep(150);
  await shot(`${prefix}verdict-open`);
  await click(page, widget, w.previous);
  await click(page, widget, w.start);
  await sleep(300);
  await click(page, widget, w.important);
  await click(page, widget, w.more);
  await page.evaluate((widget) => document.querySelector(widget).shadowRoot.querySelector('.term')?.click(), widget);
  await sleep(150);
  await shot(`${prefix}quiz`);
  for (let i = 0; i < 20; i++) {
    const done = await page.evaluate((w) => !!document.querySelector(w).shadowRoot.querySelector('.result'), widget);
    if (done) break;
    await click(page, widget, w.answers[i % w.answers.length]);
  }
  await shot(`${prefix}result`);
  await click(page, widget, w.compare);
  await shot(`${prefix}result-open`);
}

for (const width of [360, 1200]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const shot = async (name) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage: true });
    console.log(`${out}/${width}-${name}.png`);
  };
  await page.goto(base, { waitUntil: 'networkidle0' });
  await shot('home');
  await walk(page, shot, 'stemhulp-widget', words.nl, '');
  await page.goto(new URL('article.html', base).href, { waitUntil: 'networkidle0' });
  await shot('article');
  await page.goto(new URL('errors.html', base).href, { waitUntil: 'networkidle0' });
  await sleep(500);
  await shot('errors');

  // The same walk in Arabic, right to left, on the languages page.
  await page.goto(new URL('talen.html', base).href, { waitUntil: 'networkidle0' });
  await sleep(300);
  await shot('talen');
  await page.evaluate(() => {
    for (const s of document.querySelectorAll('.languages > section')) if (!s.querySelector('[lang="ar"]')) s.remove();
  });
  await sleep(300);
  await shot('ar-home');
  await walk(page, shot, 'stemhulp-widget[lang="ar"]', words.ar, 'ar-');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await shot('ar-result-dark');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

  // Each gemeente house style: the cards with Lees meer open, a statement with a hard word explained, light and dark.
  for (const house of ['utrecht', 'denhaag', 'rotterdam', 'amsterdam']) {
    await page.goto(new URL(`huisstijl-${house}.html`, base).href, { waitUntil: 'networkidle0' });
    await sleep(300);
    await click(page, 'stemhulp-widget', 'Lees meer');
    await shot(`huisstijl-${house}`);
    await page.evaluate(() => {
      const select = /** @type {HTMLSelectElement} */ (document.querySelector('stemhulp-widget').shadowRoot.querySelector('#gemeente'));
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change'));
    });
    await sleep(300);
    await click(page, 'stemhulp-widget', words.nl.start);
    await sleep(300);
    await click(page, 'stemhulp-widget', words.nl.important);
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('stemhulp-widget').shadowRoot.querySelector('.term'))?.click());
    await sleep(150);
    await shot(`huisstijl-${house}-quiz`);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await shot(`huisstijl-${house}-quiz-dark`);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }
  await page.close();
}
await browser.close();
