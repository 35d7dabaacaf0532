// The data authors' command line, run as a volunteer runs it: `stemhulp-data` through its
// bin launcher, on fixture folders saved the way Excel and LibreOffice save them
// (test/fixtures/authoring/make.mjs). Needs dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/authoring');
const bin = join(root, 'bin/stemhulp-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'stemhulp-data-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command; resolves with its exit code and output, whatever the code. */
function run(args, cwd = root) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, out: stdout, err: stderr, lines: stdout.split('\n').filter(Boolean) }),
    );
  });
}
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
let n = 0;
const dir = (name) => join(tmp, `${name}-${++n}`);

/** A copy of the template in which `edits` change files (path → text → text). */
function templateWith(edits) {
  const d = dir('template');
  cpSync(join(root, 'template'), d, { recursive: true });
  for (const [p, f] of Object.entries(edits)) writeFileSync(join(d, p), f(readFileSync(join(d, p), 'utf8')));
  return d;
}

test('template → import → validate: the demo gemeente comes back exactly, with $schema and data links', async () => {
  const t = dir('t');
  const out = dir('out');
  const made = await run(['template', t]);
  assert.equal(made.code, 0, made.out);
  assert.ok(existsSync(join(t, 'GM9901/standpunten.csv')));
  const imported = await run(['import', t, '--out', out]);
  assert.equal(imported.code, 0, imported.out);
  assert.match(imported.out, /0 fouten, 0 waarschuwingen\. Geschreven/);

  const index = readJson(join(out, 'index.json'));
  const file = readJson(join(out, 'gemeenten/GM9901.json'));
  const demo = readJson(join(root, 'demo/data/index.json'));
  const gm = demo.municipalities.find((m) => m.code === 'GM9901');
  assert.deepEqual(file.statements, gm.statements);
  assert.deepEqual(file.parties, gm.parties);
  assert.deepEqual(index.municipalities, [{ code: 'GM9901', name: 'Voorbeeldstad', data: 'gemeenten/GM9901.json' }]);
  // links.reading (further reading) has no row in instellingen.csv: the spreadsheet layout names only these links.
  const { reading: _reading, ...links } = demo.links;
  assert.deepEqual([index.election, index.organisation, index.links], [demo.election, demo.organisation, links]);
  assert.match(index.$schema, /\/dist\/schema\/index\.schema\.json$/);
  assert.match(file.$schema, /\/dist\/schema\/municipality\.schema\.json$/);

  const checked = await run(['validate', join(out, 'index.json')]);
  assert.equal(checked.code, 0, checked.out);
  assert.match(checked.out, /0 fouten, 0 waarschuwingen\. De widget kan deze gegevens lezen\./);
});

test('template never overwrites: a second run into the same folder changes nothing and exits 1', async () => {
  const t = dir('t');
  await run(['template', t]);
  writeFileSync(join(t, 'gemeenten.csv'), 'code;naam\r\nGM0363;Amsterdam\r\n');
  const again = await run(['template', t]);
  assert.equal(again.code, 1);
  assert.match(again.out, /niets overschreven/);
  assert.equal(readFileSync(join(t, 'gemeenten.csv'), 'utf8'), 'code;naam\r\nGM0363;Amsterdam\r\n');
});

