// Test-runner commands: `dist-files` lists the built scripts; `bundle-size` measures a built file in Node: gzip -9 and brotli, the
// figures the README states, rather than whatever level the browser's CompressionStream uses.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export function bundleSizePlugin() {
  return {
    name: 'bundle-size',
    executeCommand({ command, payload }) {
      if (command === 'dist-files') return readdirSync('dist').filter((f) => f.endsWith('.js'));
      if (command !== 'bundle-size') return undefined;
      const file = resolve('dist', payload.file);
      if (!file.startsWith(resolve('dist'))) throw new Error('only files in dist/');
      const bytes = readFileSync(file);
      return {
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes).length,
      };
    },
  };
}
