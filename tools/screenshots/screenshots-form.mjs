// Screenshots of the party form (dist/partijformulier.html) at 360, 700, 960 and 1280 px, in
// Dutch and Arabic, filled in part, with a refused link and the download's message:
//   npm run build && node tools/screenshots/screenshots-form.mjs [http://localhost:8000/] [out-dir]
// Serve the repo first (npm start, or any static server at its root). Only loopback is used.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../../test/harness/chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const link = (lang) =>
  `${base}dist/partijformulier.html#gegevens=${encodeURIComponent(`${base}test/fixtures/form/index.json`)}&gemeente=GM0101&partij=p1&code=ABCD2345EFGH&lang=${lang}`;

/** The whole page, and the same in parts a screen or so high (a long page shrinks to nothing in an image viewer). */
async function shoot(page, name) {
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const part = Math.max(900, width);
  for (let y = 0, i = 1; y < height; y += part, i++) {
    await page.screenshot({ path: `${out}/${name}-part${i}.png`, clip: { x: 0, y, width, height: Math.min(part, height - y) }, captureBeyondViewport: true });
  }
}

for (const lang of ['nl', 'ar']) {
  for (const width of [360, 700, 960, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(link(lang));
    await page.waitForSelector('.statement');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('.statement');
    // The first statement answered with an explanation and a source, the second with a link that is refused.
    await page.click('.statement:nth-child(1) input[value="agree"]');
    await page.type('.statement:nth-child(1) textarea', 'Wij willen opvang in elke wijk, in groepen van hooguit vijftig mensen.');
    await page.type('.statement:nth-child(1) input[type="url"]', 'https://example.org/programma');
    await page.click('.statement:nth-child(2) input[value="disagree"]');
    await page.type('.statement:nth-child(2) input[type="url"]', 'javascript:alert(1)');
    await page.keyboard.press('Tab');
    await shoot(page, `form-${lang}-${width}`);
    await page.close();
  }
}
// The message on a link without its fragment.
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
await page.goto(`${base}dist/partijformulier.html`);
await page.waitForSelector('[role="alert"]');
await page.screenshot({ path: `${out}/form-bad-link-360.png` });
await browser.close();
console.log(`Screenshots in ${out}/`);