test('Excel ANSI (Windows-1252, ;), Excel UTF-8 (BOM, ;) and LibreOffice (UTF-8, ,) give the same JSON; ANSI warns per file', async () => {
  const outs = {};
  for (const kind of ['excel-ansi', 'excel-utf8', 'libreoffice']) {
    const out = dir(kind);
    const r = await run(['import', join(fixtures, kind), '--out', out]);
    assert.equal(r.code, 0, r.out);
    outs[kind] = readFileSync(join(out, 'gemeenten/GM9911.json'), 'utf8');
    const ansiWarnings = r.lines.filter((l) => l.includes('Windows-1252'));
    if (kind === 'excel-ansi') {
      // Every file with a non-ASCII letter is named; standpunten.csv is plain ASCII.
      for (const f of ['gemeenten.csv', 'instellingen.csv', 'GM9911/stellingen.csv', 'GM9911/partijen.csv'])
        assert.ok(ansiWarnings.some((l) => l.startsWith(join(fixtures, kind, f) + ': let op:')), f);
      assert.equal(ansiWarnings.length, 4);
      assert.match(ansiWarnings[0], /CSV UTF-8/);
    } else assert.deepEqual(ansiWarnings, []);
  }
  assert.equal(outs['excel-ansi'], outs['excel-utf8']);
  assert.equal(outs['libreoffice'], outs['excel-utf8']);
  const file = JSON.parse(outs['excel-ansi']);
  assert.equal(file.name, 'Lüttelhoven');
  assert.match(file.statements[0].text, /Het café in het dorpshuis/);
  // A quoted cell with a `;` and a line break, and curly quotes from Windows-1252's 0x93/0x94.
  assert.equal(file.statements[0].explanation, 'Een ontmoetingsplek; een plek om elkaar te zien.\nTweede regel: “welkom”.');
  assert.equal(file.statements[0].keyPoint, 'opvang', 'a speerpunt by its Dutch title');
  assert.equal(file.parties[0].positions.s2.position, 'neutral', '"geen van beide"');
  assert.equal(file.parties[1].positions.s2, undefined, 'an empty standpunt is unknown');
  assert.equal(readJson(join(tmp, `excel-ansi-${n - 2}`, 'index.json')).election.date, '2026-03-18', 'DD-MM-JJJJ');
});

test('a party without a position on a recommended statement: import and validate say, per party, what readers will see of the verdict', async () => {
  // Lijst Voorbeeld Welvaart's row for s1 (opvang, advies eens) left without a standpunt.
  const d = templateWith({ 'GM9901/standpunten.csv': (s) => s.replace(/^lvw;s1;neutraal;/m, 'lvw;s1;;') });
  const out = dir('out');
  const r = await run(['import', d, '--out', out]);
  assert.equal(r.code, 0, r.out);
  const note = r.lines.find((l) => l.includes('Lijst Voorbeeld Welvaart: geen standpunt bij stelling s1'));
  assert.ok(note, r.out);
  assert.match(note, /: let op: /);
  assert.match(note, /In het oordeel van de organisatie zien lezers daardoor bij Kleinschalige opvang midden in de samenleving "op 2 van 3 stellingen" en bij Totaal "op 9 van 10 stellingen"\./);
  assert.match(note, /Een onbekend standpunt telt in het oordeel niet mee/);
  // The last line does not only say it was written: readers will see this.
  assert.match(r.out, /Geschreven: .*\nLet op: bij 1 partij ontbreekt een standpunt bij een stelling met advies\./);

  const checked = await run(['validate', join(out, 'index.json')]);
  assert.equal(checked.code, 0, checked.out);
  assert.ok(checked.lines.some((l) => /GM9901\.json:\d+:\d+ \[parties\[0\]\.positions\]: let op: Lijst Voorbeeld Welvaart: geen standpunt bij stelling s1/.test(l)), checked.out);
  assert.match(checked.out, /De widget kan deze gegevens lezen\.\nLet op: bij 1 partij ontbreekt een standpunt/);

  // Every recommended statement of a speerpunt unknown: "Geen oordeel: standpunten onbekend".
  const none = templateWith({ 'GM9901/standpunten.csv': (s) => s.replace(/^lvw;s(9|10);[^;]*;/gm, 'lvw;s$1;;') });
  const r2 = await run(['import', none, '--out', dir('out')]);
  assert.match(r2.out, /Lijst Voorbeeld Welvaart: geen standpunt bij de stellingen s9 en s10, .* bij Sneller aan het werk "Geen oordeel: standpunten onbekend" en bij Totaal "op 8 van 10 stellingen"/);
});

