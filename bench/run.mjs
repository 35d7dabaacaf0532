// `npm run bench`: what a reader feels, measured in headless Chromium against the built
// bundle, each figure beside the same step on a bare floor page (bench/floor.js)
// in the same run, so the ratios mean something on a noisy machine.
//   npm run bench -- [--runs 7] [--cpu-throttle 4] [--phase-runs 3] [--markdown] [--no-build]
// Prints a table of median, min and max over the runs (after one warm-up run), then the
// main thread per phase of a journey at 1× and 4× CPU (long tasks, TBT, answer-click
// latency), and writes bench-results/latest.json and latest.md. Timings are printed, never asserted.
// It walks the shadow DOM by what the floor copies: `.key-points h4`, `select`,
// `[part~="start"]`, `#progress` or the widget's `.progress-text` ("Stelling n van N"), `#statement-text`,
// `[part~="answer"]`, `#result-heading`; a change to those in the widget needs one here.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../test/harness/chromium-path.mjs';
import { adversarial, adversarialKinds, adversarialTexts } from './adversarial.mjs';
import { generate } from './generate-data.mjs';
import { phases } from './phases.mjs';
import { startServer } from './server.mjs';

// Paths below are relative to the repository, wherever the bench is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const runs = Math.max(1, option('--runs', 7));
const phaseRuns = Math.max(0, option('--phase-runs', 3));
const throttle = Math.max(1, option('--cpu-throttle', 1));
const markdownOnly = args.includes('--markdown');
const log = (...m) => (markdownOnly ? console.error(...m) : console.log(...m));

if (!args.includes('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const data = generate('bench-results/data');
// Built by the step above; a computed address, so the type check does not need dist/.
const format = await import(new URL('../dist/format.js', import.meta.url).href);
const adversarialFiles = [
  .../** @type {import('./adversarial.mjs').AdversarialKind[]} */ (Object.keys(adversarialKinds)).map((k) => [k, JSON.stringify(adversarial(k, 1024 * 1024))]),
  ...Object.entries(adversarialTexts).map(([k, text]) => [k, text(1024 * 1024)]),
];

/**
 * Checking the nesting, parsing and validating each 1 MiB file built to be slow
 * (bench/adversarial.mjs), in Node's V8, as the widget does it: per kind, and the slowest.
 */
function validateAdversarial(out) {
  let worst = 0;
  for (const [kind, text] of adversarialFiles) {
    const t = performance.now();
    if (!format.depthProblem(text)) format.validateIndex(JSON.parse(text), 'https://example.org/index.json', format.bundledKeyPoints);
    const ms = performance.now() - t;
    out[`adversarial-${kind}`] = ms;
    worst = Math.max(worst, ms);
  }
  return worst;
}
const FULL = '/bench-results/data/index.json';
const LIMIT = '/bench-results/data/index-limit.json';
const codes = data.gemeenten;

const executablePath = findChromium();
if (!executablePath) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium.");
const server = await startServer('.', [8410, 8411, 8412, 8413, 8414, 8415, 8416, 8417, 8418, 8419]);
const browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
const chromiumVersion = await browser.version();
const probe = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const ELEMENTS = { widget: 'stemhulp-widget', floor: 'bench-floor' };

/** A fresh, cold browser context per page: no cache, no fetches shared with other runs. */
async function open(kind, query, viewport = { width: 360, height: 800 }, rate = throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // By default a mid-range phone's CSS viewport.
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith('data:')) requests.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' });
  });
  await page.evaluateOnNewDocument(probe);
  const params = new URLSearchParams({ el: ELEMENTS[kind], ...query });
  await page.goto(`${server.origin}/bench/page?${params}`, { waitUntil: 'domcontentloaded' });
  return { page, cdp, requests, close: () => context.close() };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Answers every statement in page, timing each click to the next painted screen. */
const walk = async () => {
  const b = window.__bench;
  const r = b.roots()[0];
  const steps = [];
  for (let i = 0; ; i++) {
    const progress = r.querySelector('#progress, .progress-text').textContent;
    const m = /(\d+) van (\d+)/.exec(progress);
    const last = m[1] === m[2];
    const t0 = performance.now();
    r.querySelectorAll('[part~="answer"]')[i % 3].click();
    if (last) return { steps, result: (await b.when(() => r.querySelector('#result-heading'))) - t0 };
    steps.push((await b.when(() => r.querySelector('#progress, .progress-text')?.textContent !== progress)) - t0);
  }
};

