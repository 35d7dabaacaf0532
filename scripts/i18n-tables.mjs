// A new language is its folder (src/i18n/<lang>/) and its line in the registry,
// src/i18n/index.ts (issue 24). The tools', kiosk's, card's, vote's, read-aloud's and the party form's own words travel in those
// lazy chunks, not in a language's chunk, so each of those chunks has a table of every
// language (src/i18n/tools.ts, kiosk.ts, card.ts, vote.ts, form.ts, read.ts): this writes their lines from the
// registry, so that nobody has to. `npm run build` runs it first; `--check` only says
// whether the tables are as it would write them (test/unit/i18n-tables.test.mjs).
import { readFileSync, writeFileSync } from 'node:fs';

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

/** A table's file with its languages' lines written: `part` is the file and the name each language's file exports. */
export function table(source, part, langs) {
  const from = source.indexOf(begin);
  const to = source.indexOf(end);
  if (from < 0 || to < from) throw new Error(`src/i18n/${part}.ts: no lines "${begin}" … "${end}"`);
  const all = ['nl', ...langs];
  const lines = [
    begin,
    ...all.map((l) => `import { ${part} as ${local(l)} } from './${l}/${part}.js';`),
    `const all = { ${all.map((l) => (local(l) === l ? l : `'${l}': ${local(l)}`)).join(', ')} };`,
  ];
  return source.slice(0, from) + lines.join('\n') + '\n' + source.slice(to);
}

export const parts = ['tools', 'kiosk', 'card', 'vote', 'form', 'read'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const langs = registry();
  let stale = [];
  for (const part of parts) {
    const file = new URL(`${part}.ts`, dir);
    const before = readFileSync(file, 'utf8');
    const after = table(before, part, langs);
    if (after === before) continue;
    if (check) stale.push(`src/i18n/${part}.ts`);
    else writeFileSync(file, after);
  }
  if (stale.length) {
    console.error(`Not as the registry says: ${stale.join(', ')}. Run node scripts/i18n-tables.mjs (npm run build does).`);
    process.exit(1);
  }
}