test('an XLSX workbook made by LibreOffice reads like the CSV folder; a missing sheet is named', async () => {
  const d = dir('xlsx');
  cpSync(join(fixtures, 'xlsx'), d, { recursive: true });
  const bad = await run(['import', d, '--out', dir('out')]);
  assert.equal(bad.code, 1);
  assert.ok(bad.lines.includes(`${join(d, 'GM9912.xlsx')}: Het werkboek heeft geen blad "standpunten". Geef de drie bladen de namen "stellingen", "partijen" en "standpunten"; nu heten ze "stellingen", "partijen" en "Blad3".`), bad.out);

  writeFileSync(join(d, 'gemeenten.csv'), 'code;naam\r\nGM9911;Lüttelhoven\r\n');
  rmSync(join(d, 'GM9912.xlsx'));
  const out = dir('out');
  const good = await run(['import', d, '--out', out]);
  assert.equal(good.code, 0, good.out);
  // The empty standpunt of p2 on s2: at its row, or (one warning per party) at the sheet.
  assert.ok(good.lines.some((l) => l.startsWith(`${join(d, 'GM9911.xlsx')}[standpunten]`) && /: let op: (Geen standpunt van partij p2 bij stelling s2|Partij p2 heeft geen standpunt bij 1 van de 2 stellingen \(s2\))/.test(l)), good.out);
  const csv = dir('csv');
  await run(['import', join(fixtures, 'excel-utf8'), '--out', csv]);
  assert.deepEqual(readJson(join(out, 'gemeenten/GM9911.json')), readJson(join(csv, 'gemeenten/GM9911.json')));
});

test('every mistake names the file, the row, the column and the fix; nothing is written; exit 1', async () => {
  const src = join(fixtures, 'fouten');
  const out = dir('out');
  const r = await run(['import', src, '--out', out]);
  assert.equal(r.code, 1);
  assert.equal(existsSync(out), false, 'nothing written');
  const at = (f) => join(src, f);
  const expected = [
    [`${at('gemeenten.csv')}:3:1 (code): "GM123" is geen CBS-code.`, 'zoals GM0363'],
    [`${at('gemeenten.csv')}:4:1 (code): Geen gegevens gevonden voor GM9920:`, 'maak een map GM9920'],
    [`${at('instellingen.csv')}:3:2 (waarde): "31-02-2026" is geen datum.`, 'JJJJ-MM-DD of DD-MM-JJJJ'],
    [`${at('GM9901/stellingen.csv')}:3:2 (speerpunt): "opvng" is geen speerpunt.`, '"opvang", "huisvesting", "inburgering" of "werk"'],
    [`${at('GM9901/stellingen.csv')}:4:9 (advies): "ja" is geen antwoord.`, 'Gebruik eens, neutraal'],
    [`${at('GM9901/stellingen.csv')}:5:1 (id): Het id "s1" komt twee keer voor (ook in GM9901/stellingen.csv rij 2).`, 'eigen id'],
    [`${at('GM9901/partijen.csv')}:2:6 (lijst): "een" is geen lijstnummer.`, 'heel getal'],
    [`${at('GM9901/standpunten.csv')}:2:3 (standpunt): "misschien" is geen antwoord.`, 'oneens'],
    [`${at('GM9901/standpunten.csv')}:3:1 (partij): Er is geen partij "lwv" in GM9901/partijen.csv.`, '"lvw", "savo"'],
    [`${at('instellingen.csv')}:7:2 (waarde): let op: "www.example.org/nieuwsbrief" is geen volledige link`, 'https://'],
  ];
  for (const [start, fix] of expected) {
    const line = r.lines.find((l) => l.startsWith(start));
    assert.ok(line, `${start}\n--- got:\n${r.out}`);
    assert.ok(line.includes(fix), `${line} names the fix "${fix}"`);
  }
  assert.match(r.out, /9 fouten, \d+ waarschuwingen\. Er is niets geschreven/);
  assert.equal(r.lines.filter((l) => /\bexpected\b/.test(l)).length, 0, 'no English developer messages');
});