/** Chooses a gemeente in the picker and starts: the time until the first statement is painted. */
const chooseAndStart = async (code) => {
  const b = window.__bench;
  const r = b.roots()[0];
  const select = r.querySelector('select');
  const t0 = performance.now();
  b.interactionStart = Math.min(b.interactionStart, t0);
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  r.querySelector('[part~="start"]').click();
  return (await b.when(() => r.querySelector('#statement-text'))) - t0;
};

/** Layout shift before any interaction (clicks here are synthetic, so shifts after them would count): at the upgrade, and after it. */
const loadShift = () => {
  const b = window.__bench;
  const sum = (f) => b.shifts.filter((s) => !s.input && s.t < b.interactionStart && f(s)).reduce((n, s) => n + s.value, 0);
  return { upgrade: sum((s) => s.t <= b.upgradePainted), after: sum((s) => s.t > b.upgradePainted) };
};

const scenarios = {
  /** The newspaper page with the picker: the whole reader journey on the full-size index. */
  async journey(kind, out) {
    const { page, cdp, requests, close } = await open(kind, { layout: 'article', src: FULL });
    out.navKeyPoints = await page.evaluate(() => window.__bench.keyPoints);
    out.navPicker = await page.evaluate(() => window.__bench.ready);
    out.height = await page.evaluate(() => document.querySelector('stemhulp-widget, bench-floor').getBoundingClientRect().height);
    out.chosenToStatement = await page.evaluate(chooseAndStart, codes[7]);
    const { steps, result } = await page.evaluate(walk);
    out.answerToNext = median(steps);
    out.lastToResult = result;
    ({ upgrade: out.clsUpgrade, after: out.clsLoad } = await page.evaluate(loadShift));
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    out.longTasks = tasks.length;
    out.longTaskMs = tasks.reduce((a, t) => a + t.duration, 0);
    out.heap = await heapAfterGc(cdp);
    // Counts from CDP, which sees every request; bytes from Resource Timing (transferSize:
    // headers plus compressed body), which CDP's loadingFinished sometimes missed.
    const all = [...requests.values()].filter((r) => r.type !== 'Document');
    const sizes = await page.evaluate(() =>
      /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).map((e) => ({ type: e.initiatorType, bytes: e.transferSize })),
    );
    out.requests = all.length;
    for (const [type, initiator] of [
      ['Script', 'script'],
      ['Fetch', 'fetch'],
    ]) {
      out[`requests${type}`] = all.filter((r) => r.type === type).length;
      out[`bytes${type}`] = sizes.filter((e) => e.type === initiator).reduce((n, e) => n + e.bytes, 0);
    }
    out.requestsOther = all.filter((r) => r.type !== 'Script' && r.type !== 'Fetch').length;
    await close();
  },

  /** The newspaper page with a preset gemeente, as most sites embed it. */
  async preset(kind, out) {
    const { page, requests, close } = await open(kind, { layout: 'article', src: FULL, gemeente: codes[3] });
    await page.evaluate(() => window.__bench.ready);
    out.presetStartToStatement = await page.evaluate(async () => {
      const b = window.__bench;
      const r = b.roots()[0];
      const t0 = performance.now();
      b.interactionStart = t0;
      r.querySelector('[part~="start"]').click();
      return (await b.when(() => r.querySelector('#statement-text'))) - t0;
    });
    ({ upgrade: out.presetClsUpgrade, after: out.presetCls } = await page.evaluate(loadShift));
    const before = [...requests.values()].filter((r) => r.type !== 'Document');
    out.presetData = before.filter((r) => r.type === 'Fetch').length;
    out.presetScripts = before.filter((r) => r.type === 'Script').length;
    await close();
  },

  /** The host reserves space until the script has run, as the README advises: phone and desktop. */
  async reserved(kind, out) {
    /** @type {[string, { width: number, height: number } | undefined][]} */
    const sizes = [
      ['reservedCls360', undefined],
      ['reservedCls1200', { width: 1200, height: 900 }],
    ];
    for (const [key, viewport] of sizes) {
      const query = { layout: 'article', src: FULL, gemeente: codes[3], reserve: '100vh' };
      const { page, close } = await open(kind, query, viewport);
      await page.evaluate(() => window.__bench.ready);
      // Let a late shift (fonts, the gemeente file) land before reading.
      await page.waitForNetworkIdle({ idleTime: 300 });
      const { upgrade, after } = await page.evaluate(loadShift);
      out[key] = upgrade + after;
      await close();
    }
  },

  /** Type-to-select in the native picker with 342 gemeenten: keydown to the next painted frame. */
  async typing(kind, out) {
    const { page, close } = await open(kind, { src: FULL });
    out.navIndex = await page.evaluate(() => window.__bench.ready);
    await page.evaluate(() => window.__bench.roots()[0].querySelector('select').focus());
    const times = [];
    // The same letter again moves to the next name with that letter: every key changes the choice.
    for (let i = 0; i < 6; i++) {
      await page.evaluate(() => {
        const s = window.__bench.roots()[0].querySelector('select');
        const before = s.value;
        window.__typed = window.__bench
          .when(() => s.value !== before, 5000)
          .then(
            (t) => t - window.__bench.keyDown,
            () => NaN,
          );
      });
      await page.keyboard.press('m');
      times.push(await page.evaluate(() => window.__typed));
    }
    out.keystroke = median(times);
    await close();
  },

  /** A gemeente at the data format's limits: 60 parties, 100 statements. */
  async limit(kind, out) {
    const { page, close } = await open(kind, { src: LIMIT });
    await page.evaluate(() => window.__bench.ready);
    out.limitChosenToStatement = await page.evaluate(chooseAndStart, data.big);
    const { steps, result } = await page.evaluate(walk);
    out.limitAnswerToNext = median(steps);
    out.limitLastToResult = result;
    await close();
  },

  /** The validator alone, on adversarial data: no page, so the widget's row only. */
  async validate(kind, out) {
    if (kind === 'widget') out.validateAdversarial = validateAdversarial(out);
  },

  /** Twenty widgets on one page, five gemeenten preset among them. */
  async twenty(kind, out) {
    const { page, cdp, requests, close } = await open(kind, { src: FULL, n: 20, gemeenten: codes.slice(0, 5).join(',') });
    out.twentyReady = await page.evaluate(() => window.__bench.ready);
    // Each preset widget fetches its gemeente after the index: wait until those have settled.
    await page.waitForNetworkIdle({ idleTime: 300 });
    const fetches = [...requests.values()].filter((r) => r.type === 'Fetch');
    const perUrl = new Map();
    for (const r of fetches) perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
    out.twentyFetches = fetches.length;
    out.twentyMaxPerUrl = Math.max(...perUrl.values());
    out.twentyHeap = await heapAfterGc(cdp);
    await close();
  },
};

