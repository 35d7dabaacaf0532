// The suite's own rules, checked on its files in test/browser/ and test/unit/ (and the
// helpers): a test that waits gives the condition a bound a busy machine can meet
// (test/harness/wait.ts), and nothing is focused or skipped by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
function* files(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) yield* files(p);
    else if (/\.test\.(ts|mjs)$|helpers\.ts$/.test(d.name)) yield p;
  }
}
const tests = [...files(join(root, 'test'))].map((p) => ({ name: relative(root, p), text: readFileSync(p, 'utf8') }));

test('waitUntil comes from test/harness/wait.ts (a bound a loaded machine meets), never straight from @open-wc/testing', () => {
  assert.ok(tests.length > 50, `${tests.length} test files found`);
  const straight = tests.filter((f) => /import \{[^}]*\bwaitUntil\b[^}]*\} from '@open-wc\/testing'/.test(f.text)).map((f) => f.name);
  assert.deepEqual(straight, []);
});

test('no test is focused or skipped by hand (engine limits go through skipIn/onlyIn with a reason)', () => {
  const hand = tests.filter((f) => /\b(it|describe|test)\.(only|skip)\(|\bxit\(/.test(f.text)).map((f) => f.name);
  assert.deepEqual(hand, []);
});
