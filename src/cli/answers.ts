/**
 * `antwoorden`: the parties' returned files merged into each gemeente's standpunten, in
 * standpunten.csv or in the sheet standpunten of its workbook. The checks and the merge are
 * the same for both (src/authoring/parties/); only reading and writing the file differ. A
 * file is written only when something in it changed, through a temporary file and a
 * rename; when it cannot be written, nothing from its gemeente's answers files is used.
 */
import { existsSync } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ANSWERS_LIMIT, readAnswerFile, type AnswerFile } from '../authoring/parties/answer-file.js';
import { choose, LEDGER_FILE, ledgerCsv, readLedger, type Merged } from '../authoring/parties/answers.js';
import { bookBytes, openBook } from '../authoring/parties/book.js';
import { readFolder, type FolderGemeente } from '../authoring/parties/folder.js';
import { INVITATIONS_FILE } from '../authoring/parties/invitations.js';
import { applyAnswers, checkAnswers, lastPartyDay, openSheet, sheetText, type Sheet } from '../authoring/parties/merge.js';
import { hasErrors, type SheetProblem } from '../authoring/problems.js';
import { walk } from './io.js';
import { existingInvitations, inFolder, n, print, show, unwritable, writeAtomic } from './parties.js';

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

/** A gemeente's standpunten as cells, and how to write them back: into its CSV file or its workbook. */
interface Opened {
  sheet?: Sheet;
  /** What to write (nothing when no cell changed), or why it cannot be written. */
  write?: () => { data?: string | Uint8Array; problem?: SheetProblem };
  problem?: SheetProblem;
}

async function openStandpunten(folder: string, g: FolderGemeente): Promise<Opened> {
  if (g.standpunten && 'xlsx' in g.standpunten) {
    const { sheet, problem } = await openBook(join(folder, g.standpunten.xlsx.path), g.standpunten.xlsx.bytes);
    if (!sheet) return { problem };
    return {
      sheet,
      write: () => {
        const { bytes, problem } = bookBytes(sheet);
        return { data: bytes, problem };
      },
    };
  }
  const csv = g.standpunten?.csv;
  if (!csv) return {};
  const { sheet, problem } = openSheet(join(folder, csv.path), csv.bytes);
  return sheet ? { sheet, write: () => ({ data: sheetText(sheet) }) } : { problem };
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
  const ledger = existsSync(ledgerPath) ? readLedger(LEDGER_FILE, await readFile(ledgerPath)) : new Map<string, Merged>();
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
  const into = new Set<string>();
  let merged = 0;
  const refuse = (a: AnswerFile, message: string) => problems.push({ severity: 'error', place: { file: a.file }, message });
  for (const g of byCode.values()) {
    const mine = chosen.use.filter((a) => a.gemeente === g.code);
    const { sheet, write, problem } = await openStandpunten(folder, g);
    if (!sheet || !write) {
      if (problem) problems.push(problem);
      else for (const a of mine) refuse(a, `${g.code} heeft geen standpunten.csv. Niets is geschreven. Kopieer het bestand uit de template naar de map ${g.code}.`);
      continue;
    }
    const done: Merged[] = [];
    const found: string[] = [];
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
          message: `In ${sheet.name} staan antwoorden van deze partij van ${last}, nieuwer dan dit bestand (${a.day}); het wordt niet gebruikt.`,
        });
        continue;
      }
      found.push(...applyAnswers(sheet, g, party, a));
      done.push({ gemeente: g.code, partij: party, datum: a.datum, bestand: a.file });
    }
    if (!done.length) continue;
    const out = write();
    if (out.problem) {
      problems.push(out.problem);
      continue;
    }
    if (out.data)
      try {
        await writeAtomic(sheet.file, out.data);
      } catch (e) {
        // This gemeente's answers stay unmerged (not in the ledger), so running again takes them.
        problems.push(unwritable(sheet.file, e));
        continue;
      }
    for (const m of done) ledger.set(`${g.code}:${m.partij.toLowerCase()}`, m);
    changes.push(...found);
    merged += done.length;
    into.add('csv' in g.standpunten! ? 'standpunten.csv' : 'het blad standpunten');
  }
  for (const a of chosen.use)
    if (!byCode.has(a.gemeente))
      refuse(a, `Gemeente ${a.gemeente} staat niet in gemeenten.csv, of haar spreadsheets konden niet worden gelezen. Niets uit dit bestand is gebruikt.`);
  if (merged)
    try {
      await writeAtomic(ledgerPath, ledgerCsv(ledger));
    } catch (e) {
      // The answers are in the sheets; without the ledger a next run merges the same files again, to the same result.
      problems.push(unwritable(ledgerPath, e));
    }
  const failed = show(problems);
  if (changes.length) print(`\nControleer deze standpunten: de partij gaf een ander antwoord dan er stond.\n${changes.join('\n')}`);
  const refused = problems.filter((p) => p.severity === 'error').length;
  print(
    `\n${n(merged, 'bestand', 'bestanden')} verwerkt${into.size ? ` in ${[...into].sort().join(' en ')}` : ''}${chosen.same ? `, ${chosen.same} al eerder verwerkt` : ''}, ${n(refused, 'fout', 'fouten')}` +
      `${refused ? ' (die bestanden zijn niet gebruikt)' : ''}. Maak daarna de JSON-bestanden opnieuw met de opdracht import.`,
  );
  return failed ? 1 : 0;
}