/**
 * The main thread per phase of a journey on the article page with a preset gemeente, with
 * real (CDP) clicks: long tasks from PerformanceObserver('longtask'), each attributed by
 * its long animation frame's longest script (the widget's files, the floor's, or none:
 * parsing, style and layout); a TBT-like sum of each task's time over 50 ms; and the
 * Event Timing latency of the answer clicks. Returns { phase: figures }.
 */
async function phaseRun(kind, rate) {
  const query = { el: ELEMENTS[kind], layout: 'article', src: FULL, gemeente: codes[3] };
  const { page, close } = await open(kind, {}, undefined, rate);
  const url = `${server.origin}/bench/page?${new URLSearchParams(query)}`;
  const windows = {};
  const times = {};
  try {
    for (const [name, step] of phases(page, { picker: false, code: codes[7], url }, times)) {
      const from = name === 'load' ? 0 : await page.evaluate(() => performance.now());
      await step();
      windows[name] = [from, await page.evaluate(() => performance.now())];
    }
    // Let the last entries (and their frame attribution) arrive.
    await new Promise((r) => setTimeout(r, 400));
    const { tasks, interactions } = await page.evaluate(() => ({
      tasks: window.__bench.longTasks,
      interactions: [...window.__bench.interactions.values()],
    }));
    // The page's own: its files, or a listener on an element (the page has no other script
    // with listeners on elements; LoAF names a listener by its element, not its file).
    const own = kind === 'widget' ? /^stemhulp-widget|^[A-Z]+\.on/ : /^floor\.js|^[A-Z]+\.on/;
    const out = {};
    for (const [name, [from, to]] of Object.entries(windows)) {
      const mine = tasks.filter((t) => t.start >= from && t.start < to);
      const longest = mine.sort((a, b) => b.duration - a.duration)[0];
      out[name] = {
        count: mine.length,
        total: mine.reduce((n, t) => n + t.duration, 0),
        longest: longest?.duration ?? 0,
        longestBy: longest?.by ?? '',
        byPage: mine.filter((t) => own.test(t.by)).length,
        tbt: mine.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
      };
    }
    const [from, to] = windows.answers;
    // Interactions under 16 ms are not reported: they count as 16 (an upper bound).
    const clicks = interactions.filter((e) => e.start >= from && e.start < to).map((e) => e.duration);
    const n = times.answers.length;
    const all = [...clicks, ...Array(Math.max(0, n - clicks.length)).fill(16)];
    out.answers.clickMedian = median(all);
    out.answers.clickMax = Math.max(...all);
    return out;
  } finally {
    await close();
  }
}

