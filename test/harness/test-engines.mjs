// `npm test`: the Node tests, then the whole suite in Chromium, Firefox and WebKit (or those in TEST_ENGINES),
// one engine after the other, since two cores cannot run three browsers' pages at once
// without starving the timing-sensitive tests. Arguments go to each web-test-runner run
// (`npm test -- test/browser/csp.test.ts`). Ends with a summary per engine and the plain line
// "N passed, N failed" over all; an engine whose run ends without counts (a crash, a
// browser that would not start) counts as a failure, never as "0 failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chosenEngines } from './engine-paths.mjs';

/** Every `*.test.mjs` and `*.test.ts` under test/unit/, sorted. */
function unitTests(folder = 'test/unit') {
  /** @type {string[]} */
  const found = [];
  for (const d of readdirSync(folder, { withFileTypes: true })) {
    const p = join(folder, d.name);
    if (d.isDirectory()) found.push(...unitTests(p));
    else if (/\.test\.(mjs|ts)$/.test(d.name)) found.push(p);
  }
  return found.sort();
}

const dir = mkdtempSync(join(tmpdir(), 'stemhulp-tests-'));
const results = [];

// First the Node tests in test/unit/ (node:test: the pure domain and state, the
// stemhulp-data command, the JSON Schema, the type check), counted like an engine; with
// arguments (browser test files) only those run. Node 20's `--test dir` finds only .js/.mjs
// files, so the files are listed here; tsx lets Node load the .ts ones.
if (process.argv.length <= 2) {
  const tap = join(dir, 'node.tap');
  const started = Date.now();
  console.log('\n=== node ===');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...unitTests()],
    { stdio: 'inherit' },
  );
  let text = '';
  try {
    text = readFileSync(tap, 'utf8');
  } catch {
    // No report at all: counted as a failure below.
  }
  const n = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  let counts = { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
  if (run.status !== 0 && counts.failed === 0) counts = { ...counts, failed: 1, note: `node --test exited with ${run.status ?? run.signal}` };
  results.push({ engine: 'node', seconds: Math.round((Date.now() - started) / 1000), ...counts });
}

for (const engine of chosenEngines()) {
  const file = join(dir, `${engine}.json`);
  const started = Date.now();
  console.log(`\n=== ${engine} ===`);
  const run = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_ENGINE: engine, TEST_SUMMARY_FILE: file },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts;
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0, note: 'the run ended without a summary' };
  }
  if (run.status !== 0 && counts.failed === 0) {
    counts = { ...counts, failed: 1, note: `the runner exited with ${run.status ?? run.signal}` };
  }
  results.push({ engine, seconds, ...counts });
}
rmSync(dir, { recursive: true, force: true });

const sum = (k) => results.reduce((n, r) => n + r[k], 0);
console.log('\nPer engine:');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`  ${r.engine.padEnd(9)} ${r.passed} passed, ${r.failed} failed${skipped} (${r.seconds} s)${r.note ? ` — ${r.note}` : ''}`);
}
const skipped = sum('skipped') ? `, ${sum('skipped')} skipped` : '';
console.log(`\n${sum('passed')} passed, ${sum('failed')} failed${skipped}`);
process.exit(sum('failed') ? 1 : 0);
