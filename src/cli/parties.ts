/**
 * The commands for parties filling in their own positions (issue 25): `uitnodigen` writes
 * the invitations, `antwoorden` merges the returned files into standpunten.csv. Their logic
 * is in src/authoring/parties/; this file reads and writes the files. Every file is written
 * to a temporary file beside it first and then renamed over it, so a spreadsheet is never
 * left half-written.
 */
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSheets } from '../authoring/import.js';
import { ANSWERS_LIMIT, readAnswerFile, type AnswerFile } from '../authoring/parties/answer-file.js';
import { choose, LEDGER_FILE, ledgerCsv, readLedger } from '../authoring/parties/answers.js';
import { readFolder, partiesOf } from '../authoring/parties/folder.js';
import { checkAddresses, invitationsCsv, INVITATIONS_FILE, invite, readInvitations, type Invitation } from '../authoring/parties/invitations.js';
import { applyAnswers, checkAnswers, lastPartyDay, openSheet, sheetText } from '../authoring/parties/merge.js';
import { loadPublished } from '../authoring/parties/published.js';
import { keyPointTitles, status, statusCsv, statusText } from '../authoring/parties/status.js';
import { exportCsv } from '../authoring/parties/verdicts.js';
import { formatProblem, hasErrors, type SheetProblem } from '../authoring/problems.js';
import { LOCAL, localReader, remoteReader, walk } from './io.js';

const print = (s: string) => process.stdout.write(s + '\n');
const n = (k: number, one: string, more: string) => `${k} ${k === 1 ? one : more}`;

/** Writes `text` to `path` through a temporary file beside it and a rename. */
export async function writeAtomic(path: string, text: string) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** Problems about files inside the folder, named from where the command runs. */
const inFolder = (ps: readonly SheetProblem[], folder: string) => ps.map((p) => ({ ...p, place: { ...p.place, file: join(folder, p.place.file) } }));

/** Prints the problems and says whether any is an error. */
function show(problems: readonly SheetProblem[]): boolean {
  for (const p of problems) print(formatProblem(p));
  return hasErrors(problems);
}

async function existingInvitations(folder: string): Promise<{ rows: Invitation[]; problems: SheetProblem[] } | undefined> {
  const path = join(folder, INVITATIONS_FILE);
  return existsSync(path) ? readInvitations(INVITATIONS_FILE, await readFile(path)) : undefined;
}

export async function runInvite(folder: string, form: string | undefined, data: string | undefined, replace: readonly string[]): Promise<number> {
  const wrong = checkAddresses(form, data);
  if (wrong.length) return (print(wrong.join('\n')), 2);
  if (!existsSync(folder)) return (print(`De map ${folder} bestaat niet.`), 2);
  const { gemeenten, problems: fp } = await readFolder(await walk(folder));
  const before = await existingInvitations(folder);
  const problems = inFolder([...fp, ...(before?.problems ?? [])], folder);
  if (hasErrors(problems)) {
    show(problems);
    return (print(`\nEr is niets geschreven: los de fouten op en draai het commando opnieuw.`), 1);
  }
  const result = invite(partiesOf(gemeenten), before?.rows ?? [], form!, data!, replace, randomInt);
  if (show([...problems, ...inFolder(result.problems, folder)])) return (print('\nEr is niets geschreven.'), 1);
  await writeAtomic(join(folder, INVITATIONS_FILE), invitationsCsv(result.rows));
  const kept = result.rows.length - result.added - result.replaced - result.gone.length;
  for (const g of result.gone)
    print(
      `let op: ${g.gemeente} ${g.partij} (${g.naam}) staat niet meer in partijen; de uitnodiging blijft staan, zodat haar antwoorden nog kunnen komen. Verwijder de regel als de partij niet meedoet.`,
    );
  print(
    `Geschreven: ${join(folder, INVITATIONS_FILE)}, ${n(result.rows.length, 'uitnodiging', 'uitnodigingen')} in ${n(gemeenten.length, 'gemeente', 'gemeenten')}: ` +
      `${result.added} nieuw, ${n(result.replaced, 'nieuwe code', 'nieuwe codes')}, ${kept} ongewijzigd (hun link blijft geldig).` +
      `\nStuur elke partij haar eigen link (kolom "link"); de code in de link is het bewijs dat de antwoorden van die partij komen.`,
  );
  return 0;
}