function fileSizes(path) {
  const bytes = readFileSync(path);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const results = { widget: [], floor: [] };
const phaseResults = {};
let phaseLoad = '';
const started = Date.now();
try {
  for (let run = 0; run <= runs; run++) {
    // Alternating the order, so neither page always gets the colder browser.
    for (const kind of run % 2 ? ['widget', 'floor'] : ['floor', 'widget']) {
      const out = {};
      for (const [name, scenario] of Object.entries(scenarios)) {
        try {
          const t = Date.now();
          await scenario(kind, out);
          if (process.env.BENCH_DEBUG) console.error(`${kind} ${name}: ${Date.now() - t} ms`);
        } catch (e) {
          console.error(`${kind} ${name} (run ${run}): ${e.message}`);
        }
      }
      if (run > 0) results[kind].push(out);
    }
    log(run === 0 ? 'warm-up done' : `run ${run}/${runs} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  // Per phase, at 1× and 4× CPU: one warm-up, then `--phase-runs` runs of each page.
  for (const rate of [1, 4]) {
    for (let run = 0; run <= phaseRuns && phaseRuns > 0; run++) {
      for (const kind of run % 2 ? ['widget', 'floor'] : ['floor', 'widget']) {
        try {
          const out = await phaseRun(kind, rate);
          if (run > 0) (phaseResults[`${kind} ${rate}`] ??= []).push(out);
        } catch (e) {
          console.error(`phases ${kind} ${rate}× (run ${run}): ${e.message}`);
        }
      }
    }
    log(`phases at ${rate}× done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  phaseLoad = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
} finally {
  await browser.close();
  await server.close();
}

// The main file's code is a chunk beside the entry file (issue 21): what every page downloads is the two.
const everyPage = (...paths) => paths.map(fileSizes).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
const mainChunk = readdirSync('dist').find((f) => /^stemhulp-widget-main-[\w-]{8}\.js$/.test(f));
const size = { widget: everyPage('dist/stemhulp-widget.js', `dist/${mainChunk}`), floor: fileSizes('bench/floor.js') };
const FRAME = 1000 / 60;
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : 'n/a');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1048576).toFixed(2)} MB` : 'n/a');
const signed = (v) => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(1)}`;
const num = (v) => (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : 'n/a');

