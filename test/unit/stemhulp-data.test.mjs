// The data authors' command line, run as a volunteer runs it: `stemhulp-data` through its
// bin launcher, on fixture folders saved the way Excel and LibreOffice save them
// (test/fixtures/authoring/make.mjs). Needs dist/ (npm test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/authoring');
const bin = join(root, 'bin/stemhulp-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'stemhulp-data-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the command; resolves with its exit code and output, whatever the code. */
function run(args, cwd = root) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
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
        assert.ok(
          ansiWarnings.some((l) => l.startsWith(join(fixtures, kind, f) + ': let op:')),
          f,
        );
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
  assert.match(
    note,
    /In het oordeel van de organisatie zien lezers daardoor bij Kleinschalige opvang midden in de samenleving "op 2 van 3 stellingen" en bij Totaal "op 9 van 10 stellingen"\./,
  );
  assert.match(note, /Een onbekend standpunt telt in het oordeel niet mee/);
  // The last line does not only say it was written: readers will see this.
  assert.match(r.out, /Geschreven: .*\nLet op: bij 1 partij ontbreekt een standpunt bij een stelling met advies\./);

  const checked = await run(['validate', join(out, 'index.json')]);
  assert.equal(checked.code, 0, checked.out);
  assert.ok(
    checked.lines.some((l) => /GM9901\.json:\d+:\d+ \[parties\[0\]\.positions\]: let op: Lijst Voorbeeld Welvaart: geen standpunt bij stelling s1/.test(l)),
    checked.out,
  );
  assert.match(checked.out, /De widget kan deze gegevens lezen\.\nLet op: bij 1 partij ontbreekt een standpunt/);

  // Every recommended statement of a speerpunt unknown: "Geen oordeel: standpunten onbekend".
  const none = templateWith({ 'GM9901/standpunten.csv': (s) => s.replace(/^lvw;s(9|10);[^;]*;/gm, 'lvw;s$1;;') });
  const r2 = await run(['import', none, '--out', dir('out')]);
  assert.match(
    r2.out,
    /Lijst Voorbeeld Welvaart: geen standpunt bij de stellingen s9 en s10, .* bij Sneller aan het werk "Geen oordeel: standpunten onbekend" en bij Totaal "op 8 van 10 stellingen"/,
  );
});

test('an XLSX workbook made by LibreOffice reads like the CSV folder; a missing sheet is named', async () => {
  const d = dir('xlsx');
  cpSync(join(fixtures, 'xlsx'), d, { recursive: true });
  const bad = await run(['import', d, '--out', dir('out')]);
  assert.equal(bad.code, 1);
  assert.ok(
    bad.lines.includes(
      `${join(d, 'GM9912.xlsx')}: Het werkboek heeft geen blad "standpunten". Geef de drie bladen de namen "stellingen", "partijen" en "standpunten"; nu heten ze "stellingen", "partijen" en "Blad3".`,
    ),
    bad.out,
  );

  writeFileSync(join(d, 'gemeenten.csv'), 'code;naam\r\nGM9911;Lüttelhoven\r\n');
  rmSync(join(d, 'GM9912.xlsx'));
  const out = dir('out');
  const good = await run(['import', d, '--out', out]);
  assert.equal(good.code, 0, good.out);
  // The empty standpunt of p2 on s2: at its row, or (one warning per party) at the sheet.
  assert.ok(
    good.lines.some(
      (l) =>
        l.startsWith(`${join(d, 'GM9911.xlsx')}[standpunten]`) &&
        /: let op: (Geen standpunt van partij p2 bij stelling s2|Partij p2 \(in GM9911\.xlsx\[partijen\] rij 3\) heeft geen standpunt bij 1 van de 2 stellingen \(s2\))/.test(l),
    ),
    good.out,
  );
  const csv = dir('csv');
  await run(['import', join(fixtures, 'excel-utf8'), '--out', csv]);
  assert.deepEqual(readJson(join(out, 'gemeenten/GM9911.json')), readJson(join(csv, 'gemeenten/GM9911.json')));
});

