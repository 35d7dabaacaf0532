// Parties filling in their own positions (issue 25), through the real command as the
// organisation runs it: `uitnodigen`, `antwoorden`, `status` and `export` on a generated
// spreadsheet folder (bench/generate-sheets.mjs), at full size where it matters (342
// gemeenten × 10 parties; the times are printed, not asserted). Needs dist/ (npm test builds it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersJson, writeSheets } from '../../bench/generate-sheets.mjs';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/stemhulp-data.js');
const tmp = mkdtempSync(join(tmpdir(), 'partijen-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const dir = (name) => join(tmp, `${name}-${++n}`);

/** Runs the command; resolves with its exit code, output and how long it took. */
function run(args) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, out: stdout, err: stderr, lines: stdout.split('\n').filter(Boolean), ms: Math.round(performance.now() - t0) }),
    );
  });
}
const FORM = 'https://example.org/stemhulp/partijformulier.html';
const DATA = 'https://data.example.org/stemhulp/index.json';
const invite = (d, ...more) => run(['uitnodigen', d, '--formulier', FORM, '--gegevens', DATA, ...more]);

/** uitnodigingen.csv as rows of cells (no cell holds a ; or a quote here). */
function invitations(d) {
  const text = readFileSync(join(d, 'uitnodigingen.csv'), 'utf8');
  assert.ok(text.startsWith('\ufeffgemeente;partij;naam;code;link\r\n'), 'BOM, header, CRLF');
  return text
    .slice(1)
    .split('\r\n')
    .slice(1, -1)
    .map((l) => l.split(';'));
}
const codeOf = (rows, g, p) => rows.find((r) => r[0] === g && r[1] === p)[3];

/** A gemeente's standpunten.csv as objects by column name. */
function positions(d, g) {
  const [head, ...rows] = readFileSync(join(d, g, 'standpunten.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function answer(d, name, a) {
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, name), typeof a === 'string' ? a : answersJson(a));
  return join(d, name);
}

test('uitnodigen: 342 gemeenten × 10 parties, one row each, a code without look-alikes and the link with everything in its fragment', async () => {
  const d = dir('g');
  writeSheets(d);
  const r = await invite(d);
  console.log(`uitnodigen, 342 gemeenten × 10 partijen: ${r.ms} ms`);
  assert.equal(r.code, 0, r.out);
  const rows = invitations(d);
  assert.equal(rows.length, 3420);
  assert.equal(new Set(rows.map((x) => x[3])).size, 3420, 'every code its own');
  for (const [g, p, naam, code, link] of rows) {
    assert.match(code, /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/);
    assert.equal(naam, `Partij ${p.slice(1)} ${g}`);
    const u = new URL(link);
    assert.equal(u.origin + u.pathname, FORM);
    assert.equal(u.search, '', 'nothing for the server');
    const q = new URLSearchParams(u.hash.slice(1));
    assert.deepEqual([q.get('gegevens'), q.get('gemeente'), q.get('partij'), q.get('code')], [DATA, g, p, code]);
  }
  assert.deepEqual(
    rows.slice(0, 2).map((x) => x.slice(0, 2)),
    [
      ['GM9000', 'p1'],
      ['GM9000', 'p2'],
    ],
    'in the spreadsheets order',
  );
});

