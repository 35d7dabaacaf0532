// Builds dist/stemhulp-widget-wordpress.zip: the plugin in wordpress/stemhulp-widget/ with
// the built widget (the ES module and its language chunks) in its widget/ folder. The
// plugin's version is package.json's: every {{VERSION}} in its files is replaced by it.
// Each .po becomes a .mo for PHP and, for the texts of block/editor.js, the JSON file
// WordPress gives the block's script (wp_set_script_translations).
// fflate, not a `zip` binary: a fresh machine has none.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const plugin = 'wordpress/stemhulp-widget';
/** @type {Record<string, Uint8Array>} */
const files = {};
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const stamp = (text) => text.replaceAll('{{VERSION}}', version);
// The handle WordPress gives the block's editorScript ("stemhulp/widget" → …-editor-script).
const editorHandle = 'stemhulp-widget-editor-script';

/**
 * The msgid → msgstr pairs of a .po file; strings may continue on "…" lines. `js` holds
 * the msgids whose `#:` reference names a .js file.
 * @param {string} text
 */
function parsePo(text) {
  /** @type {Map<string, string> & { js: Set<string> }} */
  const entries = Object.assign(new Map(), { js: new Set() });
  let field;
  let id = '';
  let str = '';
  let js = false;
  let nextJs = false;
  // A context (msgctxt) is part of the key, before a \x04, as in .mo files and Jed.
  let context = '';
  const flush = () => {
    if (field === 'msgstr') {
      const key = context ? `${context}\x04${id}` : id;
      entries.set(key, str);
      if (js) entries.js.add(key);
      context = '';
    }
    field = undefined;
  };
  for (const line of text.split('\n')) {
    const m = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (/^#:.*\.js\b/.test(line)) {
      flush();
      nextJs = true;
    } else if (m?.[1] === 'msgctxt') {
      flush();
      [context, field] = [JSON.parse(m[2]), 'msgctxt'];
    } else if (m?.[1] === 'msgid') {
      flush();
      [id, str, js, nextJs, field] = [JSON.parse(m[2]), '', nextJs, false, 'msgid'];
    } else if (m) {
      [str, field] = [JSON.parse(m[2]), 'msgstr'];
    } else if (/^".*"$/.test(line)) {
      if (field === 'msgctxt') context += JSON.parse(line);
      else if (field === 'msgid') id += JSON.parse(line);
      else if (field === 'msgstr') str += JSON.parse(line);
    }
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
  for (const [table, list] of /** @type {[number, Buffer[]][]} */ ([
    [tables, ids],
    [tables + n * 8, strs],
  ])) {
    list.forEach((b, i) => {
      header.writeUInt32LE(b.length, table + i * 8);
      header.writeUInt32LE(offset, table + i * 8 + 4);
      body.push(b, Buffer.alloc(1));
      offset += b.length + 1;
    });
  }
  return Buffer.concat([header, ...body]);
}

/** The Jed 1.x JSON that WordPress's load_script_textdomain() reads, with the .js texts only. */
function jed(entries) {
  const header = entries.get('') ?? '';
  const lang = header.match(/^Language: (.*)$/m)?.[1] ?? '';
  const plural = header.match(/^Plural-Forms: (.*)$/m)?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang, 'plural-forms': plural } };
  for (const id of entries.js) if (entries.get(id)) messages[id] = [entries.get(id)];
  return Buffer.from(JSON.stringify({ domain: 'messages', locale_data: { messages } }));
}

function add(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const to = `stemhulp-widget/${relative(plugin, path)}`;
    if (statSync(path).isDirectory()) add(path);
    else if (path.endsWith('.po')) {
      const entries = parsePo(stamp(readFileSync(path, 'utf8')));
      files[to.replace(/\.po$/, '.mo')] = mo(entries);
      // stemhulp-widget-nl_NL.po → stemhulp-widget-nl_NL-stemhulp-widget-editor-script.json
      files[to.replace(/\.po$/, `-${editorHandle}.json`)] = jed(entries);
    } else if (/\.(php|txt|json|js)$/.test(path)) files[to] = Buffer.from(stamp(readFileSync(path, 'utf8')));
    else files[to] = readFileSync(path);
  }
}
add(plugin);
const header = files['stemhulp-widget/stemhulp-widget.php'].toString();
if (!header.includes(`Version:           ${version}\n`) || !header.includes(`'STEMHULP_WIDGET_VERSION', '${version}'`)) {
  throw new Error('stemhulp-widget.php: its Version header and STEMHULP_WIDGET_VERSION must be {{VERSION}}');
}

const widget = readdirSync('dist').filter((f) => /^stemhulp-widget(-[a-z]+-[\w-]+)?\.js$/.test(f));
if (!widget.includes('stemhulp-widget.js')) throw new Error('dist/stemhulp-widget.js is missing: run rollup first');
for (const f of widget) files[`stemhulp-widget/widget/${f}`] = readFileSync(join('dist', f));

// A fixed date: the same sources give the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
writeFileSync('dist/stemhulp-widget-wordpress.zip', zipSync(files, { level: 9, mtime }));
console.log(`dist/stemhulp-widget-wordpress.zip: ${Object.keys(files).length} files`);