test('instellingen.csv: kandidaatstelling and stemrecht become election.nominationDate and links.voting; a date that is none is a warning naming the cell', async () => {
  const edit = (date) =>
    templateWith({
      'instellingen.csv': (s) => s.replace(/^kandidaatstelling;.*$/m, `kandidaatstelling;${date}`).replace(/^stemrecht;.*$/m, 'stemrecht;https://example.org/mag-ik-stemmen'),
    });
  const good = dir('out');
  const r = await run(['import', edit('2-2-2026'), '--out', good]);
  assert.equal(r.code, 0, r.out);
  const index = readJson(join(good, 'index.json'));
  assert.equal(index.election.nominationDate, '2026-02-02');
  assert.equal(index.links.voting, 'https://example.org/mag-ik-stemmen');

  const d = edit('30-02-2026');
  const bad = await run(['import', d, '--out', dir('out')]);
  assert.equal(bad.code, 0, bad.out);
  const line = bad.lines.find((l) => l.startsWith(`${join(d, 'instellingen.csv')}:4:2 (waarde): let op: "30-02-2026" is geen datum; de stemhulp gebruikt hem niet.`));
  assert.ok(line, bad.out);
  assert.ok(line.includes('02-02-2026'), line);
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
    [
      { 'GM9901/partijen.csv': (s) => s.replace('id;naam', 'nummer;naam') },
      /GM9901\/partijen\.csv:1: De kolom "id" ontbreekt in de kopregel \(rij 1\)\. Zet de kolomnamen "id" en "naam" in rij 1; nu staan er: "nummer"/,
      1,
    ],
    [
      { 'GM9901/stellingen.csv': (s) => s.replace('advies', 'aanbeveling') },
      /GM9901\/stellingen\.csv:1:9 \(aanbeveling\): let op: Onbekende kolom "aanbeveling"; deze kolom wordt niet gebruikt\. Kolommen in dit bestand: "id", "speerpunt", "stelling", "toelichting" of "advies"/,
      0,
    ],
    [
      { 'GM9901/standpunten.csv': (s) => s.replace('lvw;s3;', 'lvw;s3;"') },
      /GM9901\/standpunten\.csv:4: Een cel heeft tekst na het sluitende aanhalingsteken "\. Schrijf een " binnen een cel als ""/,
      1,
    ],
    [{ 'GM9901/standpunten.csv': (s) => s + 'blv;s1;"eens\r\n' }, /GM9901\/standpunten\.csv:\d+: Een aanhalingsteken " wordt geopend maar niet gesloten/, 1],
    [{ 'gemeenten.csv': (s) => s.replace('GM9901', 'GM9950') }, /GM9901\/stellingen\.csv: let op: De map "GM9901" wordt niet gebruikt|GM9901 staat niet in gemeenten\.csv/, 1],
    [
      { 'gemeenten.csv': (s) => s + 'GM9902;Zilverhaven aan Zee\r\n' },
      /gemeenten\.csv:3:1 \(code\): Geen gegevens gevonden voor GM9902: maak een map GM9902 met stellingen\.csv, partijen\.csv en standpunten\.csv, of een werkboek GM9902\.xlsx/,
      1,
    ],
    [{ 'GM9901/standpunten.csv': (s) => s.replace(/^lvw;s1;/m, 'LVW;s1;').replace(/^lvw;s2;/m, 'Lijst Voorbeeld Welvaart;s2;') }, /0 fouten/, 0],
    [
      { 'GM9901/standpunten.csv': (s) => s + 'lvw;s1;eens;;;;\r\n' },
      /standpunten\.csv:62:2 \(stelling\): Partij lvw heeft al een standpunt bij stelling s1 \(rij 2\)\. Houd één van de twee regels over\./,
      1,
    ],
    [
      { 'GM9901/stellingen.csv': (s) => s.replace(/^s1;opvang;[^;]*;/m, 's1;opvang;;') },
      /stellingen\.csv:2:3 \(stelling\): let op: De Nederlandse tekst is leeg, maar er is wel een vertaling/,
      0,
    ],
    [
      { 'GM9901/stellingen.csv': (s) => s.replace(/^s1;opvang;[^;]*;[^;]*;[^;]*;/m, 's1;opvang;;;;') },
      /stellingen\.csv:2:3 \(stelling\): Deze cel is verplicht maar leeg\. Vul de tekst in\./,
      1,
    ],
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
  assert.ok(
    r.lines.some((l) => l.startsWith(`test/fixtures/authoring/json/index.json:${lineOf('"GM99"')}:`) && l.includes('"GM99" is geen CBS-code')),
    r.out,
  );
  assert.ok(
    r.lines.some(
      (l) =>
        l.startsWith(`test/fixtures/authoring/json/index.json:${lineOf('bestaat-niet')}:`) && l.includes('bestaat niet') && l.includes('Controleer de link "bestaat-niet.json"'),
    ),
    r.out,
  );
  assert.ok(
    r.lines.some((l) => /^test\/fixtures\/authoring\/json\/ja\.json:\d+:\d+ \[parties\[0\]\.positions\.s1\.position\]: "ja" is geen antwoord/.test(l)),
    r.out,
  );
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
    assert.ok(
      r.lines.some((l) => l.startsWith(`${base}/ja.json:`) && l.includes('"ja" is geen antwoord')),
      r.out,
    );
    assert.ok(
      r.lines.some((l) => l.includes(`${base}/bestaat-niet.json gaf HTTP-status 404 (niet gevonden)`)),
      r.out,
    );
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
    assert.match(r.out, /npx -p stemhulp-widget stemhulp-data import <map> --out <map>/);
  }
});

