/**
 * The commands for parties filling in their own positions (issue 25): `uitnodigen` writes
 * the invitations, `status` and `export` report; `antwoorden` is in answers.ts. Their logic
 * is in src/authoring/parties/; these files read and write the files. Every file is written
 * to a temporary file beside it first and then renamed over it, so a spreadsheet is never
 * left half-written.
 */
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSheets } from '../authoring/import.js';
import { readFolder, partiesOf } from '../authoring/parties/folder.js';
import { checkAddresses, invitationsCsv, INVITATIONS_FILE, invite, readInvitations, type Invitation } from '../authoring/parties/invitations.js';
import { loadPublished } from '../authoring/parties/published.js';
import { keyPointTitles, status, statusCsv, statusText } from '../authoring/parties/status.js';
import { exportCsv } from '../authoring/parties/verdicts.js';
import { formatProblem, hasErrors, type SheetProblem } from '../authoring/problems.js';
import { LOCAL, localReader, remoteReader, walk } from './io.js';

export const print = (s: string) => process.stdout.write(s + '\n');
export const n = (k: number, one: string, more: string) => `${k} ${k === 1 ? one : more}`;

/**
 * Writes `data` to `path` through a temporary file beside it and a rename, so `path` is whole
 * before or after; when either step fails (a workbook open in Excel on Windows refuses the
 * rename) the temporary file is removed and the error thrown.
 */
export async function writeAtomic(path: string, data: string | Uint8Array) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A file that could not be written, in the words of the tools' messages: the file, why, and what to do. */
export const unwritable = (file: string, e: unknown): SheetProblem => ({
  severity: 'error',
  place: { file },
  message: `Dit bestand kon niet worden geschreven (${(e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message}); er is niets in veranderd. Is het open in Excel of een ander programma? Sluit het en voer de opdracht opnieuw uit.`,
});

/** Problems about files inside the folder, named from where the command runs. */
export const inFolder = (ps: readonly SheetProblem[], folder: string) => ps.map((p) => ({ ...p, place: { ...p.place, file: join(folder, p.place.file) } }));

/** Prints the problems and says whether any is an error. */
export function show(problems: readonly SheetProblem[]): boolean {
  for (const p of problems) print(formatProblem(p));
  return hasErrors(problems);
}

export async function existingInvitations(folder: string): Promise<{ rows: Invitation[]; problems: SheetProblem[] } | undefined> {
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