test('uitnodigen again keeps every code and adds a new party; --vervang gives one party a new code; a wrong --vervang writes nothing', async () => {
  const d = dir('g');
  writeSheets(d, { gemeenten: 3, parties: 4 });
  assert.equal((await invite(d)).code, 0);
  const first = invitations(d);
  writeFileSync(join(d, 'GM9001/partijen.csv'), readFileSync(join(d, 'GM9001/partijen.csv'), 'utf8') + 'nieuw;Nieuwe Partij;5\r\n');
  const again = await invite(d);
  assert.equal(again.code, 0, again.out);
  assert.match(again.out, /13 uitnodigingen in 3 gemeenten: 1 nieuw, 0 nieuwe codes, 12 ongewijzigd/);
  const second = invitations(d);
  for (const [g, p, , code] of first) assert.equal(codeOf(second, g, p), code, `${g} ${p} keeps its code`);
  assert.match(codeOf(second, 'GM9001', 'nieuw'), /^[A-Z2-9]{12}$/);

  const renewed = await invite(d, '--vervang', 'gm9000:P2');
  assert.equal(renewed.code, 0, renewed.out);
  const third = invitations(d);
  assert.notEqual(codeOf(third, 'GM9000', 'p2'), codeOf(second, 'GM9000', 'p2'));
  for (const [g, p, , code] of second) if (!(g === 'GM9000' && p === 'p2')) assert.equal(codeOf(third, g, p), code);

  const before = readFileSync(join(d, 'uitnodigingen.csv'), 'utf8');
  const wrong = await invite(d, '--vervang', 'GM9000:p99');
  assert.equal(wrong.code, 1);
  assert.match(wrong.out, /--vervang GM9000:p99: er is geen partij "p99" in gemeente "GM9000"/);
  assert.equal(readFileSync(join(d, 'uitnodigingen.csv'), 'utf8'), before, 'nothing written');
  const noForm = await run(['uitnodigen', d, '--gegevens', DATA]);
  assert.equal(noForm.code, 2);
  assert.match(noForm.out, /Geef met --formulier het volledige adres van partijformulier\.html/);
});

test('antwoorden: 3,420 files merged with door and datum; a changed position of the organisation is listed; import carries by and date', async () => {
  const d = dir('g');
  writeSheets(d);
  await invite(d);
  const rows = invitations(d);
  const a = dir('antwoorden');
  for (const [g, p, , code] of rows) {
    const answers = {};
    for (let i = 1; i <= 12; i++) answers[`s${i}`] = { position: ['agree', 'neutral', 'disagree'][i % 3], explanation: `Onze reden ${i}.` };
    answer(a, `${g}-${p}.json`, { gemeente: g, partij: p, code: code.toLowerCase(), answers });
  }
  const r = await run(['antwoorden', d, a]);
  console.log(`antwoorden, 3420 bestanden: ${r.ms} ms`);
  assert.equal(r.code, 0, r.lines.slice(0, 5).join('\n'));
  assert.match(r.out, /3420 bestanden verwerkt in standpunten\.csv, 0 fouten/);
  const gm = positions(d, 'GM9000');
  const s1 = gm.filter((x) => x.stelling === 's1');
  assert.equal(s1.length, 10, 'one row per party, the new ones added');
  for (const x of s1) assert.deepEqual([x.standpunt, x.toelichting, x.door, x.datum], ['neutraal', 'Onze reden 1.', 'partij', '2026-02-12']);
  // The organisation had p1 s1 as eens (generate-sheets: words[(0 + 0 + 0) % 3]).
  assert.ok(r.lines.includes('GM9000 p1 s1: was eens (organisatie), nu neutraal (partij)'), r.out.slice(0, 2000));
  assert.equal(r.lines.filter((l) => l.startsWith('GM9000 p1 ')).length, 12, "each of p1's positions changed");
  assert.ok(!r.lines.some((l) => l.startsWith('GM9000 p2 ')), 'p2 had no positions: a new one is no change to check');

  const out = dir('out');
  const imported = await run(['import', d, '--out', out]);
  assert.equal(imported.code, 0, imported.out.slice(0, 2000));
  const file = JSON.parse(readFileSync(join(out, 'gemeenten/GM9000.json'), 'utf8'));
  assert.deepEqual(file.parties[1].positions.s1, { position: 'neutral', explanation: 'Onze reden 1.', by: 'party', date: '2026-02-12' });

  const again = await run(['antwoorden', d, a]);
  assert.equal(again.code, 0);
  assert.match(again.out, /0 bestanden verwerkt, 3420 al eerder verwerkt/);
});