/** Runs a command; resolves with its exit code and output, whatever the code. */
const sh = (cmd, args, cwd, env = {}) =>
  new Promise((resolve) =>
    execFile(
      cmd,
      args,
      { cwd, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (e, stdout, stderr) => resolve({ code: e ? e.code : 0, out: stdout, err: stderr }),
    ),
  );

/** The shell commands of a Markdown file's ```sh blocks. */
const commands = (md) =>
  [...md.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );

test("the guide's commands, from an empty folder with only the packed tarball, offline", { timeout: 300000 }, async () => {
  const guide = readFileSync(join(root, 'docs/gegevens-invoeren.md'), 'utf8');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const authors = readme.slice(readme.indexOf('### For data authors'), readme.indexOf('\n### ', readme.indexOf('### For data authors') + 5));
  // A bare `npx stemhulp-data` outside a clone asks the registry for a package of that
  // name, which is not this project: every command names the package.
  for (const [name, text] of [
    ['the guide', guide],
    ['README "For data authors"', authors],
  ])
    assert.doesNotMatch(text, /npx stemhulp-data/, `${name} runs this project's tool, not a registry package called stemhulp-data`);
  const steps = commands(guide).filter((c) => c.startsWith('npx '));
  assert.deepEqual(
    steps.map((c) => c.split(' ').slice(0, 4).join(' ')),
    Array(steps.length).fill('npx -p stemhulp-widget stemhulp-data'),
    steps.join('\n'),
  );
  assert.deepEqual(
    steps.map((c) => c.split(' ')[4]),
    ['template', 'import', 'validate', 'validate'],
  );

  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pack = dir('pack');
  mkdirSync(pack);
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', pack], root);
  assert.equal(packed.code, 0, packed.err);
  const tgz = JSON.parse(packed.out)[0].filename;
  assert.equal(tgz, `stemhulp-widget-${version}.tgz`);
  // A temp npm cache, seeded only by installing the tarball once (its dependency lit comes from the registry then).
  const cache = dir('cache');
  const seed = dir('seed');
  mkdirSync(seed);
  const seeded = await sh('npm', ['install', '--no-save', '--cache', cache, join(pack, tgz)], seed);
  assert.equal(seeded.code, 0, seeded.err);

  // The volunteer's empty folder, with the downloaded tarball in it; from here on, no network.
  const home = dir('leeg');
  mkdirSync(home);
  cpSync(join(pack, tgz), join(home, tgz));
  const offline = { npm_config_offline: 'true', npm_config_cache: cache, npm_config_yes: 'true' };
  const bare = await sh('npx', ['stemhulp-data', 'template', 'x'], home, offline);
  assert.notEqual(bare.code, 0, 'a bare npx stemhulp-data is not this project');
  for (const step of steps) {
    // The guide's command as written for the registry, with the downloaded tarball in its place (as the guide says).
    const args = step
      .split(' ')
      .slice(1)
      .map((a) => (a === 'stemhulp-widget' ? `./${tgz}` : a));
    // The guide's example address (www.voorbeeld.nl) is not a real site; checking an address is tested with a server below.
    if (args.some((a) => /^https?:/.test(a))) continue;
    const r = await sh('npx', args, home, offline);
    assert.equal(r.code, 0, `${step}\n${r.out}\n${r.err}`);
    if (args[3] === 'template')
      assert.match(r.out, new RegExp(`npx -p \\./${tgz.replace(/\./g, '\\.')} stemhulp-data import mijn-gegevens --out publiceren`), 'suggests the next command as it was started');
    if (args[3] === 'import') assert.match(r.out, /0 fouten, 0 waarschuwingen\. Geschreven/);
    if (args[3] === 'validate') assert.match(r.out, /De widget kan deze gegevens lezen/);
  }
  assert.ok(existsSync(join(home, 'mijn-gegevens/GM9901/standpunten.csv')));
  assert.ok(existsSync(join(home, 'publiceren/gemeenten/GM9901.json')));
  assert.deepEqual(readdirSync(home).sort(), ['mijn-gegevens', 'publiceren', tgz].sort(), 'nothing else written in the folder');
});

/** A server on 127.0.0.1 that answers from `files` (path → body or { body, headers, status }), counting requests. */
async function serve(files) {
  const seen = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    seen.push(path);
    const f = files[path];
    if (f === undefined) return res.writeHead(404).end();
    const { body, headers = {}, status = 200 } = typeof f === 'string' ? { body: f } : f;
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

const gemeente = (extra = {}) => ({
  format: 'stemhulp/1',
  statements: [{ id: 's1', keyPoint: 'opvang', text: 'Een stelling.' }],
  parties: [{ id: 'p1', name: 'Partij Een', list: 1, positions: { s1: { position: 'agree' } } }],
  ...extra,
});
const indexOf = (data, extra = {}) => JSON.stringify({ format: 'stemhulp/1', municipalities: [{ code: 'GM9911', name: 'Lüttelhoven', data }], ...extra }, null, 2);

test('validate a URL says what a widget on another website will see (Access-Control-Allow-Origin), as the check page does', async () => {
  const cors = { 'Access-Control-Allow-Origin': '*' };
  const s = await serve({
    '/open/index.json': { body: indexOf('GM9911.json'), headers: cors },
    '/open/GM9911.json': { body: JSON.stringify(gemeente()), headers: cors },
    '/dicht/index.json': indexOf('GM9911.json'),
    '/dicht/GM9911.json': JSON.stringify(gemeente()),
    '/een/index.json': { body: indexOf('GM9911.json'), headers: { 'Access-Control-Allow-Origin': 'https://www.voorbeeld.nl' } },
    '/een/GM9911.json': { body: JSON.stringify(gemeente()), headers: { 'Access-Control-Allow-Origin': 'https://www.voorbeeld.nl' } },
  });
  try {
    const open = await run(['validate', `${s.base}/open/index.json`]);
    assert.equal(open.code, 0, open.out);
    assert.match(open.out, /0 fouten, 0 waarschuwingen\. De widget kan deze gegevens lezen\./);

    const closed = await run(['validate', `${s.base}/dicht/index.json`]);
    assert.doesNotMatch(closed.out, /De widget kan deze gegevens lezen/);
    // Said once, at the index: its gemeentebestand answers alike.
    assert.deepEqual(
      closed.lines.filter((l) => l.includes('Access-Control-Allow-Origin" mee')).map((l) => l.split(': ')[0]),
      [`${s.base}/dicht/index.json`],
      closed.out,
    );
    assert.ok(
      closed.lines.some((l) =>
        l.startsWith(
          `${s.base}/dicht/index.json: let op: De website stuurt bij dit bestand geen kop "Access-Control-Allow-Origin" mee. Een stemhulp op ${s.base} zelf kan deze gegevens lezen, een stemhulp op een andere website niet`,
        ),
      ),
      closed.out,
    );
    assert.match(
      closed.out,
      new RegExp(`0 fouten, 1 waarschuwing\\. Een stemhulp op ${s.base.replace(/\./g, '\\.')} kan deze gegevens lezen, een stemhulp op een andere website niet`),
    );

    const one = await run(['validate', `${s.base}/een/index.json`]);
    assert.match(one.out, /let op: De website staat alleen https:\/\/www\.voorbeeld\.nl toe dit bestand te lezen/);
    assert.doesNotMatch(one.out, /De widget kan deze gegevens lezen/);
  } finally {
    await s.close();
  }
});

test('warnings the widget does not give: a party without a lijstnummer, a link with http:// (import and validate)', async () => {
  const d = templateWith({
    'GM9901/partijen.csv': (t) => t.replace(/^(savo;[^\r\n]*?;SaVo;)2;/m, '$1;'),
    'GM9901/standpunten.csv': (t) => t.replace(/^(lvw;s1;neutraal;[^\r\n]*;)$/m, '$1http://example.org/bron'),
  });
  const r = await run(['import', d, '--out', dir('out')]);
  assert.equal(r.code, 0, r.out);
  const rows = readFileSync(join(d, 'GM9901/partijen.csv'), 'utf8').split(/\r?\n/);
  const row = rows.findIndex((l) => l.startsWith('savo;')) + 1;
  assert.ok(
    r.lines.includes(
      `${join(d, 'GM9901/partijen.csv')}:${row}:6 (lijst): let op: Partij savo (in GM9901/partijen.csv rij ${row}) heeft geen lijstnummer; de stemhulp toont de partij zonder nummer. Vul de kolom "lijst" in met het nummer van de partij op het stembiljet.`,
    ),
    r.out,
  );
  assert.ok(
    r.lines.some((l) => l.startsWith(`${join(d, 'GM9901/standpunten.csv')}:2:7 (bron): let op: "http://example.org/bron" begint met http://, niet met https://`)),
    r.out,
  );
  assert.match(r.out, /0 fouten, 2 waarschuwingen/);

  const f = join(dir('json'), 'GM9911.json');
  mkdirSync(dirname(f));
  writeFileSync(f, JSON.stringify(gemeente({ parties: [{ id: 'p1', name: 'Partij Een', url: 'http://partij.example/', positions: { s1: { position: 'agree' } } }] }), null, 2));
  const v = await run(['validate', f]);
  assert.equal(v.code, 0, v.out);
  assert.match(v.out, /:\d+:\d+ \[parties\[0\]\.list\]: let op: Partij p1 heeft geen lijstnummer/);
  assert.match(v.out, /:\d+:\d+ \[parties\[0\]\.url\]: let op: "http:\/\/partij\.example\/" begint met http:\/\//);
});

test('messages in Dutch: the row, not a JSON path, in a spreadsheet; every column named with "en"; no English', async () => {
  const empty = templateWith({ 'gemeenten.csv': () => 'code;naam\r\n' });
  const e = await run(['import', empty, '--out', dir('out')]);
  assert.equal(e.code, 1);
  assert.ok(
    e.lines.some((l) => l.startsWith(`${join(empty, 'gemeenten.csv')}: Er zijn 0 gemeenten`)),
    e.out,
  );
  assert.doesNotMatch(e.out, /\[municipalities\]/);

  const head = await run(['import', templateWith({ 'GM9901/stellingen.csv': (t) => t.replace('speerpunt', 'onderwerp') }), '--out', dir('out')]);
  assert.match(head.out, /De kolom "speerpunt" ontbreekt in de kopregel \(rij 1\)\. Zet de kolomnamen "id", "speerpunt" en "stelling" in rij 1/);

  const missing = templateWith({
    'GM9901/standpunten.csv': (t) =>
      t
        .split('\r\n')
        .filter((l) => !l.startsWith('savo;'))
        .join('\r\n'),
  });
  const m = await run(['import', missing, '--out', dir('out')]);
  const row =
    readFileSync(join(missing, 'GM9901/partijen.csv'), 'utf8')
      .split(/\r?\n/)
      .findIndex((l) => l.startsWith('savo;')) + 1;
  assert.ok(
    m.lines.some((l) => l.includes(`let op: Partij savo (in GM9901/partijen.csv rij ${row}) heeft geen standpunt bij 10 van de 10 stellingen`)),
    m.out,
  );
  for (const out of [e.out, head.out, m.out]) assert.doesNotMatch(out, /\bexpected\b|\bfound\b|\bignored\b|\[[a-z]+(\[\d+\])?[.\]]/);

  // The glossary's problems, which had no Dutch words.
  const f = join(dir('json'), 'index.json');
  mkdirSync(dirname(f));
  writeFileSync(
    f,
    JSON.stringify(
      {
        format: 'stemhulp/1',
        municipalities: [{ code: 'GM9911', name: 'L', ...gemeente() }],
        glossary: [4, { term: 'azc', explanation: 'x'.repeat(1001) }, ...Array.from({ length: 200 }, (_, i) => ({ term: `w${i}`, explanation: 'uitleg' }))],
      },
      null,
      2,
    ),
  );
  const g = await run(['validate', f]);
  assert.doesNotMatch(g.out, /\bexpected\b|\bfound\b|\bignored\b/, g.out);
  assert.match(g.out, /De woordenlijst heeft 202 woorden; alleen de eerste 200 worden gebruikt/);
  assert.match(g.out, /Deze tekst is 1001 tekens lang; het maximum is 1000\. Maak hem korter\. Dit woord wordt weggelaten uit de woordenlijst\./);
});

test('validate follows a data link only to files beside the index: same origin, same folder; quotes little of anything else', async () => {
  const secret = 'TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyz';
  const inner = await serve({ '/admin': { body: JSON.stringify({ statements: secret }) } });
  const outer = await serve({
    '/index.json': {
      body: JSON.stringify({
        format: 'stemhulp/1',
        municipalities: [
          { code: 'GM0001', name: 'A', data: `${inner.base}/admin` },
          { code: 'GM0002', name: 'B', data: 'http://lokaal.invalid/etc/passwd' },
          { code: 'GM0003', name: 'C', data: 'file:///etc/passwd' },
          { code: 'GM0004', name: 'D', data: '/omleiding' },
        ],
      }),
    },
    '/omleiding': { status: 302, headers: { Location: `${inner.base}/admin` }, body: '' },
  });
  try {
    const r = await run(['validate', `${outer.base}/index.json`]);
    assert.deepEqual(inner.seen, [], 'nothing fetched from another origin, not through a redirect either');
    assert.doesNotMatch(r.out, /ghp_|root:|bestaat niet/);
    assert.ok(
      r.lines.some((l) => l.includes(`De link "${inner.base}/admin" wijst naar een andere plek dan ${outer.base}; dat bestand is niet gecontroleerd`)),
      r.out,
    );
    assert.ok(
      r.lines.some((l) => l.includes('De link "http://lokaal.invalid/etc/passwd" wijst naar een andere plek')),
      r.out,
    );
    assert.ok(
      r.lines.some((l) => l.includes(`stuurt door naar een andere website (${inner.base}); die wordt niet gevolgd`)),
      r.out,
    );
  } finally {
    await inner.close();
    await outer.close();
  }

  // A local index: only files in its own folder, links (symlinks) included.
  const base = dir('lokaal');
  mkdirSync(join(base, 'site'), { recursive: true });
  writeFileSync(join(base, 'geheim.json'), JSON.stringify({ statements: secret }));
  symlinkSync(join(base, 'geheim.json'), join(base, 'site/link.json'));
  writeFileSync(
    join(base, 'site/index.json'),
    JSON.stringify(
      {
        format: 'stemhulp/1',
        municipalities: [
          { code: 'GM0001', name: 'A', data: '../geheim.json' },
          { code: 'GM0002', name: 'B', data: '/root/.ssh/id_rsa' },
          { code: 'GM0003', name: 'C', data: 'link.json' },
          { code: 'GM0004', name: 'D', data: 'https://example.org/GM0004.json' },
        ],
      },
      null,
      2,
    ),
  );
  const l = await run(['validate', join(base, 'site/index.json')]);
  assert.doesNotMatch(l.out, /ghp_|bestaat niet/);
  assert.equal(l.lines.filter((x) => x.includes('Deze link wijst naar een bestand buiten de map')).length, 3, l.out);
  assert.ok(
    l.lines.some((x) => x.includes('De link "https://example.org/GM0004.json" wijst naar een andere plek dan de map van de index')),
    l.out,
  );
});

test('import reads no file through a link out of the folder, and quotes at most 40 characters of a cell', async () => {
  const secret = join(dir('geheim'), 'passwd');
  mkdirSync(dirname(secret));
  writeFileSync(secret, 'sleutel;waarde\r\nroot:x:0:0:root:/root:/bin/bash-en-nog-veel-meer-tekens;x\r\n');
  const d = templateWith({});
  rmSync(join(d, 'instellingen.csv'));
  symlinkSync(secret, join(d, 'instellingen.csv'));
  const r = await run(['import', d, '--out', dir('out')]);
  assert.doesNotMatch(r.out, /root:x/);
  assert.ok(
    r.lines.includes(
      `${join(d, 'instellingen.csv')}: let op: Dit is een snelkoppeling naar een bestand buiten de map ${d}; het wordt niet gelezen. Zet het bestand zelf in de map.`,
    ),
    r.out,
  );

  const long = 'x'.repeat(500);
  const c = await run(['import', templateWith({ 'GM9901/standpunten.csv': (t) => t.replace(/^lvw;s1;/m, `${long};s1;`) }), '--out', dir('out')]);
  const line = c.lines.find((l) => l.includes('Er is geen partij'));
  assert.ok(line && line.includes(`"${'x'.repeat(39)}…"`) && !line.includes('x'.repeat(41)), c.out);
});

test("the format's limits come before following anything: 20,000 data links, 400 followed", { timeout: 120000 }, async () => {
  const d = dir('veel');
  mkdirSync(d);
  const municipalities = Array.from({ length: 20000 }, (_, i) => ({ code: `GM${String(i % 10000).padStart(4, '0')}`, name: `G${i}`, data: `ontbreekt-${i}.json` }));
  writeFileSync(join(d, 'index.json'), JSON.stringify({ format: 'stemhulp/1', municipalities }, null, 1));
  const r = await run(['validate', join(d, 'index.json')]);
  assert.equal(r.code, 1);
  assert.equal(r.lines.filter((l) => l.includes('bestaat niet')).length, 400, 'the first 400 gemeenten, as the widget reads them');
  assert.ok(
    r.lines.some((l) => l.includes('Er zijn 20000 gemeenten; toegestaan is 1 tot 400')),
    r.out.slice(0, 2000),
  );
});

test('placing problems is linear: 24,000 problems in a 2 MiB index of 900,000 lines', { timeout: 120000 }, async () => {
  const statements = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, keyPoint: 'onbekend', text: 't' }));
  const municipalities = Array.from({ length: 400 }, (_, i) => ({
    code: `GM${String(i).padStart(4, '0')}`,
    name: `G${i}`,
    statements,
    parties: [{ id: 'p', name: 'P', list: 1, positions: {} }],
  }));
  // Blank lines before the gemeenten: every problem lies below them, so finding its line by
  // scanning the file from the start would cost 24,000 × 900,000 steps.
  const text = `{"format": "stemhulp/1",${'\n'.repeat(900000)}"municipalities": ${JSON.stringify(municipalities)}}`;
  assert.ok(text.length < 2 * 1024 * 1024, String(text.length));
  const d = dir('regels');
  mkdirSync(d);
  writeFileSync(join(d, 'index.json'), text);
  const r = await run(['validate', join(d, 'index.json'), '--json']);
  const report = JSON.parse(r.out);
  assert.equal(report.problems.filter((p) => p.message.includes('is geen speerpunt')).length, 400 * 60);
  assert.ok(
    report.problems.filter((p) => p.message.includes('is geen speerpunt')).every((p) => p.place.row > 900000),
    'each at its line',
  );
});

