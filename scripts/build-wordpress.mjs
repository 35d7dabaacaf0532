// Builds dist/stemhulp-widget-wordpress.zip: the plugin in wordpress/stemhulp-widget/ with
// the built widget (the ES module and its language chunks) in its widget/ folder.
// fflate, not a `zip` binary: a fresh machine has none.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const plugin = 'wordpress/stemhulp-widget';
const files = {};

/** The msgid → msgstr pairs of a .po file; strings may continue on "…" lines. */
function parsePo(text) {
  const entries = new Map();
  let field;
  let id = '';
  let str = '';
  const flush = () => field === 'msgstr' && entries.set(id, str);
  for (const line of text.split('\n')) {
    const m = line.match(/^(msgid|msgstr) (".*")$/);
    if (m?.[1] === 'msgid') {
      flush();
      [id, str] = [JSON.parse(m[2]), ''];
    } else if (m) str = JSON.parse(m[2]);
    else if (/^".*"$/.test(line)) {
      if (field === 'msgid') id += JSON.parse(line);
      else str += JSON.parse(line);
      continue;
    } else continue;
    field = m[1];
  }
  flush();
  return entries;
}

/** A GNU .mo file, the binary form WordPress reads: a header and two sorted string tables. */
function mo(entries) {
  const keys = [...entries.keys()].sort();
  const enc = (s) => Buffer.from(s, 'utf8');
  const ids = keys.map(enc);
  const strs = keys.map((k) => enc(entries.get(k)));
  const n = keys.length;
  const tables = 28;
  let offset = tables + n * 16;
  const header = Buffer.alloc(offset);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(tables, 12);
  header.writeUInt32LE(tables + n * 8, 16);
  // No hash table, but its offset right after the tables: WordPress reads the table sizes from it.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const body = [];
  for (const [table, list] of [[tables, ids], [tables + n * 8, strs]]) {
    list.forEach((b, i) => {
      header.writeUInt32LE(b.length, table + i * 8);
      header.writeUInt32LE(offset, table + i * 8 + 4);
      body.push(b, Buffer.alloc(1));
      offset += b.length + 1;
    });
  }
  return Buffer.concat([header, ...body]);
}

function add(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else if (path.endsWith('.po')) {
      files[`stemhulp-widget/${relative(plugin, path).replace(/\.po$/, '.mo')}`] = mo(parsePo(readFileSync(path, 'utf8')));
    } else files[`stemhulp-widget/${relative(plugin, path)}`] = readFileSync(path);
  }
}
add(plugin);

const widget = readdirSync('dist').filter((f) => /^stemhulp-widget(-[a-z]+-[\w-]+)?\.js$/.test(f));
if (!widget.includes('stemhulp-widget.js')) throw new Error('dist/stemhulp-widget.js is missing: run rollup first');
for (const f of widget) files[`stemhulp-widget/widget/${f}`] = readFileSync(join('dist', f));

// A fixed date: the same sources give the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
writeFileSync('dist/stemhulp-widget-wordpress.zip', zipSync(files, { level: 9, mtime }));
console.log(`dist/stemhulp-widget-wordpress.zip: ${Object.keys(files).length} files`);
