// `npm test`: the Node tests (node:test: the data authors' CLI and the JSON Schema) and
// then the browser tests (web-test-runner, arguments passed on), with one closing line
// "N passed, N failed" that counts both: plain-summary-reporter.mjs adds the Node counts it
// is handed. Either part failing fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'stemhulp-node-tests-'));
const tap = join(dir, 'tap.txt');
const node = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/node/'],
  { stdio: 'inherit' },
);
let text = '';
try {
  text = readFileSync(tap, 'utf8');
} catch {
  // No report at all: counted as a failure below.
}
rmSync(dir, { recursive: true, force: true });
const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const totals = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
// A file that fails to load, or a crash, must never pass as "0 failed".
if (node.status !== 0 && totals.failed === 0) totals.failed = 1;

const wtr = spawnSync(join('node_modules', '.bin', 'web-test-runner'), process.argv.slice(2), {
  stdio: 'inherit',
  env: { ...process.env, STEMHULP_NODE_TOTALS: JSON.stringify(totals) },
});
process.exitCode = wtr.status === 0 && node.status === 0 ? 0 : 1;
