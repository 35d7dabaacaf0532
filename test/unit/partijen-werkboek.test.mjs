// `antwoorden` into a gemeente whose data is a workbook (GM0363.xlsx with the sheets
// stellingen, partijen, standpunten), through the real command as the organisation runs it:
// the answers land in the sheet standpunten with door and datum, read back by the import's
// own reader; every other part of the workbook is kept byte for byte; what is refused
// leaves the file as it was. Two workbooks: LibreOffice's (test/fixtures/authoring/xlsx) and
// one written here as Excel writes it (shared strings, styles, column widths, a date cell,
// a second sheet with a formula, the calculation chain). Needs dist/ (npm test builds it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { answersJson } from '../../bench/generate-sheets.mjs';
import { readWorkbook } from '../../src/authoring/sheets.ts';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/stemhulp-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'werkboek-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const dir = (name) => join(tmp, `${name}-${++n}`);

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout) => resolve({ code: error ? error.code : 0, out: stdout, lines: stdout.split('\n').filter(Boolean) }));
  });
}

/**
 * A folder with gemeente GM9911 as the workbook `book`, invited; returns the folder, the
 * workbook's path and a function that writes an answers file of a party with its own code.
 */
async function folder(book) {
  const d = dir('g');
  mkdirSync(d);
  writeFileSync(join(d, 'gemeenten.csv'), '\ufeffcode;naam\r\nGM9911;Lüttelhoven\r\n');
  const path = join(d, 'GM9911.xlsx');
  writeFileSync(path, book);
  const inv = await run(['uitnodigen', d, '--formulier', 'https://example.org/partijformulier.html', '--gegevens', 'https://example.org/index.json']);
  assert.equal(inv.code, 0, inv.out);
  const codes = new Map(
    readFileSync(join(d, 'uitnodigingen.csv'), 'utf8')
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'))
      .map((r) => [r[1], r[3]]),
  );
  const a = dir('antwoorden');
  mkdirSync(a);
  const answer = (name, partij, answers, datum) => {
    writeFileSync(join(a, name), answersJson({ gemeente: 'GM9911', partij, code: codes.get(partij), answers, datum }));
    return join(a, name);
  };
  return { d, path, answer };
}

/** The sheet standpunten as the import reads it: objects by column name. */
async function standpunten(path) {
  const { sheets, problems } = await readWorkbook('GM9911.xlsx', readFileSync(path));
  assert.deepEqual(problems, []);
  const t = sheets.get('standpunten');
  return { columns: [...t.columns.keys()], rows: t.rows.map((r) => Object.fromEntries(r.cells)) };
}

const parts = (bytes) => unzipSync(bytes);
/** Every part but `except` is the same, byte for byte. */
function sameParts(before, after, except = []) {
  const [b, a] = [parts(before), parts(after)];
  assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), 'no part added or lost');
  for (const k of Object.keys(b)) if (!except.includes(k)) assert.ok(Buffer.from(a[k]).equals(Buffer.from(b[k])), `${k} unchanged`);
}

const LIBREOFFICE = readFileSync(join(root, 'test/fixtures/authoring/xlsx/GM9911.xlsx'));

