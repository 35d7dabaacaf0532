// Screenshots of acting on the result (choose parties, tune, side by side, parties per
// statement, ties and cautions, Ongedaan maken) and of the quiz on a 360 × 640 phone,
// at 360 and 1200 px wide, to look at after a visual change:
//   npm run build && node tools/screenshots/screenshots-results.mjs [http://localhost:8000/demo/] [out-dir]
// Serve the repo first (npm start): the walk uses the test fixture test/fixtures/results
// (Tuindorp: two parties tied) and the demo data in Arabic. Only loopback is used.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../../test/harness/chromium-path.mjs';

const base = process.argv[2] ?? 'http://localhost:8000/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn(root, arg)` in the first widget's shadow root. */
const inWidget = (page, fn, arg) =>
  page.evaluate((fn, arg) => new Function('root', 'arg', `return (${fn})(root, arg)`)(document.querySelector('stemhulp-widget').shadowRoot, arg), fn.toString(), arg);

/** Clicks the first visible button or summary whose text starts with `name`. */
async function click(page, name) {
  const ok = await inWidget(
    page,
    (root, name) => {
      const b = [...root.querySelectorAll('button, summary')].find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(name) && b.getClientRects().length);
      b?.click();
      return !!b;
    },
    name,
  );
  if (!ok) throw new Error(`no button ${name}`);
  await sleep(250);
}

/** Checks the checkboxes whose label starts with one of `names`. */
async function check(page, names) {
  await inWidget(
    page,
    (root, names) => {
      for (const box of root.querySelectorAll('input[type="checkbox"]')) {
        const label = box.closest('label').textContent.replace(/\s+/g, ' ').trim();
        if (box.getClientRects().length && names.some((n) => label.startsWith(n))) box.click();
      }
    },
    names,
  );
  await sleep(250);
}

/** A page with one widget on `src`, the gemeente `code` chosen. */
async function open(page, src, code, lang = 'nl') {
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.evaluate(
    (src, lang) => {
      const el = document.querySelector('stemhulp-widget');
      el.setAttribute('lang', lang);
      el.setAttribute('src', src);
    },
    src,
    lang,
  );
  await sleep(600);
  await inWidget(
    page,
    (root, code) => {
      const select = root.querySelector('#gemeente');
      select.value = code;
      select.dispatchEvent(new Event('change'));
    },
    code,
  );
  await sleep(300);
}

const tuindorp = '/test/fixtures/results/index.json';

for (const width of [360, 1200]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width === 360 ? 640 : 900 });
  const shot = async (name, fullPage = true) => {
    await page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage });
    console.log(`${out}/${width}-${name}.png`);
  };
  /** Just the part of the widget `selector` names: the whole page of a long result is too small to read. */
  const part = async (name, selector) => {
    const handle = await page.evaluateHandle((s) => document.querySelector('stemhulp-widget').shadowRoot.querySelector(s), selector);
    await handle.asElement().screenshot({ path: `${out}/${width}-${name}.png` });
    console.log(`${out}/${width}-${name}.png`);
  };

  // The quiz on a phone: what is on screen right after Start, with the 200-character statement next.
  await open(page, tuindorp, 'GM0901');
  await click(page, 'Start de stemhulp');
  await shot('phone-quiz-start', false);
  await click(page, 'Meer uitleg');
  await click(page, 'Eens');
  await shot('phone-quiz-200-characters', false);
  for (const a of ['Eens', 'Eens', 'Eens', 'Eens', 'Geen van beide']) await click(page, a);
  // Alfa, Beta and Gamma tied at 92%: shared places, and the difference too small to mean much.
  await shot('result-tied');
  await click(page, 'Kies partijen');
  await check(page, ['Partij Delta']);
  await shot('result-choose-parties');
  await part('part-choose-parties', '.tool-parties');
  await click(page, 'Kies partijen');
  await click(page, 'Antwoorden aanpassen');
  await click(page, 'Wat vinden de partijen?');
  await shot('result-tune');
  await part('part-tune-first', '.tune-item');
  await click(page, 'Antwoorden aanpassen');
  await click(page, 'Partijen naast elkaar');
  await check(page, ['Partij Beta', 'Lokaal Belang', 'Partij Delta']);
  await shot('result-side-by-side');
  await part('part-side-by-side', '.tool-side');
  await click(page, 'Opnieuw beginnen');
  await shot('undo');

  // Arabic, right to left, in the dark: tuning and side by side on the demo data.
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await open(page, '/demo/data/index.json', 'GM9901', 'ar');
  await click(page, 'ابدأ');
  for (let i = 0; i < 10; i++) await click(page, ['أوافق', 'لا أوافق', 'محايد', 'تخطَّ'][i % 4]);
  await click(page, 'غيّر إجاباتك');
  await click(page, 'الأحزاب جنبًا إلى جنب');
  await check(page, ['']);
  await shot('ar-result-tools-dark');
  await part('part-ar-side-by-side-dark', '.tool-side');
  await part('part-ar-tune-dark', '.tune-item');
  await page.close();
}
await browser.close();
