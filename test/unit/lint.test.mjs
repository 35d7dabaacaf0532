// The layers, enforced (issue 24): `npm run lint` finds nothing, and the rules that keep the
// layers bite. A planted upward import (value and `import type`), a lazy import() of a file
// that is not a chunk entry and a planted cycle (type-only on one side) are each reported, so
// a rule switched off or a resolver that stopped finding files fails here, not silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
// One instance for the whole tree and the planted files: the config and parser load once.
const eslint = new ESLint({ cwd: root });

const errors = (results, base = root) =>
  results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${relative(base, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));

/** A source file in src/<folder>, as an import specifier from a sibling folder (the files move; the folders stay). */
function someFile(folder) {
  const name = readdirSync(join(root, 'src', folder), { recursive: true }).find((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'));
  assert.ok(name, `a .ts file in src/${folder}`);
  return `../${folder}/${name.replace(/\\/g, '/').replace(/\.ts$/, '.js')}`;
}

test('npm run lint: no error in the project (layers, cycles, type imports, eqeqeq)', async () => {
  assert.deepEqual(errors(await eslint.lintFiles(['.'])), []);
});

test('a planted upward import is reported, `import type` and import() included', async () => {
  const ui = someFile('ui');
  const state = someFile('state');
  const code = [`import { a } from '${ui}';`, `import type { B } from '${state}';`, `export const f = (b: B) => [a, b, import('${ui}')];`, ''].join('\n');
  const [result] = await eslint.lintText(code, { filePath: join(root, 'src/core/planted-upward.ts') });
  const found = result.messages.map((m) => `${m.line} ${m.ruleId}`);
  assert.ok(found.includes('1 import-x/no-restricted-paths'), `core -> ui: ${found}`);
  assert.ok(found.includes('2 import-x/no-restricted-paths'), `import type core -> state: ${found}`);
  assert.ok(found.includes('3 import-x/no-restricted-paths'), `import() core -> ui: ${found}`);
  assert.ok(found.includes('3 no-restricted-syntax'), `import() of a file outside src/chunks: ${found}`);
});

test('a planted cycle is reported, also when one side imports only types', async () => {
  // A throwaway copy of the config with two files in src/lib that import each other, so the
  // project's tree is never touched (another run could be reading it).
  const dir = mkdtempSync(join(tmpdir(), 'stemhulp-lint-'));
  try {
    mkdirSync(join(dir, 'tools/eslint'), { recursive: true });
    mkdirSync(join(dir, 'src/lib'), { recursive: true });
    for (const f of ['eslint.config.mjs', 'tsconfig.json', 'tools/eslint/no-cycle.mjs']) copyFileSync(join(root, f), join(dir, f));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'src/lib/planted-a.ts'), "import type { B } from './planted-b.js';\nexport interface A { b?: B }\n");
    writeFileSync(join(dir, 'src/lib/planted-b.ts'), "import { helper } from './planted-a.js';\nexport interface B { n: number }\nexport const use = helper;\n");
    const found = errors(await new ESLint({ cwd: dir }).lintFiles(['src']), dir);
    assert.deepEqual(found, [
      'src/lib/planted-a.ts:1 layers/no-cycle: Import cycle: src/lib/planted-a.ts -> src/lib/planted-b.ts -> src/lib/planted-a.ts. Move the shared part to a file both can import (a lower layer).',
      'src/lib/planted-b.ts:1 layers/no-cycle: Import cycle: src/lib/planted-b.ts -> src/lib/planted-a.ts -> src/lib/planted-b.ts. Move the shared part to a file both can import (a lower layer).',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