/** The .json files named: files as given, folders searched (with their subfolders). */
async function answerPaths(paths: readonly string[], problems: SheetProblem[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) problems.push({ severity: 'error', place: { file: p }, message: 'Dit bestand of deze map bestaat niet.' });
    else if (s.isDirectory())
      for (const d of await readdir(p, { withFileTypes: true, recursive: true })) {
        if (d.isFile() && /\.json$/i.test(d.name) && !d.name.startsWith('.')) out.push(join(d.parentPath, d.name));
      }
    else out.push(p);
  }
  return out.sort();
}

/** At most `limit + 1` bytes of a file: a larger one is refused without being read whole. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const f = await open(path, 'r');
  try {
    const buf = new Uint8Array(limit + 1);
    const { bytesRead } = await f.read(buf, 0, limit + 1, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await f.close();
  }
}

export async function runAnswers(folder: string, paths: readonly string[]): Promise<number> {
  if (!existsSync(folder)) return (print(`De map ${folder} bestaat niet.`), 2);
  if (!paths.length) return (print('Geef na de map de antwoordbestanden op, of een map waarin ze staan, zoals: antwoorden gegevens binnengekomen/'), 2);
  const invitations = await existingInvitations(folder);
  if (!invitations)
    return (
      print(
        `${join(folder, INVITATIONS_FILE)} ontbreekt: zonder de uitnodigingen kan niet worden gecontroleerd of een bestand echt van een partij komt. Maak ze met de opdracht uitnodigen.`,
      ),
      1
    );
  if (show(inFolder(invitations.problems, folder))) return (print('\nEr is niets verwerkt: herstel eerst uitnodigingen.csv.'), 1);
  const problems: SheetProblem[] = [];
  const files: AnswerFile[] = [];
  for (const p of await answerPaths(paths, problems)) {
    const r = readAnswerFile(p, await readAtMost(p, ANSWERS_LIMIT));
    problems.push(...r.problems);
    if (r.answers) files.push(r.answers);
  }
  const ledgerPath = join(folder, LEDGER_FILE);
  const ledger = existsSync(ledgerPath) ? readLedger(LEDGER_FILE, await readFile(ledgerPath)) : new Map();
  const chosen = choose(files, invitations.rows, ledger);
  problems.push(...chosen.problems);
  const { gemeenten, problems: fp } = await readFolder(await walk(folder), new Set(chosen.use.map((a) => a.gemeente)));
  problems.push(
    ...inFolder(
      fp.filter((p) => p.severity === 'error'),
      folder,
    ),
  );
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const changes: string[] = [];
  let merged = 0;
  const refuse = (a: AnswerFile, message: string) => problems.push({ severity: 'error', place: { file: a.file }, message });
  for (const g of byCode.values()) {
    const mine = chosen.use.filter((a) => a.gemeente === g.code);
    if ('xlsx' in (g.standpunten ?? {})) {
      for (const a of mine)
        refuse(
          a,
          `De standpunten van ${g.code} staan in een werkboek (${(g.standpunten as { xlsx: string }).xlsx}); antwoorden kunnen voorlopig alleen in CSV-bestanden worden gezet. Niets is geschreven. Sla de bladen op als ${g.code}/stellingen.csv, partijen.csv en standpunten.csv (en verwijder het werkboek), of neem de antwoorden met de hand over.`,
        );
      continue;
    }
    const csv = g.standpunten && 'csv' in g.standpunten ? g.standpunten.csv : undefined;
    if (!csv) {
      for (const a of mine) refuse(a, `${g.code} heeft geen standpunten.csv. Niets is geschreven. Kopieer het bestand uit de template naar de map ${g.code}.`);
      continue;
    }
    const { sheet, problem } = openSheet(join(folder, csv.path), csv.bytes);
    if (!sheet) {
      problems.push(problem!);
      continue;
    }
    let changed = false;
    for (const a of mine) {
      const party = g.parties.get(a.partij.toLowerCase());
      if (!party || party.toLowerCase() !== a.partij.toLowerCase()) {
        refuse(a, `Partij "${a.partij}" staat niet (meer) in partijen van ${g.code}. Niets uit dit bestand is gebruikt. Zet de partij terug in partijen, of laat het bestand weg.`);
        continue;
      }
      const checked = checkAnswers(a, g);
      problems.push(...checked);
      if (hasErrors(checked)) continue;
      const last = ledger.has(`${g.code}:${a.partij.toLowerCase()}`) ? undefined : lastPartyDay(sheet, g, party);
      if (last && last > a.day) {
        problems.push({
          severity: 'warning',
          place: { file: a.file },
          message: `In standpunten.csv staan antwoorden van deze partij van ${last}, nieuwer dan dit bestand (${a.day}); het wordt niet gebruikt.`,
        });
        continue;
      }
      changes.push(...applyAnswers(sheet, g, party, a));
      ledger.set(`${g.code}:${a.partij.toLowerCase()}`, { gemeente: g.code, partij: party, datum: a.datum, bestand: a.file });
      merged++;
      changed = true;
    }
    if (changed) await writeAtomic(sheet.file, sheetText(sheet));
  }
  for (const a of chosen.use)
    if (!byCode.has(a.gemeente))
      refuse(a, `Gemeente ${a.gemeente} staat niet in gemeenten.csv, of haar spreadsheets konden niet worden gelezen. Niets uit dit bestand is gebruikt.`);
  if (merged) await writeAtomic(ledgerPath, ledgerCsv(ledger));
  const failed = show(problems);
  if (changes.length) print(`\nControleer deze standpunten: de partij gaf een ander antwoord dan er stond.\n${changes.join('\n')}`);
  const refused = problems.filter((p) => p.severity === 'error').length;
  print(
    `\n${n(merged, 'bestand', 'bestanden')} verwerkt in standpunten.csv${chosen.same ? `, ${chosen.same} al eerder verwerkt` : ''}, ${n(refused, 'fout', 'fouten')}` +
      `${refused ? ' (die bestanden zijn niet gebruikt)' : ''}. Maak daarna de JSON-bestanden opnieuw met de opdracht import.`,
  );
  return failed ? 1 : 0;
}

/** CSV to `out`, or to the terminal. */
async function emit(text: string, out: string | undefined) {
  if (out) {
    await writeAtomic(out, text);
    print(`Geschreven: ${out}`);
  } else process.stdout.write(text);
}

