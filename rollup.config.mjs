import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { dataOrigins, renderEmbedHtml } from './scripts/embed-html.mjs';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));

/** Stamps the package version into define.ts, to name both copies when a page loads two. */
const stampVersion = () => ({
  name: 'stamp-version',
  // The replacement keeps lines and columns before it, so the source map stays valid (map: null).
  transform: (code, id) => (id.endsWith('define.ts') ? { code: code.replace('__VERSION__', version), map: null } : null),
});

/** Writes the JSON Schemas of the data format (src/schema/schema.mjs) into dist/schema/. */
const schemaAssets = () => ({
  name: 'schema-assets',
  async generateBundle() {
    const { indexSchema, municipalitySchema, languageSchema } = await import(`./src/schema/schema.mjs?${Date.now()}`);
    for (const [name, schema] of [
      ['index', indexSchema],
      ['municipality', municipalitySchema],
      ['language', languageSchema],
    ]) {
      this.emitFile({ type: 'asset', fileName: `schema/${name}.schema.json`, source: JSON.stringify(schema, null, 2) + '\n' });
    }
  },
});

/** Copies the iframe route's static files into dist/ beside the bundles, embed.html with its allowed data origins. */
const embedAssets = () => ({
  name: 'embed-assets',
  generateBundle() {
    const origins = dataOrigins(process.env.STEMHULP_DATA_ORIGINS);
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: renderEmbedHtml(readFileSync('src/embed/embed.html'), origins) });
    this.emitFile({ type: 'asset', fileName: 'embed.css', source: readFileSync('src/embed/embed.css') });
    // Where the host lists more data origins without a rebuild (README, Iframe); none at first.
    this.emitFile({ type: 'asset', fileName: 'embed.config.json', source: readFileSync('src/embed/embed.config.json') });
  },
});

/** The party form's page and sheet beside its script (src/form/), with the same data origins as embed.html. */
const formAssets = () => ({
  name: 'form-assets',
  generateBundle() {
    const origins = dataOrigins(process.env.STEMHULP_DATA_ORIGINS);
    this.emitFile({ type: 'asset', fileName: 'partijformulier.html', source: renderEmbedHtml(readFileSync('src/form/partijformulier.html'), origins) });
    this.emitFile({ type: 'asset', fileName: 'partijformulier.css', source: readFileSync('src/form/partijformulier.css') });
  },
});

/**
 * Minifies the CSS in css`` templates of *.styles.ts (terser leaves template text alone):
 * comments, indentation and newlines are bytes every reader downloads (about 500 B gzip).
 * Nothing follows the template in those files, so no source-map position after it moves.
 */
const minifyCss = () => ({
  name: 'minify-css',
  transform: (code, id) =>
    id.endsWith('.styles.ts')
      ? {
          code: code.replace(
            /css ?`([^`]*)`/g,
            (_, body) =>
              'css`' +
              // An interpolation is left as it is and minified around, never into: its closing
              // brace is not a CSS brace, and the space after `${t} .x` is a descendant combinator.
              body
                .split(/(\$\{[^}]*\})/)
                .map((part, i) => (i % 2 ? part : minifyCssText(part)))
                .join('') +
              '`',
          ),
          map: null,
        }
      : null,
});

/** One stretch of CSS text between interpolations, minified. */
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?|(:) /g, '$1$2')
    // Inside parentheses and around a product in calc() white space means nothing
    // (around + and - it does; a `*` selector after a space is not a product).
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/(?<=[\d)]) \* (?=[\d.(a-z])/g, '*')
    .replace(/;}/g, '}')
    .replace(/([^\w.-])0\.(\d)/g, '$1.$2');

/** Every node below `node` (ESTree, as this.parse gives it), depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const v of Object.values(node)) {
    if (Array.isArray(v)) for (const n of v) yield* nodes(n);
    else if (v && typeof v === 'object') yield* nodes(v);
  }
}

/**
 * Collapses the source indentation inside html`` templates (terser leaves template text
 * alone, and Lit keeps it as text nodes): a run of white space with a line break in it
 * becomes one space, which HTML renders the same (no template holds a <pre>, a
 * <textarea> or pre-formatted CSS). Runs after TypeScript, on plain JavaScript.
 */
