import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));

/** Stamps the package version into define.ts, to name both copies when a page loads two. */
const stampVersion = () => ({
  name: 'stamp-version',
  // The replacement keeps lines and columns before it, so the source map stays valid (map: null).
  transform: (code, id) => (id.endsWith('define.ts') ? { code: code.replace('__VERSION__', version), map: null } : null),
});

/** Copies the iframe route's static files into dist/ beside the bundles. */
const embedAssets = () => ({
  name: 'embed-assets',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`) });
    }
  },
});

const plugins = () => [
  stampVersion(),
  resolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, sourceMap: true, outDir: 'dist' }),
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/stemhulp-widget.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/stemhulp-widget.iife.js', format: 'iife', name: 'StemhulpWidget', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
    plugins: [...plugins(), embedAssets()],
  },
  {
    input: 'src/embed/embed-resize.ts',
    output: { file: 'dist/embed-resize.js', format: 'iife', sourcemap: true },
    plugins: plugins(),
  },
];
