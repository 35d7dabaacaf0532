// Temporary: long tasks per phase at 4×, N runs, no profiler.
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../chromium-path.mjs';
import { generate } from './generate-data.mjs';
import { probe, phases } from './phases.mjs';
import { startServer } from './server.mjs';
import { loadavg } from 'node:os';
const runs = Number(process.argv[2] ?? 4);
const picker = process.argv.includes('--picker');
const limits = process.argv.includes('--limits');
const data = generate('bench-results/data');
const server = await startServer('.', [8430, 8431, 8432, 8433]);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const out = {};
for (let run = 0; run <= runs; run++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(probe);
  const query = { el: 'stemhulp-widget', layout: 'article', src: limits ? '/bench-results/data/index-limit.json' : '/bench-results/data/index.json' };
  if (!picker) query.gemeente = limits ? data.big : data.gemeenten[3];
  const marks = {};
  for (const [name, step] of phases(page, { picker, code: data.gemeenten[7], url: `${server.origin}/bench/page?${new URLSearchParams(query)}` })) {
    const t0 = await page.evaluate(() => performance.now());
    await step();
    await new Promise((r) => setTimeout(r, 400));
    marks[name] = [t0, await page.evaluate(() => performance.now())];
  }
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  if (run > 0) for (const [name, [a, b]] of Object.entries(marks)) (out[name] ??= []).push(tasks.filter((t) => t.start >= a && t.start < b).map((t) => Math.round(t.duration)));
  await context.close();
}
await browser.close();
await server.close();
console.log('load', loadavg().map((l) => l.toFixed(1)).join(' '));
for (const [k, v] of Object.entries(out)) console.log(k.padEnd(8), v.map((x) => `[${x.join(',')}]`).join(' '));
