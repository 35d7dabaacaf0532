// A test-runner command that checks the published package the way a Node tool uses it:
// `npm pack`, unpack into a scratch node_modules, then plain `node` imports
// `stemhulp-widget/format` (no DOM, no Lit) and validates and scores a fixture.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const script = `
import { validateIndex, validateMunicipalityFile, matchParties, localise, bundledKeyPoints } from 'stemhulp-widget/format';
import { readFileSync } from 'node:fs';
const fixtures = process.argv[2];
const index = validateIndex(JSON.parse(readFileSync(fixtures + '/index.json', 'utf8')), 'https://example.org/index.json', bundledKeyPoints);
const file = validateMunicipalityFile(JSON.parse(readFileSync(fixtures + '/gemeenten/GM0001.json', 'utf8')), 'GM0001', index.value.keyPoints.map((k) => k.id));
const { statements, parties } = file.value;
const answers = new Map(statements.map((s) => [s.id, { answer: 'agree' }]));
const scores = matchParties(statements, parties, answers, (p) => localise(p.name, 'nl'), 'nl');
console.log(JSON.stringify({ ok: index.ok && file.ok, dom: typeof document, scores: scores.map((s) => s.score) }));
`;

export function packPlugin() {
  return {
    name: 'npm-pack',
    executeCommand({ command }) {
      if (command !== 'npm-pack-format') return undefined;
      const dir = mkdtempSync(join(tmpdir(), 'stemhulp-pack-'));
      try {
        const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
        const pkg = join(dir, 'node_modules', 'stemhulp-widget');
        mkdirSync(pkg, { recursive: true });
        execFileSync('tar', ['-xzf', join(dir, tgz), '-C', pkg, '--strip-components=1']);
        writeFileSync(join(dir, 'check.mjs'), script);
        const out = execFileSync(process.execPath, ['check.mjs', resolve('test/fixtures/basic')], { cwd: dir, encoding: 'utf8' });
        return JSON.parse(out);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
