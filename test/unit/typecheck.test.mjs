// The type check as part of `npm test` (and so of CI): the widget and its tests
// (tsconfig.json), and the Node scripts checked as JavaScript (tsconfig.scripts.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

for (const project of ['tsconfig.json', 'tsconfig.scripts.json']) {
  test(`tsc --noEmit -p ${project} finds no error`, () => {
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
}
