// `node bench/profile.mjs [--cpu-throttle 4] [--runs 3] [--no-build] [--picker] [--limits] [--functions]`:
// where the main thread's time goes, phase by phase, on the bench's article page with a
// preset gemeente (or with the picker): the Chromium CPU profiler (CDP Profiler) per
// phase, self time grouped by what ran, plus the long tasks of each phase. Prints
// medians over the runs; writes bench-results/profile.json. Timings are printed, never asserted.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../test/harness/chromium-path.mjs';
import { generate } from './generate-data.mjs';
import { probe, phases, median } from './phases.mjs';
import { startServer } from './server.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const throttle = Math.max(1, option('--cpu-throttle', 4));
const runs = Math.max(1, option('--runs', 3));
const picker = args.includes('--picker');
/** The gemeente at the format's limits (60 parties, 100 statements) instead of a usual one. */
const limits = args.includes('--limits');
/** Self time per function (name:line:column in the built file) instead of per file. */
const detail = args.includes('--functions');
if (!args.includes('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const data = generate('bench-results/data');

/** The script a node's time counts against: its own, or for a built-in its nearest caller's. */
function owner(node, parent) {
  for (let n = node; n; n = parent.get(n.id)) if (n.callFrame.url) return n.callFrame.url;
  return '';
}

/** What a profile node's self time is spent on, by the script it is in (or called from) and its name. */
function category(node, parent) {
  const f = node.callFrame.functionName;
  if (f === '(garbage collector)') return 'garbage collection';
  if (f === '(program)') return 'browser: parse, style, layout, paint';
  if (f === '(idle)' || f === '(root)') return 'idle';
  const url = owner(node, parent);
  const what = node.callFrame.url ? (detail ? ` ${f || '(anonymous)'}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}` : '') : ` (built-in ${f || 'anonymous'})`;
  if (/stemhulp-widget-validate/.test(url)) return `widget: validation${what}`;
  if (/stemhulp-widget-(quiz|result|common|share|verdict|tools)/.test(url)) return `widget: ${/stemhulp-widget-(\w+)/.exec(url)[1]} chunk${what}`;
  if (/stemhulp-widget(-main-[\w-]+)?\.js/.test(url)) return `widget: main file${what}`;
  if (/floor\.js/.test(url)) return `floor${what}`;
  return `bench driver and probe${detail ? ` ${f || '(anonymous)'} ${(node.callFrame.url || url).slice(-40)}:${node.callFrame.lineNumber}` : ''}`;
}

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const out = {};
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const c = category(byId.get(profile.samples[i]), parent);
    out[c] = (out[c] ?? 0) + (dt[i + 1] ?? 0) / 1000;
  }
  delete out.idle;
  return out;
}

const server = await startServer('.', [8420, 8421, 8422, 8423, 8424, 8425, 8426, 8427, 8428, 8429]);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const all = [];
try {
  for (let run = 0; run <= runs; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.evaluateOnNewDocument(probe);
    const query = { el: 'stemhulp-widget', layout: 'article', src: `/bench-results/data/${limits ? 'index-limit' : 'index'}.json` };
    if (!picker) query.gemeente = limits ? data.big : data.gemeenten[3];
    const out = {};
    const profiled = async (name, step) => {
      await cdp.send('Profiler.start');
      const t0 = await page.evaluate(() => performance.now());
      await step();
      const t1 = await page.evaluate(() => performance.now());
      const { profile } = await cdp.send('Profiler.stop');
      out[name] = { selfMs: selfTimes(profile), from: t0, to: t1 };
    };
    for (const [name, step] of phases(page, { picker, code: data.gemeenten[7], url: `${server.origin}/bench/page?${new URLSearchParams(query)}` })) {
      await profiled(name, step);
    }
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    for (const p of Object.values(out)) {
      const mine = tasks.filter((t) => t.start >= p.from - 1 && t.start < p.to);
      p.longTasks = mine.length;
      p.longTaskMs = mine.reduce((n, t) => n + t.duration, 0);
      p.longest = Math.max(0, ...mine.map((t) => t.duration));
      p.longestBy = mine.sort((a, b) => b.duration - a.duration)[0]?.by ?? '';
      delete p.from;
      delete p.to;
    }
    if (run > 0) all.push(out);
    await context.close();
    console.error(run === 0 ? 'warm-up done' : `run ${run}/${runs} done`);
  }
} finally {
  await browser.close();
  await server.close();
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
const lines = [`Profile at ${throttle}× CPU, ${picker ? 'picker' : 'preset gemeente'}, median of ${runs} runs; load average ${load}`];
for (const name of Object.keys(all[0])) {
  const runsOf = all.map((r) => r[name]);
  const cats = [...new Set(runsOf.flatMap((r) => Object.keys(r.selfMs)))];
  const med = Object.fromEntries(cats.map((c) => [c, median(runsOf.map((r) => r.selfMs[c] ?? 0))]));
  const total = Object.values(med).reduce((a, b) => a + b, 0);
  lines.push(
    `\n${name}: ${total.toFixed(0)} ms busy; long tasks ${median(runsOf.map((r) => r.longTasks))}, ` +
      `total ${median(runsOf.map((r) => r.longTaskMs)).toFixed(0)} ms, longest ${median(runsOf.map((r) => r.longest)).toFixed(0)} ms ` +
      `(${runsOf.map((r) => r.longestBy || '–').join(' / ')})`,
  );
  for (const [c, ms] of Object.entries(med).sort((a, b) => b[1] - a[1])) {
    if (ms >= 2) lines.push(`  ${ms.toFixed(1).padStart(7)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)} %  ${c}`);
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/profile.json', JSON.stringify({ throttle, picker, load, runs: all }, null, 2));
console.log(lines.join('\n'));
