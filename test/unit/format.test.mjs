// `npm run format:check`: every file Prettier covers is formatted as .prettierrc.json says
// (.prettierignore lists what it leaves alone). A failure names the files; `npm run format` fixes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');

test('npm run format:check: the code is formatted by Prettier', () => {
  const run = spawnSync(process.execPath, [prettier, '--check', '--log-level', 'warn', '.'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `not formatted (run \`npm run format\`):\n${run.stdout}${run.stderr}`);
});