test('a forged or mistyped code, a party not invited, a file made nonsense: each refused by name, exit 1, the spreadsheet untouched', async () => {
  const d = dir('g');
  writeSheets(d, { gemeenten: 2, parties: 3 });
  await invite(d);
  const inv = invitations(d);
  const code = codeOf(inv, 'GM9000', 'p1');
  const before = readFileSync(join(d, 'GM9000/standpunten.csv'), 'utf8');
  // Checked against the statements after the newest file per party is chosen: each its own party.
  const p2 = { gemeente: 'GM9000', partij: 'p2', code: codeOf(inv, 'GM9000', 'p2') };
  const p3 = { gemeente: 'GM9000', partij: 'p3', code: codeOf(inv, 'GM9000', 'p3') };
  const a = dir('antwoorden');
  const ok = { gemeente: 'GM9000', partij: 'p1', answers: { s1: { position: 'disagree' } } };
  const files = {
    forged: answer(a, 'vervalst.json', { ...ok, code: 'ABCDEFGHJKMN' }),
    typo: answer(a, 'typefout.json', { ...ok, code: code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A') }),
    party: answer(a, 'partij.json', { ...ok, partij: 'p9', code }),
    gemeente: answer(a, 'gemeente.json', { ...ok, gemeente: 'GM0001', code }),
    nonsense: answer(a, 'onzin.json', '{"format": "stemhulp-antwoorden/1", "gemeente": "GM9000",, }'),
    statement: answer(a, 'stelling.json', { ...p2, answers: { s99: { position: 'agree' } } }),
    word: answer(a, 'woord.json', { ...p3, answers: { s1: { position: 'ja' } } }),
    markup: answer(a, 'opmaak.json', { ...ok, code, answers: { s1: { position: 'agree', explanation: 'Lees <a href="x">dit</a>' } } }),
    formula: answer(a, 'formule.json', { ...ok, code, answers: { s1: { position: 'agree', explanation: '=HYPERLINK("https://evil.example")' } } }),
    link: answer(a, 'link.json', { ...ok, code, answers: { s1: { position: 'agree', source: 'javascript:alert(1)' } } }),
    long: answer(a, 'lang.json', { ...ok, code, answers: { s1: { position: 'agree', explanation: 'x'.repeat(501) } } }),
    big: answer(a, 'groot.json', ' '.repeat(300 * 1024)),
    deep: answer(a, 'diep.json', '['.repeat(100000)),
  };
  const r = await run(['antwoorden', d, a]);
  assert.equal(r.code, 1, r.out);
  const said = (f, re) =>
    assert.ok(
      r.lines.some((l) => l.startsWith(f) && re.test(l)),
      `${f} ${re}\n--- got:\n${r.out}`,
    );
  said(files.forged, /De code in dit bestand hoort niet bij partij p1 van GM9000\. Niets uit dit bestand is gebruikt\./);
  said(files.typo, /De code in dit bestand hoort niet bij partij p1 van GM9000/);
  said(files.party, /Partij "p9" van GM9000 is niet uitgenodigd/);
  said(files.gemeente, /Gemeente GM0001 staat niet in uitnodigingen\.csv/);
  said(files.nonsense, /Dit is geen leesbaar antwoordbestand/);
  said(files.statement, /Er is geen stelling met id "s99"/);
  said(files.word, /"ja" is geen antwoord/);
  said(files.markup, /bevat opmaakcode/);
  said(files.formula, /formule/);
  said(files.link, /De bron bij stelling "s1" moet een volledige link zijn/);
  said(files.long, /501 tekens lang; het formulier staat er 500 toe/);
  said(files.big, /groter dan 256 KB/);
  said(files.deep, /lagen haakjes/);
  assert.equal(readFileSync(join(d, 'GM9000/standpunten.csv'), 'utf8'), before, 'the spreadsheet untouched');
  assert.deepEqual(readdirSync(join(d, 'GM9000')).sort(), ['partijen.csv', 'standpunten.csv', 'stellingen.csv'], 'no temporary file left');
  assert.equal(r.lines.filter((l) => /\bexpected\b/.test(l)).length, 0, 'no English developer messages');
});

test('a newer file replaces an older one, in one run and across runs; an older one never replaces a newer', async () => {
  const d = dir('g');
  writeSheets(d, { gemeenten: 1, parties: 2 });
  await invite(d);
  const code = codeOf(invitations(d), 'GM9000', 'p2');
  const a = dir('antwoorden');
  const file = (name, datum, position, more = {}) => answer(a, name, { gemeente: 'GM9000', partij: 'p2', code, datum, answers: { s1: { position }, ...more } });
  const newer = file('nieuw.json', '2026-02-12T15:00:00.000Z', 'agree', { s2: { position: 'agree' } });
  const older = file('oud.json', '2026-02-12T09:00:00.000Z', 'disagree');
  const both = await run(['antwoorden', d, a]);
  assert.equal(both.code, 0, both.out);
  assert.ok(
    both.lines.some((l) => l.startsWith(older) && /let op: Er is een nieuwer bestand van deze partij/.test(l)),
    both.out,
  );
  const p2 = () =>
    Object.fromEntries(
      positions(d, 'GM9000')
        .filter((x) => x.partij === 'p2')
        .map((x) => [x.stelling, x.standpunt]),
    );
  assert.deepEqual(p2(), { s1: 'eens', s2: 'eens' });

  rmSync(newer);
  const late = await run(['antwoorden', d, older]);
  assert.equal(late.code, 0, late.out);
  assert.match(late.out, /is ouder dan het bestand van deze partij dat al is verwerkt/);
  assert.deepEqual(p2(), { s1: 'eens', s2: 'eens' }, 'the older file changed nothing');

  // A newer file replaces the older whole: s2, which it leaves out, becomes unknown, and the list says so.
  const newest = file('nieuwst.json', '2026-02-13T08:00:00.000Z', 'neutral');
  const r = await run(['antwoorden', d, newest]);
  assert.equal(r.code, 0, r.out);
  assert.deepEqual(p2(), { s1: 'neutraal', s2: '' });
  assert.ok(r.lines.includes('GM9000 p2 s1: was eens (partij), nu neutraal (partij)'), r.out);
  assert.ok(
    r.lines.some((l) => l.startsWith('GM9000 p2 s2: was eens (partij), nu onbekend')),
    r.out,
  );
});

test('status counts who answered and says what readers see; --csv the same per party; 342 gemeenten in seconds', async () => {
  const d = dir('g');
  writeSheets(d);
  await invite(d);
  const rows = invitations(d);
  const a = dir('antwoorden');
  // In GM9000 parties p2 and p3 answer (p2 every statement, p3 only s1); elsewhere nobody does.
  answer(a, '2.json', {
    gemeente: 'GM9000',
    partij: 'p2',
    code: codeOf(rows, 'GM9000', 'p2'),
    answers: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${i + 1}`, { position: 'agree' }])),
  });
  answer(a, '3.json', { gemeente: 'GM9000', partij: 'p3', code: codeOf(rows, 'GM9000', 'p3'), answers: { s1: { position: 'agree' } } });
  assert.equal((await run(['antwoorden', d, a])).code, 0);
  const r = await run(['status', d]);
  console.log(`status, 342 gemeenten: ${r.ms} ms`);
  assert.equal(r.code, 0, r.out.slice(0, 2000));
  assert.ok(
    r.lines.includes('GM9000 Plaats 1: 2 van 10 partijen hebben geantwoord; niet: p1, p4, p5, p6, p7, p8, p9, p10. Stellingen zonder advies: s4, s8, s12.'),
    r.lines.slice(0, 3).join('\n'),
  );
  // p4 has no positions at all; p3 (organisation's positions, then its own s1) is complete: not listed.
  assert.ok(r.lines.some((l) => l.startsWith('  p4 (Partij 4 GM9000): lezers zien') && l.includes('Totaal "Geen oordeel: standpunten onbekend"')));
  assert.ok(!r.lines.some((l) => l.startsWith('  p3 ')));
  assert.match(r.out, /Samen: 2 van 3420 partijen in 342 gemeenten hebben zelf geantwoord\./);

  // Piped into a reader that stops after one line (`status | head -n 1`): the first line, no EPIPE stack trace, exit 0.
  const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" status "${d}" | head -n 1`], { cwd: root, encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(piped.stdout.trim().split('\n').length, 1);
  assert.doesNotMatch(piped.stderr, /EPIPE|Error/, piped.stderr);

  const csv = await run(['status', d, '--csv']);
  const lines = csv.out
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  assert.equal(lines.length, 3421);
  assert.equal(
    lines[0],
    'gemeente;gemeentenaam;partij;partijnaam;geantwoord;datum partij;standpunten door;opvang: lezers zien;huisvesting: lezers zien;inburgering: lezers zien;werk: lezers zien;totaal: lezers zien;stellingen zonder advies',
  );
  assert.equal(lines[2], 'GM9000;Plaats 1;p2;Partij 2 GM9000;ja;2026-02-12;partij;100%;0%;100%;Geen oordeel;67%;s4, s8, s12');
  assert.equal(lines[3].split(';')[6], 'partij en organisatie');
});

test('export --csv: one row per gemeente and party with the verdict per speerpunt and total, what it rests on and who gave the positions', async () => {
  const d = dir('g');
  writeSheets(d, { gemeenten: 2, parties: 3 });
  await invite(d);
  const rows = invitations(d);
  const f = answer(dir('a'), 'a.json', {
    gemeente: 'GM9000',
    partij: 'p2',
    code: codeOf(rows, 'GM9000', 'p2'),
    answers: { s1: { position: 'agree' }, s2: { position: 'neutral' } },
  });
  assert.equal((await run(['antwoorden', d, f])).code, 0);
  const out = dir('out');
  assert.equal((await run(['import', d, '--out', out])).code, 0);
  const target = join(dir('x'), 'open-data.csv');
  mkdirSync(join(target, '..'), { recursive: true });
  const r = await run(['export', out, '--csv', '--out', target]);
  assert.equal(r.code, 0, r.out + r.err);
  const lines = readFileSync(target, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  assert.equal(lines.length, 7);
  assert.equal(
    lines[0],
    'gemeente;gemeentenaam;partij;partijnaam;lijst;opvang oordeel;opvang stellingen;huisvesting oordeel;huisvesting stellingen;inburgering oordeel;inburgering stellingen;werk oordeel;werk stellingen;totaal oordeel;totaal stellingen;standpunten door;standpunten van partij;standpunten van organisatie;datum partij',
  );
  // p2 answered s1 (opvang, advies eens: agree → 100) and s2 (huisvesting, advies oneens: neutral → 50); nothing else known.
  assert.equal(lines[2], 'GM9000;Plaats 1;p2;Partij 2 GM9000;2;100;1 van 3;50;1 van 3;geen oordeel;0 van 3;geen oordeel;0 van 0;75;2 van 9;partij;2;0;2026-02-12');
  assert.equal(lines[1].split(';').slice(15, 18).join(';'), 'organisatie;0;12');
  const noCsv = await run(['export', out]);
  assert.equal(noCsv.code, 2);
});

test('import: door and datum become by and date; a wrong word or date names the file, the row, the column and the fix', async () => {
  const d = dir('g');
  writeSheets(d, { gemeenten: 1, parties: 1, statements: 3 });
  const file = join(d, 'GM9000/standpunten.csv');
  writeFileSync(file, '\ufeffpartij;stelling;standpunt;door;datum\r\np1;s1;eens;Partij;12-2-2026\r\np1;s2;oneens;organisatie;\r\np1;s3;eens;;\r\n');
  const out = dir('out');
  const r = await run(['import', d, '--out', out]);
  assert.equal(r.code, 0, r.out);
  const p = JSON.parse(readFileSync(join(out, 'gemeenten/GM9000.json'), 'utf8')).parties[0].positions;
  assert.deepEqual(p, { s1: { position: 'agree', by: 'party', date: '2026-02-12' }, s2: { position: 'disagree', by: 'organisation' }, s3: { position: 'agree' } });
  const checked = await run(['validate', join(out, 'index.json')]);
  assert.equal(checked.code, 0, 'the validator accepts by and date');

  writeFileSync(file, '\ufeffpartij;stelling;standpunt;door;datum\r\np1;s1;eens;iemand;2026-02-31\r\n');
  const bad = await run(['import', d, '--out', dir('out')]);
  assert.equal(bad.code, 1);
  assert.ok(
    bad.lines.includes(
      `${file}:2:4 (door): "iemand" kan niet in de kolom "door". Vul partij in (de partij gaf dit standpunt zelf) of organisatie (de organisatie bepaalde het), of laat de cel leeg.`,
    ),
    bad.out,
  );
  assert.ok(
    bad.lines.some((l) => l.startsWith(`${file}:2:5 (datum): "2026-02-31" is geen datum. Schrijf JJJJ-MM-DD of DD-MM-JJJJ`)),
    bad.out,
  );
});
