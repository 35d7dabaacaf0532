// `stemhulp-data vertaling` (issue 26), run as an organisation runs it, through the bin
// launcher on files in a temporary folder: export, a translator's filling in, import, and
// `validate` on an index naming the file. Needs dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/stemhulp-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'stemhulp-vertaling-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command in `tmp`; resolves with its exit code and output. */
const run = (args) => new Promise((resolve) => execFile(process.execPath, [bin, ...args], { cwd: tmp }, (error, stdout) => resolve({ code: error ? error.code : 0, out: stdout })));

/** A CSV row as Excel writes it back: `;`, quotes where needed, CRLF. */
const cell = (v) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

test('export → fill → import → validate: the language file is what the translator wrote, named by the index', async () => {
  const ex = await run(['vertaling', 'export', 'tr', 'vertaling-tr.csv']);
  assert.equal(ex.code, 0, ex.out);
  const text = readFileSync(join(tmp, 'vertaling-tr.csv'), 'utf8');
  assert.ok(text.startsWith('\ufeffsleutel;context;nl;en;vertaling:tr\r\n'));
  const rows = parse(text.slice(1), { delimiter: ';' });
  const fill = { startFor: '{name} için oy rehberini başlat', agree: 'Katılıyorum', 'problemsHeading.one': 'Bir sorun:', 'howItWorksText.2': 'Eşitlikte; önce liste numarası.' };
  for (const r of rows) if (fill[r[0]]) r[4] = fill[r[0]];
  writeFileSync(join(tmp, 'vertaling-tr.csv'), '\ufeff' + rows.map((r) => r.map(cell).join(';') + '\r\n').join(''));

  const im = await run(['vertaling', 'import', 'vertaling-tr.csv', '--out', 'talen']);
  assert.equal(im.code, 0, im.out);
  assert.match(im.out, /Geschreven: talen\/tr\.json \(4 vertalingen, status "concept"/);
  assert.match(im.out, /"translations": \{ "tr": "talen\/tr\.json" \}/);
  assert.deepEqual(JSON.parse(readFileSync(join(tmp, 'talen/tr.json'), 'utf8')), {
    format: 'stemhulp-taal/1',
    lang: 'tr',
    name: 'Türkçe',
    dir: 'ltr',
    status: 'concept',
    strings: fill,
  });

  writeFileSync(
    join(tmp, 'index.json'),
    JSON.stringify({
      format: 'stemhulp/1',
      translations: { tr: 'talen/tr.json' },
      municipalities: [
        { code: 'GM0001', name: 'A', statements: [{ id: 's1', keyPoint: 'opvang', text: 'x' }], parties: [{ id: 'p1', name: 'P', positions: { s1: { position: 'agree' } } }] },
      ],
    }),
  );
  const v = await run(['validate', 'index.json']);
  assert.equal(v.code, 0, v.out);
  assert.match(v.out, /talen\/tr\.json: let op: \d+ van de \d+ sleutels hebben geen vertaling; daar toont de widget de Engelse tekst/);
  assert.match(v.out, /concept/);
});

test('a wrong placeholder: exit 1, the row and the fix, nothing written; --van starts from an existing file', async () => {
  mkdirSync(join(tmp, 'fout'), { recursive: true });
  writeFileSync(join(tmp, 'fout/tr.json'), JSON.stringify({ format: 'stemhulp-taal/1', lang: 'tr', status: 'concept', strings: { startFor: 'Başlat {naam}' } }));
  const ex = await run(['vertaling', 'export', 'tr', 'fout.csv', '--van', 'fout/tr.json']);
  assert.equal(ex.code, 0, ex.out);
  const im = await run(['vertaling', 'import', 'fout.csv', '--out', 'uit']);
  assert.equal(im.code, 1, im.out);
  assert.match(im.out, /fout\.csv:\d+:5 \(vertaling:tr\): \{naam\} is geen plaatshouder van "startFor"; deze sleutel heeft \{name\}/);
  assert.match(im.out, /Er is niets geschreven/);
  assert.equal((await run(['vertaling', 'export', 'nl', 'x.csv'])).code, 2);
});