test('sheet-level mistakes: missing column, unknown column, a quote left open, a missing file, a party typed differently', async () => {
  const cases = [
    [{ 'GM9901/partijen.csv': (s) => s.replace('id;naam', 'nummer;naam') }, /GM9901\/partijen\.csv:1: De kolom "id" ontbreekt in de kopregel \(rij 1\)\. Zet de kolomnamen "id" of "naam" in rij 1; nu staan er: "nummer"/, 1],
    [{ 'GM9901/stellingen.csv': (s) => s.replace('advies', 'aanbeveling') }, /GM9901\/stellingen\.csv:1:9 \(aanbeveling\): let op: Onbekende kolom "aanbeveling"; deze kolom wordt niet gebruikt\. Kolommen in dit bestand: "id", "speerpunt", "stelling", "toelichting" of "advies"/, 0],
    [{ 'GM9901/standpunten.csv': (s) => s.replace('lvw;s3;', 'lvw;s3;"') }, /GM9901\/standpunten\.csv:4: Een cel heeft tekst na het sluitende aanhalingsteken "\. Schrijf een " binnen een cel als ""/, 1],
    [{ 'GM9901/standpunten.csv': (s) => s + 'blv;s1;"eens\r\n' }, /GM9901\/standpunten\.csv:\d+: Een aanhalingsteken " wordt geopend maar niet gesloten/, 1],
    [{ 'gemeenten.csv': (s) => s.replace('GM9901', 'GM9950') }, /GM9901\/stellingen\.csv: let op: De map "GM9901" wordt niet gebruikt|GM9901 staat niet in gemeenten\.csv/, 1],
    [{ 'gemeenten.csv': (s) => s + 'GM9902;Zilverhaven aan Zee\r\n' }, /gemeenten\.csv:3:1 \(code\): Geen gegevens gevonden voor GM9902: maak een map GM9902 met stellingen\.csv, partijen\.csv en standpunten\.csv, of een werkboek GM9902\.xlsx/, 1],
    [{ 'GM9901/standpunten.csv': (s) => s.replace(/^lvw;s1;/m, 'LVW;s1;').replace(/^lvw;s2;/m, 'Lijst Voorbeeld Welvaart;s2;') }, /0 fouten/, 0],
    [{ 'GM9901/standpunten.csv': (s) => s + 'lvw;s1;eens;;;;\r\n' }, /standpunten\.csv:62:2 \(stelling\): Partij lvw heeft al een standpunt bij stelling s1 \(rij 2\)\. Houd één van de twee regels over\./, 1],
    [{ 'GM9901/stellingen.csv': (s) => s.replace(/^s1;opvang;[^;]*;/m, 's1;opvang;;') }, /stellingen\.csv:2:3 \(stelling\): let op: De Nederlandse tekst is leeg, maar er is wel een vertaling/, 0],
    [{ 'GM9901/stellingen.csv': (s) => s.replace(/^s1;opvang;[^;]*;[^;]*;[^;]*;/m, 's1;opvang;;;;') }, /stellingen\.csv:2:3 \(stelling\): Deze cel is verplicht maar leeg\. Vul de tekst in\./, 1],
  ];
  for (const [edits, expected, code] of cases) {
    const d = templateWith(edits);
    const r = await run(['import', d, '--out', dir('out')]);
    assert.match(r.out, expected);
    assert.equal(r.code, code, r.out);
  }
});

test('validate: JSON syntax mistakes get line, column and a hint; encodings; --json for machines', async () => {
  const j = (f) => join(fixtures, 'json', f);
  const komma = await run(['validate', j('komma.json')]);
  assert.equal(komma.code, 1);
  // The comma after "agree" on line 20 of the file, column 30.
  const text = readFileSync(j('komma.json'), 'utf8').split('\n');
  const line = text.findIndex((l) => l.includes('"agree",')) + 1;
  assert.ok(komma.lines[0].startsWith(`${join('test/fixtures/authoring/json/komma.json')}:${line}:${text[line - 1].indexOf(',') + 1}: Komma na het laatste onderdeel`), komma.out);
  assert.match(komma.out, /Haal deze komma weg/);

  const krul = await run(['validate', j('krul.json')]);
  assert.equal(krul.code, 1);
  assert.match(krul.lines[0], /krul\.json:\d+:\d+: Hier staat een krul-aanhalingsteken/);

  const ansi = await run(['validate', j('ansi.json')]);
  assert.equal(ansi.code, 1);
  assert.match(ansi.out, /ansi\.json: Dit bestand is niet in UTF-8 opgeslagen/);

  const bom = await run(['validate', j('bom.json')]);
  assert.equal(bom.code, 0, bom.out);

  const ja = await run(['validate', j('ja.json'), '--json']);
  assert.equal(ja.code, 1);
  const report = JSON.parse(ja.out);
  assert.equal(report.ok, false);
  const p = report.problems.find((x) => x.path === 'parties[0].positions.s1.position');
  assert.ok(p, ja.out);
  assert.equal(p.severity, 'error');
  const jaLines = readFileSync(j('ja.json'), 'utf8').split('\n');
  assert.equal(p.place.row, jaLines.findIndex((l) => l.includes('"ja"')) + 1);
  assert.match(p.message, /"ja" is geen antwoord/);
});

test('validate follows data links: problems in each file, a missing file at the link, a bad code in the index', async () => {
  const r = await run(['validate', 'test/fixtures/authoring/json/index.json']);
  assert.equal(r.code, 1);
  const index = readFileSync(join(fixtures, 'json/index.json'), 'utf8').split('\n');
  const lineOf = (s) => index.findIndex((l) => l.includes(s)) + 1;
  assert.ok(r.lines.some((l) => l.startsWith(`test/fixtures/authoring/json/index.json:${lineOf('"GM99"')}:`) && l.includes('"GM99" is geen CBS-code')), r.out);
  assert.ok(r.lines.some((l) => l.startsWith(`test/fixtures/authoring/json/index.json:${lineOf('bestaat-niet')}:`) && l.includes('bestaat niet') && l.includes('Controleer de link "bestaat-niet.json"')), r.out);
  assert.ok(r.lines.some((l) => /^test\/fixtures\/authoring\/json\/ja\.json:\d+:\d+ \[parties\[0\]\.positions\.s1\.position\]: "ja" is geen antwoord/.test(l)), r.out);
});

test('validate a URL: the index and its data links over HTTP, relative to the final URL', async () => {
  const server = createServer((req, res) => {
    const file = join(fixtures, 'json', decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(join(fixtures, 'json')) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const r = await run(['validate', `${base}/index.json`]);
    assert.equal(r.code, 1);
    assert.ok(r.lines.some((l) => l.startsWith(`${base}/ja.json:`) && l.includes('"ja" is geen antwoord')), r.out);
    assert.ok(r.lines.some((l) => l.includes(`${base}/bestaat-niet.json gaf HTTP-status 404 (niet gevonden)`)), r.out);
    const ok = await run(['validate', `${base}/bom.json`]);
    assert.equal(ok.code, 0, ok.out);
  } finally {
    server.close();
  }
});

test('wrong use gets the usage text and exit 2', async () => {
  for (const args of [[], ['importeer', 'x'], ['import', 'template']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.out, /npx stemhulp-data import <map> --out <map>/);
  }
});

test('from a packed package: npm pack, install it elsewhere, npx stemhulp-data template and import', { timeout: 120000 }, async () => {
  const sh = (cmd, args, cwd) =>
    new Promise((resolve, reject) =>
      execFile(cmd, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } }, (e, stdout, stderr) =>
        e ? reject(new Error(`${cmd} ${args.join(' ')}: ${stderr || stdout}`)) : resolve(stdout),
      ),
    );
  const pack = dir('pack');
  const app = dir('app');
  mkdirSync(pack);
  mkdirSync(app);
  const tgz = JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', pack], root))[0].filename;
  writeFileSync(join(app, 'package.json'), '{"name":"site","private":true}');
  await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(pack, tgz)], app);
  await sh('npx', ['stemhulp-data', 'template', 'gegevens'], app);
  const out = await sh('npx', ['stemhulp-data', 'import', 'gegevens', '--out', 'site'], app);
  assert.match(out, /0 fouten, 0 waarschuwingen/);
  assert.ok(existsSync(join(app, 'site/gemeenten/GM9901.json')));
  assert.ok(existsSync(join(app, 'node_modules/stemhulp-widget/dist/schema/index.schema.json')));
});
