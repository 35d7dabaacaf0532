// A test-runner command that keeps what a test produced for people to read, under
// test/generated/ (which git ignores): the screen reader's transcripts per language
// (test/browser/languages-transcript.test.ts), quoted in reviews of a translation.
//   payload: { path: 'transcripts/ti.chromium.txt', text }
//   answer:  the file's path, relative to the project
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';

const root = resolve('test/generated');

export function artifactPlugin() {
  return {
    name: 'artifact',
    executeCommand({ command, payload }) {
      if (command !== 'save-artifact') return undefined;
      const file = normalize(join(root, payload.path));
      if (!file.startsWith(root + '/')) throw new Error(`outside test/generated: ${payload.path}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, payload.text);
      return relative(process.cwd(), file);
    },
  };
}
