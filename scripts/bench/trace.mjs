// Temporary: trace the result and compare phases at 4×, sum the top-level event durations by name.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { findChromium, chromiumArgs } from '../chromium-path.mjs';
import { generate } from './generate-data.mjs';
import { probe, phases } from './phases.mjs';
import { startServer } from './server.mjs';
const want = process.argv[2] ?? 'compare';
const data = generate('bench-results/data');
const server = await startServer('.', [8440, 8441, 8442]);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 800 });
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.evaluateOnNewDocument(probe);
const limits = process.argv.includes('--limits');
const query = { el: 'stemhulp-widget', layout: 'article', src: limits ? '/bench-results/data/index-limit.json' : '/bench-results/data/index.json', gemeente: limits ? data.big : data.gemeenten[3] };
for (const [name, step] of phases(page, { code: data.gemeenten[7], url: `${server.origin}/bench/page?${new URLSearchParams(query)}` })) {
  if (name === want) await page.tracing.start({ path: '/tmp/m/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
  await step();
  if (name === want) { await new Promise((r) => setTimeout(r, 300)); await page.tracing.stop(); }
}
await browser.close();
await server.close();
const ev = JSON.parse(readFileSync('/tmp/m/trace.json', 'utf8')).traceEvents;
const main = ev.filter((e) => e.name === 'RunTask' && e.dur > 30000);
for (const t of main) {
  const inside = ev.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.ph === 'X' && e !== t);
  const sums = {};
  for (const e of inside) sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000;
  console.log(`task ${(t.dur / 1000).toFixed(1)} ms`);
  for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
}