export async function runStatus(folder: string, csv: boolean, out: string | undefined): Promise<number> {
  if (!existsSync(folder)) return (print(`De map ${folder} bestaat niet.`), 2);
  const result = await importSheets(await walk(folder));
  if (!result.gemeenten.length)
    return (
      show(
        inFolder(
          result.problems.filter((p) => p.severity === 'error'),
          folder,
        ),
      ),
      1
    );
  const all = status(result);
  if (csv || out)
    await emit(
      statusCsv(
        all,
        result.keyPoints.map((k) => k.id),
      ),
      out,
    );
  else print(statusText(all, keyPointTitles(result)).join('\n'));
  return 0;
}

export async function runExport(target: string, csv: boolean, out: string | undefined): Promise<number> {
  if (!csv) return (print('Geef --csv op: export schrijft een CSV-bestand, één regel per gemeente en partij (met --out <bestand> naar een bestand).'), 2);
  const remote = /^https?:\/\//i.test(target);
  const file = !remote && existsSync(target) && (await stat(target)).isDirectory() ? join(target, 'index.json') : target;
  const url = remote ? target : LOCAL + pathToFileURL(resolve(file)).pathname;
  const { rows, keyPoints, problems } = await loadPublished(url, remote ? remoteReader : localReader(dirname(resolve(file))));
  const failed = hasErrors(problems);
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  if (!rows.length) return 1;
  await emit(exportCsv(rows, keyPoints), out);
  return failed ? 1 : 0;
}