test('a workbook made by LibreOffice: the answers in its sheet standpunten, door and datum added, the change listed, every other part as it was', async () => {
  const { d, path, answer } = await folder(LIBREOFFICE);
  const f = answer('GM9911-p1.json', 'p1', { s1: { position: 'disagree', explanation: 'Liever niet & niet zo.' }, s2: { position: 'agree', source: 'https://example.org/p1' } });
  const r = await run(['antwoorden', d, f]);
  assert.equal(r.code, 0, r.out);
  assert.ok(r.lines.includes('GM9911 p1 s1: was eens (organisatie), nu oneens (partij)'), r.out);
  assert.ok(r.lines.includes('GM9911 p1 s2: was neutraal (organisatie), nu eens (partij)'), r.out);
  assert.match(r.out, /1 bestand verwerkt in het blad standpunten, 0 fouten\./);

  const { columns, rows } = await standpunten(path);
  assert.deepEqual(columns, ['partij', 'stelling', 'standpunt', 'toelichting', 'bron', 'door', 'datum']);
  assert.deepEqual(rows, [
    { partij: 'p1', stelling: 's1', standpunt: 'oneens', toelichting: 'Liever niet & niet zo.', bron: '', door: 'partij', datum: '2026-02-12' },
    { partij: 'p1', stelling: 's2', standpunt: 'eens', toelichting: '', bron: 'https://example.org/p1', door: 'partij', datum: '2026-02-12' },
    { partij: 'p2', stelling: 's1', standpunt: 'oneens', toelichting: '', bron: '', door: '', datum: '' },
    { partij: 'p2', stelling: 's2', standpunt: '', toelichting: '', bron: '', door: '', datum: '' },
  ]);
  const after = readFileSync(path);
  sameParts(LIBREOFFICE, after, ['xl/worksheets/sheet3.xml']);
  // In the sheet itself only the cells and the used range changed.
  const [was, now] = [LIBREOFFICE, after].map((b) => strFromU8(parts(b)['xl/worksheets/sheet3.xml']));
  const around = (x) => [x.slice(0, x.indexOf('<sheetData>')).replace(/<dimension ref="[^"]*"\/>/, ''), x.slice(x.indexOf('</sheetData>'))];
  assert.deepEqual(around(now), around(was));
  assert.match(now, /<dimension ref="A1:G5"\/>/);

  // The import takes door and datum from the workbook.
  const out = dir('out');
  const imported = await run(['import', d, '--out', out]);
  assert.equal(imported.code, 0, imported.out);
  const json = JSON.parse(readFileSync(join(out, 'gemeenten/GM9911.json'), 'utf8'));
  assert.deepEqual(json.parties[0].positions.s1, { position: 'disagree', explanation: 'Liever niet & niet zo.', by: 'party', date: '2026-02-12' });
});

test('a refused file and an older file leave the workbook byte for byte as it was; a newer one replaces the older whole', async () => {
  const { d, path, answer } = await folder(LIBREOFFICE);
  const wrong = answer('onbekend.json', 'p2', { s9: { position: 'agree' } });
  const r = await run(['antwoorden', d, wrong]);
  assert.equal(r.code, 1);
  assert.match(r.out, /Er is geen stelling met id "s9"/);
  assert.ok(readFileSync(path).equals(LIBREOFFICE), 'refused: the workbook untouched');

  const first = answer('eerst.json', 'p2', { s1: { position: 'agree' }, s2: { position: 'agree' } }, '2026-02-13T10:00:00.000Z');
  assert.equal((await run(['antwoorden', d, first])).code, 0);
  const merged = readFileSync(path);
  const older = answer('ouder.json', 'p2', { s1: { position: 'disagree' } }, '2026-02-12T10:00:00.000Z');
  const late = await run(['antwoorden', d, older]);
  assert.equal(late.code, 0, late.out);
  assert.match(late.out, /is ouder dan het bestand van deze partij dat al is verwerkt/);
  assert.ok(readFileSync(path).equals(merged), 'the older file changed nothing');
  const again = await run(['antwoorden', d, first]);
  assert.match(again.out, /0 bestanden verwerkt, 1 al eerder verwerkt/);
  assert.ok(readFileSync(path).equals(merged), 'the same file again changed nothing');

  const newer = answer('nieuwer.json', 'p2', { s1: { position: 'neutral' } }, '2026-02-14T10:00:00.000Z');
  const r2 = await run(['antwoorden', d, newer]);
  assert.equal(r2.code, 0, r2.out);
  assert.ok(r2.lines.includes('GM9911 p2 s1: was eens (partij), nu neutraal (partij)'), r2.out);
  assert.ok(
    r2.lines.some((l) => l.startsWith('GM9911 p2 s2: was eens (partij), nu onbekend')),
    r2.out,
  );
  const p2 = (await standpunten(path)).rows.filter((x) => x.partij === 'p2').map((x) => [x.stelling, x.standpunt, x.door, x.datum]);
  assert.deepEqual(p2, [
    ['s1', 'neutraal', 'partij', '2026-02-14'],
    ['s2', '', 'partij', '2026-02-14'],
  ]);
});

/** An Excel serial day number. */
const serial = (iso) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86400000;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * A workbook as Excel writes it: strings shared, a bold header (style 1), a date format
 * (style 2), column widths, `spans`, a sheet overzicht counting the party's answers with a
 * formula, and the calculation chain. A cell is a string, `{ n, s }` or `{ f, fa, v }` (a
 * formula, its attributes, its value).
 */
function excelBook(sheets) {
  const strings = [];
  const cell = (v, ref) => {
    if (typeof v === 'string') {
      if (!strings.includes(v)) strings.push(v);
      return `<c r="${ref}"${ref.endsWith('1') && ref.length === 2 ? ' s="1"' : ''} t="s"><v>${strings.indexOf(v)}</v></c>`;
    }
    if (v.f) return `<c r="${ref}"${typeof v.v === 'string' ? ' t="str"' : ''}><f${v.fa ?? ''}>${v.f}</f><v>${v.v}</v></c>`;
    return `<c r="${ref}" s="${v.s}"><v>${v.n}</v></c>`;
  };
  const names = Object.keys(sheets);
  const xml = (rows) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<dimension ref="A1:${String.fromCharCode(64 + Math.max(...rows.map((r) => r.length)))}${rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<cols><col min="1" max="2" width="8.7109375" customWidth="1"/><col min="3" max="7" width="30.7109375" customWidth="1"/></cols><sheetData>` +
    rows
      .map(
        (r, i) =>
          `<row r="${i + 1}" spans="1:${r.length}" x14ac:dyDescent="0.25">${r.map((v, j) => (v === '' ? '' : cell(v, `${String.fromCharCode(65 + j)}${i + 1}`))).join('')}</row>`,
      )
      .join('') +
    `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const sheetParts = Object.fromEntries(names.map((name, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(xml(sheets[name]))]));
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="${TYPE}.calcChain+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>` +
        names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        `</sheets><calcPr calcId="191029"/></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId92" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
    ...sheetParts,
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    ),
    'xl/calcChain.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="${names.indexOf('overzicht') + 1}"/></calcChain>`,
    ),
  });
}

