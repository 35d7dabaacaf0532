// Walks the demo as a reader would and saves a screenshot of each view at 360 and
// 1200 px wide, to look at after every visual change:
//   npm run build && node scripts/screenshots.mjs [http://localhost:8000/demo/] [out-dir]
// Serve the repo first (npm start). Only loopback is used.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from './chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The widget the walk works on: the first on the page, or the Arabic one on talen.html. */
let widget = 'stemhulp-widget';

/** Clicks the first visible button in the widget whose text starts with `name`. */
async function click(page, name) {
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

for (const width of [360, 1200]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const shot = async (name) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage: true });
    console.log(`${out}/${width}-${name}.png`);
  };
  await page.goto(base, { waitUntil: 'networkidle0' });
  await shot('home');
  await page.evaluate(() => {
    const select = document.querySelector('stemhulp-widget').shadowRoot.querySelector('select');
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
  });
  await sleep(300);
  await click(page, 'Start de stemhulp');
  await sleep(300);
  await click(page, 'Belangrijk');
  await click(page, 'Meer uitleg');
  await shot('quiz');
  const answers = ['Eens', 'Oneens', 'Geen van beide', 'Sla over'];
  for (let i = 0; i < 20; i++) {
    const done = await page.evaluate(() => !!document.querySelector('stemhulp-widget').shadowRoot.querySelector('.result'));
    if (done) break;
    await click(page, answers[i % answers.length]);
  }
  await shot('result');
  await click(page, 'Bekijk de standpunten');
  await shot('result-open');
  await page.goto(new URL('article.html', base).href, { waitUntil: 'networkidle0' });
  await shot('article');
  await page.goto(new URL('errors.html', base).href, { waitUntil: 'networkidle0' });
  await sleep(500);
  await shot('errors');
  await page.close();
}

// The same walk in Arabic, right to left, on the languages page (the third widget there).
for (const width of [360, 1200]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const shot = async (name) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage: true });
    console.log(`${out}/${width}-${name}.png`);
  };
  widget = 'stemhulp-widget[lang="ar"]';
  await page.goto(new URL('talen.html', base).href, { waitUntil: 'networkidle0' });
  await sleep(300);
  await shot('talen');
  await page.goto(new URL('talen.html', base).href, { waitUntil: 'networkidle0' });
  await page.evaluate(() => {
    for (const s of document.querySelectorAll('.languages > section')) if (!s.querySelector('[lang="ar"]')) s.remove();
  });
  await sleep(300);
  await shot('ar-home');
  await page.evaluate((widget) => {
    const select = document.querySelector(widget).shadowRoot.querySelector('#gemeente');
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
  }, widget);
  await sleep(300);
  await click(page, 'ابدأ');
  await sleep(300);
  await click(page, 'مهم');
  await click(page, 'شرح إضافي');
  await shot('ar-quiz');
  const answers = ['أوافق', 'لا أوافق', 'محايد', 'تخطَّ'];
  for (let i = 0; i < 20; i++) {
    const done = await page.evaluate((w) => !!document.querySelector(w).shadowRoot.querySelector('.result'), widget);
    if (done) break;
    await click(page, answers[i % answers.length]);
  }
  await shot('ar-result');
  await click(page, 'اطّلع على المواقف');
  await shot('ar-result-open');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await shot('ar-result-dark');
  await page.close();
}
await browser.close();