const collapseHtml = () => ({
  name: 'collapse-html',
  transform(code, id) {
    if (!id.includes('/src/') || !/\bhtml\s*`/.test(code)) return null;
    const s = new MagicString(code);
    for (const n of nodes(this.parse(code))) {
      if (n.type !== 'TaggedTemplateExpression' || n.tag.type !== 'Identifier' || n.tag.name !== 'html') continue;
      for (const q of n.quasi.quasis) {
        const raw = code.slice(q.start, q.end);
        const short = raw.replace(/\s*\n\s*/g, ' ');
        if (short !== raw) s.overwrite(q.start, q.end, short);
      }
    }
    return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
  },
});

/**
 * Source maps for what readers download are written beside each file but not named in
 * it: the `//# sourceMappingURL=…` line costs every reader about 40 bytes gzip per file
 * (185 B over a journey) and only a developer with the devtools open uses it. They add
 * the map by hand (the file's name plus `.map`). Node-only files keep the line.
 */
const readerMaps = 'hidden';

const plugins = () => [
  stampVersion(),
  minifyCss(),
  resolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, sourceMap: true, outDir: 'dist' }),
  collapseHtml(),
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * A chunk that no import() names holds what several lazy chunks share (the result and the
 * verdict: the verdict's scoring, strings, ring and disclosure, and the result's Dutch
 * strings): it is called `common`, loaded with either, instead of after one of its modules.
 */
const chunkNames = (prefix) => (chunk) => `${prefix}-${chunk.isDynamicEntry || chunk.name === 'main' ? (langOf(chunk) ?? '[name]') : 'common'}-[hash].js`;

/**
 * A language's chunk is its folder's index.ts (src/i18n/<lang>/index.ts): named after the folder,
 * `en`, not `index`; its parts chunk (src/i18n/<lang>/parts.ts) `en-parts`.
 */
const langOf = (chunk) =>
  chunk.facadeModuleId
    ?.match(/[\\/]i18n[\\/]([\w-]+)[\\/](?:index|(parts))\.ts$/)
    ?.slice(1)
    .filter(Boolean)
    .join('-');

/**
 * The entry file only starts the widget; its code is a chunk of its own, `main`, which the
 * lazy chunks import. A host names the entry file, often with a query (WordPress writes
 * `stemhulp-widget.js?ver=0.2.0`, CDNs add their own): a chunk that imported the entry
 * itself by its bare name would be a second URL, so the browser would load and run a
 * second copy of the whole widget, with its own state (issue 21). A chunk's own name is
 * never written by the host, so everything imports one URL. Costs one small file more.
 */
const mainChunk = () => {
  let entry, seen;
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!seen) {
      entry = [...getModuleIds()].find((m) => getModuleInfo(m).isEntry);
      seen = new Set();
      const walk = (m) => {
        for (const d of getModuleInfo(m)?.importedIds ?? []) if (!seen.has(d)) (seen.add(d), walk(d));
      };
      walk(entry);
    }
    return id !== entry && seen.has(id) ? 'main' : undefined;
  };
};

export default [
  {
    input: 'src/index.ts',
    // en and ar are chunks beside the main file, loaded only by readers of those languages;
    // so are the lazy views of lazy.ts (quiz, result), each with its own styles.
    // The chunks import what they share from the main chunk, never from the entry file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: readerMaps,
      entryFileNames: 'stemhulp-widget.js',
      chunkFileNames: chunkNames('stemhulp-widget'),
      manualChunks: mainChunk(),
    },
    plugins: plugins(),
  },
  {
    // The class without registration (`stemhulp-widget/element`), with its own lazy chunks;
    // its code in `element-main-….js` too, so a query on `element.js` (unpkg's `?module`) is harmless.
    input: 'src/element.ts',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: readerMaps,
      entryFileNames: 'element.js',
      chunkFileNames: chunkNames('element'),
      manualChunks: mainChunk(),
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(),
  },
  {
    // The classic script: a loader of the ES module build above (src/classic.ts).
    input: 'src/classic.ts',
    output: { file: 'dist/stemhulp-widget.iife.js', format: 'iife', sourcemap: readerMaps },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    // The loader's fallback where import() is refused: everything inside, every language.
    output: {
      file: 'dist/stemhulp-widget.full.iife.js',
      format: 'iife',
      name: 'StemhulpWidget',
      sourcemap: readerMaps,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
  {
    // The data format for Node tools and servers: no Lit, no DOM.
    input: 'src/format.ts',
    output: { file: 'dist/format.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    // The data authors' command line (bin stemhulp-data): its CSV, XLSX and JSON readers are
    // bundled in, so an installed package needs no dependencies beyond lit for it.
    input: 'src/cli/stemhulp-data.ts',
    output: { file: 'dist/stemhulp-data.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    external: (id) => id.startsWith('node:'),
    plugins: [
      resolve({ preferBuiltins: true }),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, sourceMap: true, outDir: 'dist' }),
      schemaAssets(),
    ],
  },
  {
    // The import and checks for demo/gegevens.html: authors' bytes, never in a reader's bundle.
    input: 'src/authoring/browser.ts',
    output: { file: 'dist/gegevens.js', format: 'es', sourcemap: true },
    plugins: [
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, sourceMap: true, outDir: 'dist' }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
  {
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.js', format: 'es', sourcemap: readerMaps },
    plugins: [...plugins(), embedAssets()],
  },
  {
    // The party form (issue 25): its own page, script and strings; nothing of it in the widget's chunks.
    input: 'src/form/form.ts',
    output: { file: 'dist/partijformulier.js', format: 'es', sourcemap: readerMaps },
    plugins: [...plugins(), formAssets()],
  },
  {
    input: 'src/embed/embed-resize.ts',
    output: { file: 'dist/embed-resize.js', format: 'iife', sourcemap: readerMaps },
    plugins: plugins(),
  },
];