// [label, key, format, budget(widget median, floor median) → text]
/** A row of the table: label, result key (or values per kind), format, budget. @typedef {[string, string | ((k: string) => number[]), (v: number) => string, ((w: number, f: number) => string)?]} Row */
/** @type {Row[]} */
const rows = [
  ['Bundle, minified', (k) => [size[k].min], kb],
  ['Bundle (entry + main chunk), gzip -9', (k) => [size[k].gzip], (v) => `${v} B`, (w) => `≤ 18688 B: ${w <= 18688 ? 'ok' : 'OVER'}`],
  ['Bundle, brotli', (k) => [size[k].brotli], (v) => `${v} B`],
  ['Requests, journey (excl. page)', 'requests', num],
  ['  scripts: count', 'requestsScript', num],
  ['  scripts: bytes transferred', 'bytesScript', kb],
  ['  data (fetch): count', 'requestsFetch', num],
  ['  data (fetch): bytes transferred', 'bytesFetch', kb],
  ['  other: count', 'requestsOther', num],
  ['Data requests before 1st statement, preset', 'presetData', num, (w) => `≤ 2 (index, gemeente): ${w <= 2 ? 'ok' : 'OVER'}`],
  // The script and the chunks it fetches ahead (validation; the quiz, result, share and verdict views): code, cached after the first page.
  ['Scripts before 1st statement, preset', 'presetScripts', num],
  ['Navigation → speerpunten painted', 'navKeyPoints', ms],
  ['Navigation → picker ready (342 gemeenten)', 'navPicker', ms],
  ['Gemeente chosen → 1st statement painted', 'chosenToStatement', ms],
  ['Answer → next statement painted (median of 29)', 'answerToNext', ms, (w, f) => `≤ floor + 1 frame: ${w - f <= FRAME ? 'ok' : 'OVER'} (${signed(w - f)} ms)`],
  ['Last answer → result painted (15 parties)', 'lastToResult', ms],
  ['Start (preset) → 1st statement painted', 'presetStartToStatement', ms],
  ['CLS at upgrade (fallback link → widget), article', 'clsUpgrade', num, () => 'none; only the host can reserve space'],
  ['CLS after upgrade, while loading, article, picker', 'clsLoad', num, (w) => `0: ${w === 0 ? 'ok' : 'OVER'}`],
  ['CLS after upgrade, while loading, article, preset', 'presetCls', num, (w) => `0: ${w === 0 ? 'ok' : 'OVER'}`],
  ['CLS, host reserves min-height 100vh, 360×800', 'reservedCls360', num, (w) => `0: ${w === 0 ? 'ok' : 'OVER'}`],
  ['CLS, host reserves min-height 100vh, 1200×900', 'reservedCls1200', num, (w) => `0: ${w === 0 ? 'ok' : 'OVER'}`],
  ['Height when ready, 360 px, picker', 'height', (v) => `${Math.round(v)} px`],
  ['Long tasks in journey (count)', 'longTasks', num],
  ['Long tasks in journey (total)', 'longTaskMs', ms],
  ['JS heap after GC, after the result', 'heap', mb],
  ['Index (342): navigation → picker painted', 'navIndex', ms],
  ['Picker: keystroke → choice painted (median of 6)', 'keystroke', ms],
  ['Limits (60×100): chosen → 1st statement', 'limitChosenToStatement', ms],
  ['Limits: answer → next statement (median of 99)', 'limitAnswerToNext', ms, (w, f) => `≤ floor + 1 frame: ${w - f <= FRAME ? 'ok' : 'OVER'} (${signed(w - f)} ms)`],
  ['Limits: last answer → result (60 parties)', 'limitLastToResult', ms],
  ['20 widgets: navigation → all ready', 'twentyReady', ms],
  ['20 widgets: data fetches (index + 5 gemeenten)', 'twentyFetches', num],
  ['20 widgets: max fetches of one URL', 'twentyMaxPerUrl', num, (w) => `1: ${w === 1 ? 'ok' : 'OVER'}`],
  ['20 widgets: JS heap after GC', 'twentyHeap', mb],
  ['Parse + validate a 1 MiB adversarial index (slowest kind)', 'validateAdversarial', ms, (w) => `< 200 ms: ${w < 200 ? 'ok' : 'OVER'}`],
  // Each kind on its own row: the adversarial table.
  ...adversarialFiles.map(([k]) => /** @type {Row} */ ([`… adversarial kind \`${k}\``, `adversarial-${k}`, ms, (w) => `< 200 ms: ${w < 200 ? 'ok' : 'OVER'}`])),
];