const EXCEL = {
  stellingen: [
    ['id', 'speerpunt', 'stelling', 'advies'],
    ['s1', 'opvang', 'Het dorpshuis wordt een ontmoetingsplek.', 'eens'],
    ['s2', 'werk', 'Statushouders krijgen een werkcoach.', 'eens'],
  ],
  partijen: [
    ['id', 'naam', 'lijst'],
    ['p1', 'Partij Een', { n: 1, s: 0 }],
    ['p2', 'Partij Twee', { n: 2, s: 0 }],
  ],
  // door and datum already there, datum as a date cell; p2 answered itself on 14 February.
  standpunten: [
    ['partij', 'stelling', 'standpunt', 'door', 'datum', 'toelichting'],
    ['p1', 's1', 'eens', 'organisatie', '', 'Uit het programma.'],
    ['p2', 's1', 'oneens', 'partij', { n: serial('2026-02-14'), s: 2 }, 'Onze reden.'],
  ],
  overzicht: [['partij-antwoorden', { f: 'COUNTIF(standpunten!D:D,"partij")', v: 1 }]],
};

test('a workbook as Excel writes it: date cells read as days, the older file not used, styles kept, the calculation chain dropped only for a replaced formula', async () => {
  const book = excelBook(EXCEL);
  const { d, path, answer } = await folder(book);
  const older = answer('p2.json', 'p2', { s1: { position: 'agree' } }, '2026-02-13T09:00:00.000Z');
  const r = await run(['antwoorden', d, older]);
  assert.equal(r.code, 0, r.out);
  assert.ok(
    r.lines.includes(`${older}: let op: In ${path}[standpunten] staan antwoorden van deze partij van 2026-02-14, nieuwer dan dit bestand (2026-02-13); het wordt niet gebruikt.`),
    r.out,
  );
  assert.ok(readFileSync(path).equals(book), 'the older file: the workbook untouched');

  const f = answer('p1.json', 'p1', { s1: { position: 'neutral' }, s2: { position: 'agree', explanation: 'Ja.' } });
  const r2 = await run(['antwoorden', d, f]);
  assert.equal(r2.code, 0, r2.out);
  assert.ok(r2.lines.includes('GM9911 p1 s1: was eens (organisatie), nu neutraal (partij)'), r2.out);
  const { columns, rows } = await standpunten(path);
  // door and datum where they were; bron, which the answers also fill, added (as in a CSV file).
  assert.deepEqual(columns, ['partij', 'stelling', 'standpunt', 'door', 'datum', 'toelichting', 'bron']);
  assert.deepEqual(
    rows.map((x) => Object.values(x)),
    [
      ['p1', 's1', 'neutraal', 'partij', '2026-02-12', '', ''],
      ['p2', 's1', 'oneens', 'partij', '2026-02-14', 'Onze reden.', ''],
      ['p1', 's2', 'eens', 'partij', '2026-02-12', 'Ja.', ''],
    ],
  );
  const after = parts(readFileSync(path));
  sameParts(book, readFileSync(path), ['xl/worksheets/sheet3.xml', 'xl/workbook.xml']);
  const sheet = strFromU8(after['xl/worksheets/sheet3.xml']);
  assert.match(sheet, /<dimension ref="A1:G4"\/>/);
  assert.match(
    sheet,
    /<row r="2" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>\d+<\/v><\/c><c r="B2" t="s"><v>\d+<\/v><\/c><c r="C2" t="inlineStr">/,
    'a changed row loses only its spans',
  );
  assert.match(sheet, /<row r="3" spans="1:6" x14ac:dyDescent="0.25">/, 'an unchanged row as it was');
  assert.match(sheet, /<cols><col min="1" max="2" width="8.7109375" customWidth="1"\/>/);
  // The overzicht's formula counts door: recalculated when the workbook is opened.
  assert.match(strFromU8(after['xl/workbook.xml']), /<calcPr calcId="191029" fullCalcOnLoad="1"\/>/);
  assert.ok(after['xl/calcChain.xml'], 'no formula replaced: the calculation chain kept');
});

