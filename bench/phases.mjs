// The reader's journey in phases, with real input (CDP mouse events, so the page sees
// trusted clicks and records Event Timing), shared by run.mjs and profile.mjs.
import { readFileSync } from 'node:fs';

export const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const EL = 'stemhulp-widget, bench-floor';
/** Resolves with the time the first frame is painted after `selector` matches in the element's shadow root (and `test` holds). */
const painted = (page, selector, before) =>
  page.evaluate(
    (selector, before) => {
      const b = window.__bench;
      return b.when(() => {
        const r = b.roots()[0];
        const el = r?.querySelector(selector);
        return el && (before === undefined || r.querySelector('#progress, .progress-text')?.textContent !== before);
      });
    },
    selector,
    before,
  );
const progress = (page) => page.evaluate(() => window.__bench.roots()[0].querySelector('#progress, .progress-text')?.textContent ?? null);
const click = async (page, selector, nth = 0) => {
  const handles = await page.$$(
    `${EL.split(', ')
      .map((e) => `${e} >>> ${selector}`)
      .join(', ')}`,
  );
  await handles[nth].click();
};

/**
 * [name, step] for each phase: `load` (navigation until the start button is painted and
 * the network is quiet), with the picker `choose` (a gemeente chosen and started),
 * else `start` (the preset's start button), `answers` (every statement but the last),
 * `result` (the last answer until the result is painted, and until the page is still: a
 * long result comes in slices), `compare` (the first party's comparison opened, likewise). Each step records its own step times on `times`.
 * @param {import('puppeteer-core').Page} page
 * @param {{ picker: boolean, code: string, url: string }} options
 * @param {Record<string, any>} [times]
 * @returns {[string, () => Promise<void>][]}
 */
export function phases(page, { picker, code, url }, times = {}) {
  return [
    [
      'load',
      async () => {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.evaluate(() => window.__bench.ready);
        await page.waitForNetworkIdle({ idleTime: 300 });
      },
    ],
    picker
      ? [
          'choose',
          async () => {
            await page.evaluate((code) => {
              const s = window.__bench.roots()[0].querySelector('select');
              s.value = code;
              s.dispatchEvent(new Event('change', { bubbles: true }));
            }, code);
            await click(page, '[part~="start"]');
            await painted(page, '#statement-text');
            await page.waitForNetworkIdle({ idleTime: 300 });
          },
        ]
      : [
          'start',
          async () => {
            await click(page, '[part~="start"]');
            await painted(page, '#statement-text');
          },
        ],
    [
      'answers',
      async () => {
        times.answers = [];
        for (let i = 0; ; i++) {
          const before = await progress(page);
          const m = /(\d+) van (\d+)/.exec(before);
          if (m[1] === m[2]) return;
          const t0 = await page.evaluate(() => performance.now());
          await click(page, '[part~="answer"]', i % 3);
          times.answers.push((await painted(page, '#statement-text', before)) - t0);
        }
      },
    ],
    [
      'result',
      async () => {
        const t0 = await page.evaluate(() => performance.now());
        await click(page, '[part~="answer"]', 0);
        times.result = (await painted(page, '#result-heading')) - t0;
        // The rest of a long result comes in slices: the phase lasts until the page is still.
        await page.evaluate(() => window.__bench.still());
      },
    ],
    [
      'compare',
      async () => {
        const t0 = await page.evaluate(() => performance.now());
        await click(page, '.party summary, details.compare > summary');
        times.compare = (await painted(page, '.comparison li')) - t0;
        await page.evaluate(() => window.__bench.still());
      },
    ],
  ];
}
