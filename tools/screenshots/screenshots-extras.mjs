// Screenshots of the share, print and kiosk views at 360 and 1200 px, and the printed
// stemkaart as PDF and PNG (pdftoppm), to look at after every visual change:
//   npm run build && node tools/screenshots/screenshots-extras.mjs [http://localhost:8000/demo/] [out-dir]
// Serve the repo first (npm start). Only loopback is used.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../../test/harness/chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Clicks the first visible button in the widget whose text starts with `name`. */
async function click(page, name) {
  const ok = await page.evaluate((name) => {
    const root = document.querySelector('stemhulp-widget').shadowRoot;
    const b = [...root.querySelectorAll('button, summary')].find(
      (b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(name) && b.getClientRects().length,
    );
    /** @type {HTMLElement | undefined} */ (b)?.click();
    return !!b;
  }, name);
  if (!ok) throw new Error(`no button ${name}`);
  await sleep(200);
}

/** @param {string[] | 'ar'} [answers] the answer buttons to press in turn, or 'ar' for the Arabic ones */
async function toResult(page, answers = ['Eens', 'Oneens', 'Geen van beide', 'Sla over']) {
  await page.evaluate(() => {
    const select = /** @type {HTMLSelectElement} */ (document.querySelector('stemhulp-widget').shadowRoot.querySelector('#gemeente'));
    select.value = 'GM9901';
    select.dispatchEvent(new Event('change'));
  });
  await sleep(300);
  await click(page, answers === 'ar' ? 'ابدأ' : 'Start');
  await sleep(300);
  const words = answers === 'ar' ? ['أوافق', 'لا أوافق', 'محايد', 'تخطَّ'] : answers;
  for (let i = 0; i < 20; i++) {
    const done = await page.evaluate(() => !!document.querySelector('stemhulp-widget').shadowRoot.querySelector('.result'));
    if (done) break;
    await click(page, words[i % words.length]);
  }
  await sleep(300);
}

/** Scrolls the widget's share section into view, so that a viewport shot shows it. */
const showKeep = (page) =>
  page.evaluate(() => document.querySelector('stemhulp-widget').shadowRoot.querySelector('.keep')?.scrollIntoView({ block: 'center' }));

for (const width of [360, 1200]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const shot = async (name, fullPage = false) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage });
    console.log(`${out}/${width}-${name}.png`);
  };

  await page.goto(base, { waitUntil: 'networkidle0' });
  await toResult(page);
  await showKeep(page);
  await shot('share');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await click(page, 'Deel je uitslag');
  await showKeep(page);
  await shot('share-manual');
  const link = await page.evaluate(() => /** @type {HTMLInputElement} */ (document.querySelector('stemhulp-widget').shadowRoot.querySelector('.share-link input')).value);

  // The link, opened in a fresh page: the shared result with its notice.
  const fresh = await browser.newPage();
  await fresh.setViewport({ width, height: 900 });
  await fresh.goto(link, { waitUntil: 'networkidle0' });
  await sleep(500);
  await fresh.screenshot({ path: `${out}/${width}-shared.png` });
  console.log(`${out}/${width}-shared.png`);
  await fresh.goto('about:blank');
  await fresh.goto(`${base}#stemhulp=1.GM9901.kapot`, { waitUntil: 'networkidle0' });
  await sleep(500);
  await fresh.screenshot({ path: `${out}/${width}-bad-link.png`, fullPage: true });
  console.log(`${out}/${width}-bad-link.png`);
  await fresh.close();

  if (width === 1200) {
    // Printing: print() held back, then the page printed to PDF as "Save as PDF" would.
    for (const [url, lang] of [[base, 'nl'], [`${base}talen.html`, 'ar']]) {
      await page.goto(url, { waitUntil: 'networkidle0' });
      if (lang === 'ar') {
        await page.evaluate(() => {
          for (const w of document.querySelectorAll('stemhulp-widget:not([lang="ar"])')) w.remove();
        });
      }
      await toResult(page, lang === 'ar' ? 'ar' : undefined);
      await page.evaluate(() => (window.print = () => {}));
      await click(page, lang === 'ar' ? 'اطبع' : 'Print je stemkaart');
      await sleep(300);
      const pdf = `${out}/stemkaart-${lang}.pdf`;
      writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${out}/stemkaart-${lang}`]);
      console.log(`${out}/stemkaart-${lang}-1.png`);
    }
  }

  // Kiosk: bigger targets, links as addresses; a short idle time to see the question.
  await page.goto(`${base}kiosk.html`, { waitUntil: 'networkidle0' });
  await shot('kiosk-home', true);
  await toResult(page);
  await shot('kiosk-result', true);
  await page.evaluate(() => document.querySelector('stemhulp-widget').setAttribute('kiosk', '2'));
  await page.mouse.click(5, 5);
  await sleep(3500);
  await shot('kiosk-question');
  await page.close();
}
await browser.close();