test('a cell to replace holds a formula: replaced, and the calculation chain goes; one other cells share: refused, the workbook and the ledger untouched', async () => {
  const plain = structuredClone(EXCEL);
  plain.standpunten[1][2] = { f: 'IF(1,"eens")', v: 'eens' };
  const book = excelBook(plain);
  const { d, path, answer } = await folder(book);
  const r = await run(['antwoorden', d, answer('p1.json', 'p1', { s1: { position: 'disagree' } })]);
  assert.equal(r.code, 0, r.out);
  assert.equal((await standpunten(path)).rows[0].standpunt, 'oneens');
  const after = parts(readFileSync(path));
  assert.equal(after['xl/calcChain.xml'], undefined);
  assert.doesNotMatch(strFromU8(after['[Content_Types].xml']), /calcChain/);
  assert.doesNotMatch(strFromU8(after['xl/_rels/workbook.xml.rels']), /calcChain/);
  assert.match(strFromU8(after['xl/worksheets/sheet4.xml']), /<f>COUNTIF/, 'the other formulas kept');

  const shared = structuredClone(EXCEL);
  shared.standpunten[1][2] = { f: 'IF(1,"eens")', fa: ' t="shared" ref="C2:C3" si="0"', v: 'eens' };
  const sharedBook = excelBook(shared);
  const g = await folder(sharedBook);
  const refused = await run(['antwoorden', g.d, g.answer('p1.json', 'p1', { s1: { position: 'disagree' } })]);
  assert.equal(refused.code, 1, refused.out);
  assert.ok(
    refused.lines.includes(
      `${g.path}[standpunten]: De antwoorden kunnen niet in dit blad worden gezet: in cel C2 staat een formule die ook andere cellen gebruiken. Niets is geschreven. Vervang die formule door haar uitkomst en draai de opdracht nog eens.`,
    ),
    refused.out,
  );
  assert.ok(readFileSync(g.path).equals(sharedBook));
  assert.throws(() => readFileSync(join(g.d, 'antwoorden-verwerkt.csv')), /ENOENT/, 'nothing recorded as merged');
});
