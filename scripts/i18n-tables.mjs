// A new language is its folder (src/i18n/<lang>/) and its line in the registry,
// src/i18n/index.ts (issue 24). This writes from the registry what would otherwise need a
// line per language elsewhere, so that nobody has to:
// - each language's parts file, src/i18n/<lang>/parts.ts: the words of the parts few readers
//   open (the tools, kiosk mode, the card, *Mag ik stemmen?*, *Lees voor*), one chunk per language, which
//   the widget fetches only when a reader opens one of them in that language (README,
//   Translating); the part chunks themselves carry only Dutch, and a table of those chunks
//   (`words` in src/i18n/tools.ts, kiosk.ts, card.ts, vote.ts, read.ts: an import() per language);
// - the party form's tables of every language (src/i18n/form.ts, its words, and
//   src/i18n/form-key-points.ts, the bundled speerpunten's translations), in its own bundle.
// `npm run build` runs it first; `--check` only says whether the files are as it would write
// them (test/unit/i18n-tables.test.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/i18n/', import.meta.url);
/** The part of each table this writes, between these two lines. */
const begin = '// Languages: written by scripts/i18n-tables.mjs from the registry (src/i18n/index.ts), one line each.';
const end = '// End of the languages.';

/** The registry's languages, in its order: each `xx: () => import('./xx/index.js'),` line of `languages`. */
export function registry(source = readFileSync(new URL('index.ts', dir), 'utf8')) {
  const block = /export const languages\b.* = \{\n([\s\S]*?)\n\};/.exec(source)?.[1];
  if (!block) throw new Error('src/i18n/index.ts: no `export const languages = { … };`');
  return block.split('\n').map((line) => {
    const m = /^\s*'?([a-z]{2,3}(?:-[a-z0-9]+)*)'?: \(\) => import\('\.\/([a-z]{2,3}(?:-[a-z0-9]+)*)\/index\.js'\),$/.exec(line);
    if (!m || m[1] !== m[2]) throw new Error(`src/i18n/index.ts: a language's line is \`xx: () => import('./xx/index.js'),\`, not: ${line.trim()}`);
    return m[1];
  });
}

/** The JavaScript name of a language's import (`zh-hant` is not one). */
const local = (lang) => lang.replace(/-/g, '_');

/**
 * A table's file with its languages' lines written: `part` is the file and the name each
 * language's file exports (`file` and `name` where they differ, `nl: false` for a table of
 * translations only).
 */
export function table(source, part, langs, { file = part, name = part, nl = true } = {}) {
  const all = [...(nl ? ['nl'] : []), ...langs];
  return between(source, file, [
    ...all.map((l) => `import { ${name} as ${local(l)} } from './${l}/${part}.js';`),
    `const all = { ${all.map((l) => (local(l) === l ? l : `'${l}': ${local(l)}`)).join(', ')} };`,
  ]);
}

/** A part's file with its table of the languages' parts chunks written: an import() each, Dutch has none. */
export function chunks(source, part, langs) {
  return between(source, part, ['export const words: PartsChunks = {', ...langs.map((l) => `  ${local(l) === l ? l : `'${l}'`}: () => import('./${l}/parts.js'),`), '};']);
}

/** `source` with `lines` between the two lines that mark what this writes. */
function between(source, part, lines) {
  const from = source.indexOf(begin);
  const to = source.indexOf(end);
  if (from < 0 || to < from) throw new Error(`src/i18n/${part}.ts: no lines "${begin}" … "${end}"`);
  return source.slice(0, from) + [begin, ...lines].join('\n') + '\n' + source.slice(to);
}

/** The parts whose words (`<lang>/<part>.ts`) travel in a language's parts chunk, as `Parts` in src/i18n/part-types.ts names them. */
export const parts = ['tools', 'kiosk', 'card', 'vote', 'read'];
/**
 * The tables of every language, for a bundle of its own (the party form's page): its words, and
 * the bundled speerpunten's translations.
 * @type {[string, { file?: string, name?: string, nl?: boolean }][]}
 */
export const tables = [
  ['form', {}],
  ['key-points', { file: 'form-key-points', name: 'keyPoints', nl: false }],
];

/** A language's parts file (src/i18n/<lang>/parts.ts): its chunk of the parts' words. */
export const partsFile = () =>
  [
    '// Written by scripts/i18n-tables.mjs (`npm run build` runs it); do not edit. The words of the',
    "// parts few readers open, this language's chunk of them: fetched only when a reader opens one",
    '// in this language (the `words` of src/i18n/tools.ts and the others). The part chunks carry only Dutch.',
    ...parts.map((part) => `export { ${part} } from './${part}.js';`),
    '',
  ].join('\n');

/** Every file this writes, by its path under src/i18n/, with the text it should have (`before` reads what is there). */
export function files(langs = registry(), before = (path) => (existsSync(new URL(path, dir)) ? readFileSync(new URL(path, dir), 'utf8') : '')) {
  const out = {};
  for (const lang of langs) out[`${lang}/parts.ts`] = partsFile();
  for (const part of parts) out[`${part}.ts`] = chunks(before(`${part}.ts`), part, langs);
  for (const [part, o] of tables) out[`${o.file ?? part}.ts`] = table(before(`${o.file ?? part}.ts`), part, langs, o);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(files())) {
    const file = new URL(path, dir);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    if (check) stale.push(`src/i18n/${path}`);
    else writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`Not as the registry says: ${stale.join(', ')}. Run node scripts/i18n-tables.mjs (npm run build does).`);
    process.exit(1);
  }
}
