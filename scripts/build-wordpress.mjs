// Builds dist/stemhulp-widget-wordpress.zip: the plugin in wordpress/stemhulp-widget/ with
// the built widget (the ES module and its language chunks) in its widget/ folder.
// fflate, not a `zip` binary: a fresh machine has none.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const plugin = 'wordpress/stemhulp-widget';
const files = {};

function add(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else files[`stemhulp-widget/${relative(plugin, path)}`] = readFileSync(path);
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
