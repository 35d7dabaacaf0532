// A test-runner command that runs the real `stemhulp-data` command (bin/stemhulp-data.js, as
// `npx stemhulp-data` does) in a folder of its own under test/generated/<key>/, which the
// test server serves: the party round (test/browser/party-round.test.ts) makes its data,
// invitations and answers there and then reads them as a browser would.
//   payload: { key, args: [...], files?: { 'path/in/folder': 'text' }, read?: ['path', …] }
//   answer:  { code, stdout, stderr, read: { path: text } }
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';

const root = resolve('test/generated');
const bin = resolve('bin/stemhulp-data.js');

/** `rel` inside the key's folder, never outside it. */
function inside(folder, rel) {
  const p = normalize(join(folder, rel));
  if (!p.startsWith(folder + '/')) throw new Error(`outside the test folder: ${rel}`);
  return p;
}

export function dataCliPlugin() {
  return {
    name: 'data-cli',
    async executeCommand({ command, payload }) {
      if (command !== 'data-cli') return undefined;
      if (!/^[\w-]+$/.test(payload.key)) throw new Error(`bad key ${payload.key}`);
      const folder = join(root, payload.key);
      mkdirSync(folder, { recursive: true });
      for (const [rel, text] of Object.entries(payload.files ?? {})) {
        const p = inside(folder, rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
      const { code, stdout, stderr } = await new Promise((done) =>
        execFile(process.execPath, [bin, ...payload.args], { cwd: folder, timeout: 120_000 }, (err, stdout, stderr) =>
          done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
        ),
      );
      const read = {};
      for (const rel of payload.read ?? []) read[rel] = readFileSync(inside(folder, rel), 'utf8');
      return { code, stdout, stderr, read };
    },
  };
}