const table = rows.map(([label, key, fmt, budget]) => {
  const values = (k) => (typeof key === 'function' ? key(k) : results[k].map((r) => r[key]));
  const stat = (k) => {
    const v = values(k).filter(Number.isFinite);
    return { med: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
  };
  const w = stat('widget');
  const f = stat('floor');
  const cell = (s) => (s.n > 1 && s.min !== s.max ? `${fmt(s.med)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.med));
  const ratio = f.med > 0 && Number.isFinite(w.med) ? `${(w.med / f.med).toFixed(2)}×` : '';
  return [label, cell(w), cell(f), ratio, budget ? budget(w.med, f.med) : ''];
});

const head = ['figure', 'widget: median (min–max)', 'floor: median (min–max)', 'ratio', 'budget'];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${chromiumVersion}, Node ${process.version}`;
const title = `stemhulp-widget bench, ${new Date().toISOString().slice(0, 10)}: ${runs} runs after 1 warm-up, CPU throttle ${throttle}×, viewport 360×800; ${machine}`;
const markdown = [`_${title}_`, '', `| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...table.map((r) => `| ${r.join(' | ')} |`)].join(
  '\n',
);
// The phase table: per phase, widget and floor at 1× and 4×: medians over the phase runs.
const phaseNames = ['load', 'start', 'answers', 'result', 'compare'];
const pstat = (key, phase, f) => median((phaseResults[key] ?? []).map((r) => f(r[phase])).filter(Number.isFinite));
const byOf = (key, phase) => [...new Set((phaseResults[key] ?? []).map((r) => r[phase]?.longestBy || '–'))].join(', ');
const phaseHead = ['phase', ...[1, 4].flatMap((r) => [`widget ${r}×`, `floor ${r}×`])];
const phaseCell = (key, phase) => {
  if (!phaseResults[key]?.length) return 'n/a';
  const c = pstat(key, phase, (p) => p?.count);
  const mine = pstat(key, phase, (p) => p?.byPage);
  return c
    ? `${c} (${mine} own), ${ms(pstat(key, phase, (p) => p?.total))}, longest ${ms(pstat(key, phase, (p) => p?.longest))} (${byOf(key, phase)}), TBT ${ms(pstat(key, phase, (p) => p?.tbt))}`
    : 'none';
};
const phaseRows = [
  ...phaseNames.map((phase) => [phase, ...[1, 4].flatMap((r) => [phaseCell(`widget ${r}`, phase), phaseCell(`floor ${r}`, phase)])]),
  [
    'answer click latency (Event Timing; median, max)',
    ...[1, 4].flatMap((r) =>
      ['widget', 'floor'].map((k) => {
        const key = `${k} ${r}`;
        const med = pstat(key, 'answers', (p) => p?.clickMedian);
        return Number.isFinite(med) ? `${med <= 16 ? '≤ 16 ms' : ms(med)}, ${ms(pstat(key, 'answers', (p) => p?.clickMax))}` : 'n/a';
      }),
    ),
  ],
];
const phaseTitle = `Main thread per phase (article page, preset gemeente, real clicks): long tasks as median count (of them by the page's own scripts), total, longest (the script that ran longest in it; – none: parsing, style, layout) and TBT (the time over 50 ms of each), over ${phaseRuns} runs after 1 warm-up; load average ${phaseLoad} at the end`;
const phaseMarkdown = [
  `_${phaseTitle}_`,
  '',
  `| ${phaseHead.join(' | ')} |`,
  `| ${phaseHead.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
  ...phaseRows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const plain = [head, widths.map((w) => '-'.repeat(w)), ...table]
  .map((r) =>
    r
      .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd(),
  )
  .join('\n');

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ title, runs, throttle, machine, size, results, phaseRuns, phaseLoad, phaseResults }, null, 2));
const md = phaseRuns ? `${markdown}\n\n${phaseMarkdown}` : markdown;
writeFileSync('bench-results/latest.md', `${md}\n`);
if (markdownOnly) console.log(md);
else console.log(`\n${title}\n\n${plain}\n\n${phaseRuns ? `${phaseMarkdown}\n\n` : ''}Also in bench-results/latest.md and latest.json.`);
