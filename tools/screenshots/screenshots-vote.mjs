// *Mag ik stemmen?* opened and answered (another nationality, not five years yet), in nl
// and ar at 360, 700, 960 and 1280 px, to look at after a visual change:
//   npm run build && node tools/screenshots/screenshots-vote.mjs [http://localhost:8000/demo/] [out-dir]
// Serve the repo first (npm start). Only loopback is used.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../../test/harness/chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const words = {
  nl: { open: 'Mag ik stemmen?', yes: 'Ja', no: 'Nee', other: 'Van een ander land,' },
  ar: { open: 'هل يحق لي التصويت؟', yes: 'نعم', no: 'لا', other: 'من بلد آخر،' },
};

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
for (const lang of ['nl', 'ar'])
  for (const width of [360, 700, 960, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}index.html`);
    await page.evaluate((lang) => {
      document.body.innerHTML = `<stemhulp-widget src="data/index.json" lang="${lang}"></stemhulp-widget>`;
      document.body.style.margin = '0';
    }, lang);
    await page.waitForFunction(() => document.querySelector('stemhulp-widget').shadowRoot?.querySelector('#gemeente option[value^="GM"]'));
    await page.evaluate(() => {
      const select = /** @type {HTMLSelectElement} */ (document.querySelector('stemhulp-widget').shadowRoot.querySelector('#gemeente'));
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change'));
    });
    await sleep(300);
    const w = words[lang];
    await page.evaluate((name) => [...document.querySelector('stemhulp-widget').shadowRoot.querySelectorAll('summary')].find((s) => s.textContent.trim() === name).click(), w.open);
    await page.waitForFunction(() => document.querySelector('stemhulp-widget').shadowRoot.querySelector('fieldset'));
    // Age, living there, another country, then Nee to the five years: every question and an outcome.
    for (const [i, label] of [w.yes, w.yes, w.other, w.no].entries()) {
      await page.evaluate(
        (i, label) => {
          const set = document.querySelector('stemhulp-widget').shadowRoot.querySelectorAll('fieldset')[i];
          [...set.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(label)).querySelector('input').click();
        },
        i,
        label,
      );
      await sleep(150);
    }
    const box = await page.evaluate(() => {
      const d = document.querySelector('stemhulp-widget').shadowRoot.querySelector('section.start');
      const r = d.getBoundingClientRect();
      return { x: 0, y: r.top + scrollY, width: document.documentElement.clientWidth, height: r.height };
    });
    await page.screenshot({ path: `${out}/vote-${lang}-${width}.png`, clip: box, captureBeyondViewport: true });
    await page.close();
  }
await browser.close();