test('an XLSX zip bomb is refused by its unpacked size, with the file and the fix', { timeout: 120000 }, async () => {
  const { zipSync, strToU8 } = await import('fflate');
  const d = templateWith({});
  rmSync(join(d, 'GM9901'), { recursive: true });
  // 40 MiB of one repeated row in a sheet: about 40 KiB packed.
  const row = '<row><c t="inlineStr"><is><t>a</t></is></c></row>';
  const sheet = strToU8(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(Math.ceil((40 * 1024 * 1024) / row.length))}</sheetData></worksheet>`,
  );
  writeFileSync(
    join(d, 'GM9901.xlsx'),
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': sheet }, { level: 9 }),
  );
  const r = await run(['import', d, '--out', dir('out')]);
  assert.equal(r.code, 1);
  assert.ok(
    r.lines.includes(
      `${join(d, 'GM9901.xlsx')}: Dit werkboek is uitgepakt groter dan 20 MiB; zo groot is het werkboek van een gemeente nooit, dus het wordt niet gelezen. Sla de drie bladen opnieuw op in een nieuw werkboek, zonder afbeeldingen of andere bladen, of gebruik CSV-bestanden.`,
    ),
    r.out,
  );
});

test('validate refuses a file nested a million levels deep at once, with a Dutch message, before parsing it', async () => {
  const d = dir('diep');
  mkdirSync(d, { recursive: true });
  // Within the index's 2 MiB limit: `JSON.parse` and the syntax tree would take seconds (issue 23).
  writeFileSync(join(d, 'index.json'), '['.repeat(1_000_000) + ']'.repeat(1_000_000));
  const deep = await run(['validate', join(d, 'index.json')]);
  assert.equal(deep.code, 1, deep.out);
  assert.match(deep.out, /index\.json: Dit bestand heeft 1000000 lagen haakjes in elkaar; de gegevens hebben er nooit meer dan 16 nodig\./);
});
