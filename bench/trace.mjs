// `node bench/trace.mjs [--cpu-throttle 4] [--scenario preset|choose|result|limits] [--delay ms] [--no-build]`:
// one reader step on the bench's article page, traced (Chromium's timeline): every task on
// the page's main thread between the input and the frame that shows its outcome, with what
// ran in it. `--delay` waits that long after the start button is painted (a reader takes
// a moment). For finding what keeps a step from its first frame; prints, never asserts.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../test/harness/chromium-path.mjs';
import { generate } from './generate-data.mjs';
import { probe } from './phases.mjs';
import { startServer } from './server.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const throttle = Number(opt('--cpu-throttle', 4));
const scenario = opt('--scenario', 'preset');
const el = opt('--el', 'stemhulp-widget');
const delay = Number(opt('--delay', 0));
if (!args.includes('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const data = generate('bench-results/data');
const server = await startServer('.', [8430, 8431, 8432, 8433]);
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
try {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluateOnNewDocument(probe);
  const limits = scenario === 'limits';
  const query = { el, layout: 'article', src: `/bench-results/data/${limits ? 'index-limit' : 'index'}.json` };
  if (scenario !== 'choose') query.gemeente = limits ? data.big : data.gemeenten[3];
  await page.goto(`${server.origin}/bench/page?${new URLSearchParams(query)}`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  if (scenario === 'result' || limits) {
    await page.evaluate(() => window.__bench.roots()[0].querySelector('[part~="start"]').click());
    await page.evaluate(() => window.__bench.when(() => window.__bench.roots()[0].querySelector('#statement-text')));
    await page.evaluate(async () => {
      const r = window.__bench.roots()[0];
      for (;;) {
        const m = /(\d+) van (\d+)/.exec(r.querySelector('#progress, .progress-text').textContent);
        if (m[1] === m[2]) return;
        const before = r.querySelector('#progress, .progress-text').textContent;
        r.querySelector('[part~="answer"]').click();
        await window.__bench.when(() => r.querySelector('#progress, .progress-text').textContent !== before);
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'] });
  const took = await page.evaluate(
    async (scenario, code) => {
      const b = window.__bench;
      const r = b.roots()[0];
      const t0 = performance.now();
      console.timeStamp('step-start');
      if (scenario === 'choose') {
        const s = r.querySelector('select');
        s.value = code;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (scenario === 'result' || scenario === 'limits') r.querySelectorAll('[part~="answer"]')[0].click();
      else r.querySelector('[part~="start"]').click();
      const sel = scenario === 'result' || scenario === 'limits' ? '#result-heading' : '#statement-text';
      const t = await b.when(() => r.querySelector(sel));
      console.timeStamp('step-end');
      return t - t0;
    },
    scenario,
    data.gemeenten[7],
  );
  const { profile } = await cdp.send('Profiler.stop');
  await new Promise((r) => setTimeout(r, 300));
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  const stamp = (m) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m);
  const [s, e] = [stamp('step-start'), stamp('step-end')];
  const main = events.filter((x) => x.pid === s.pid && x.tid === s.tid && x.ph === 'X');
  const tasks = main.filter((x) => x.name === 'RunTask' && x.ts + x.dur >= s.ts && x.ts <= e.ts).sort((a, b) => a.ts - b.ts);
  console.log(`${scenario} at ${throttle}×: ${took.toFixed(1)} ms to the painted frame; ${tasks.length} tasks`);
  // Nest the thread's events (they are properly nested) and sum each task's self time by what ran.
  const label = (x) => {
    const d = x.args?.data ?? {};
    const url = (d.url || d.stackTrace?.[0]?.url || '').split('/').pop().split('?')[0];
    const fn = d.functionName || x.args?.data?.frames?.[0]?.functionName || '';
    return [x.name, fn, url, d.type].filter(Boolean).join(' ');
  };
  for (const t of tasks) {
    if (t.dur < 1000) continue;
    const inside = main.filter((x) => x !== t && x.ts >= t.ts && x.ts + x.dur <= t.ts + t.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [{ x: t, kids: 0, label: 'task' }];
    const close = (until) => {
      while (stack.length > 1 && stack.at(-1).x.ts + stack.at(-1).x.dur <= until) {
        const f = stack.pop();
        self.set(f.label, (self.get(f.label) ?? 0) + f.x.dur - f.kids);
        stack.at(-1).kids += f.x.dur;
      }
    };
    for (const x of inside) {
      close(x.ts);
      const parent = stack.at(-1);
      // Name a frame by its own label, within its nearest JS caller's.
      const js =
        x.name === 'FunctionCall' ||
        x.name === 'EvaluateScript' ||
        x.name === 'v8.callFunction' ||
        x.name === 'EventDispatch' ||
        x.name === 'TimerFire' ||
        x.name === 'FireAnimationFrame';
      stack.push({ x, kids: 0, label: js ? label(x) : `${label(x)}  < ${parent.label.split('  < ')[0]}` });
    }
    close(Infinity);
    const top = [...self]
      .filter(([, v]) => v > 400)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `      ${(v / 1000).toFixed(1).padStart(6)}  ${k}`);
    console.log(`  +${((t.ts - s.ts) / 1000).toFixed(1).padStart(6)} ms  ${(t.dur / 1000).toFixed(1).padStart(6)} ms\n${top.join('\n')}`);
  }
  // Each layout in the step: how much of the page it had to lay out.
  for (const x of main.filter((x) => (x.name === 'Layout' || x.name === 'UpdateLayoutTree') && x.ts >= s.ts && x.ts <= e.ts && x.dur > 500)) {
    const b = x.args?.beginData ?? {};
    const el = x.args?.elementCount;
    console.log(
      `  ${x.name} ${(x.dur / 1000).toFixed(1)} ms${b.dirtyObjects !== undefined ? `: ${b.dirtyObjects} of ${b.totalObjects} objects dirty${b.partialLayout ? ', partial' : ''}` : ''}${el !== undefined ? `: ${el} elements` : ''}`,
    );
  }
  // The JavaScript in the step: self and total time per function (name file:line:column).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fname = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const selfT = new Map();
  const totalT = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let n = byId.get(profile.samples[i]);
    if (['(idle)', '(root)', '(program)'].includes(n.callFrame.functionName)) continue;
    selfT.set(fname(n), (selfT.get(fname(n)) ?? 0) + dt);
    const seen = new Set();
    for (; n; n = byId.get(parent.get(n.id))) {
      const k = fname(n);
      if (seen.has(k) || n.callFrame.functionName === '(root)') continue;
      seen.add(k);
      totalT.set(k, (totalT.get(k) ?? 0) + dt);
    }
  }
  const show = (m, title) => {
    console.log(title);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) if (v >= 0.5) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
  };
  show(selfT, 'JS self time (ms):');
  show(totalT, 'JS total time (ms):');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
