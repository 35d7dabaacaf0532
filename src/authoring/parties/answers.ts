/**
 * `antwoorden`: which of the returned files may be used. A file is used only when its
 * gemeente and party were invited and its code is the one uitnodigingen.csv holds for them;
 * of several files from one party the newest (by its full timestamp) is used, and a file
 * never replaces one already merged that is newer. What was merged is kept in
 * `<map>/antwoorden-verwerkt.csv` (`gemeente;partij;datum;bestand`), because the sheet's
 * `datum` holds only the day.
 */
import { readCsv } from '../sheets.js';
import { clip, type SheetProblem } from '../problems.js';
import type { AnswerFile } from './answer-file.js';
import { sameCode } from './codes.js';
import { csvText } from './csv.js';
import { partyKey, type Invitation } from './invitations.js';

export const LEDGER_FILE = 'antwoorden-verwerkt.csv';

/** A merged file, as the ledger keeps it. */
export interface Merged {
  gemeente: string;
  partij: string;
  /** Full ISO timestamp of the file. */
  datum: string;
  bestand: string;
}

export function readLedger(file: string, bytes: Uint8Array): Map<string, Merged> {
  const out = new Map<string, Merged>();
  const { table } = readCsv(file, bytes);
  for (const r of table?.rows ?? []) {
    const g = (c: string) => r.cells.get(c) ?? '';
    const key = partyKey(g('gemeente'), g('partij'));
    if (!out.has(key) || g('datum') > out.get(key)!.datum) out.set(key, { gemeente: g('gemeente').toUpperCase(), partij: g('partij'), datum: g('datum'), bestand: g('bestand') });
  }
  return out;
}

export const ledgerCsv = (m: Map<string, Merged>) =>
  csvText([
    ['gemeente', 'partij', 'datum', 'bestand'],
    ...[...m.values()].sort((a, b) => a.gemeente.localeCompare(b.gemeente) || a.partij.localeCompare(b.partij)).map((x) => [x.gemeente, x.partij, x.datum, x.bestand]),
  ]);

/**
 * The files to merge, one per party (the newest), and a problem for each file that is not
 * used: an error for one that was not invited or whose code is wrong, a warning for one that
 * is older than another (in this run or already merged).
 */
export function choose(
  files: readonly AnswerFile[],
  invitations: readonly Invitation[],
  ledger: Map<string, Merged>,
): { use: AnswerFile[]; problems: SheetProblem[]; same: number } {
  const problems: SheetProblem[] = [];
  const byKey = new Map(invitations.map((i) => [partyKey(i.gemeente, i.partij), i]));
  const gemeenten = new Set(invitations.map((i) => i.gemeente));
  const newest = new Map<string, AnswerFile>();
  const skip = (a: AnswerFile, message: string, severity: 'error' | 'warning' = 'error') => problems.push({ severity, place: { file: a.file }, message });
  let same = 0;
  for (const a of files) {
    const key = partyKey(a.gemeente, a.partij);
    const inv = byKey.get(key);
    if (!inv) {
      skip(
        a,
        gemeenten.has(a.gemeente)
          ? `Partij "${clip(a.partij)}" van ${a.gemeente} is niet uitgenodigd (staat niet in uitnodigingen.csv). Niets uit dit bestand is gebruikt. Is de partij nieuw, maak dan eerst een uitnodiging met de opdracht uitnodigen.`
          : `Gemeente ${a.gemeente} staat niet in uitnodigingen.csv. Niets uit dit bestand is gebruikt. Controleer of het bestand bij deze stemhulp hoort.`,
      );
      continue;
    }
    if (!sameCode(a.code, inv.code)) {
      skip(
        a,
        `De code in dit bestand hoort niet bij partij ${inv.partij} van ${inv.gemeente}. Niets uit dit bestand is gebruikt. Een verkeerde code betekent een vervalst of overgetypt bestand: vraag de partij, via een adres dat je al had (niet via dit bestand), het formulier opnieuw te openen met de link uit haar uitnodiging.`,
      );
      continue;
    }
    const done = ledger.get(key);
    if (done && done.datum === a.datum) {
      same++;
      continue;
    }
    if (done && done.datum > a.datum) {
      skip(
        a,
        `Dit bestand (${a.datum}) is ouder dan het bestand van deze partij dat al is verwerkt (${done.datum}, ${clip(done.bestand, 80)}); het wordt niet gebruikt.`,
        'warning',
      );
      continue;
    }
    const other = newest.get(key);
    if (other && other.datum >= a.datum) skip(a, `Er is een nieuwer bestand van deze partij (${clip(other.file, 80)}); dit bestand wordt niet gebruikt.`, 'warning');
    else {
      if (other) skip(other, `Er is een nieuwer bestand van deze partij (${clip(a.file, 80)}); dit bestand wordt niet gebruikt.`, 'warning');
      newest.set(key, a);
    }
  }
  return { use: [...newest.values()], problems, same };
}
