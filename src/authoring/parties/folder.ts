/**
 * The gemeenten and their parties and statements as the spreadsheets in the folder name
 * them, read as the import reads them (gemeenten.csv, then each gemeente's folder or
 * workbook), without building or checking the JSON: inviting parties and merging their
 * answers do not wait for every statement to be finished.
 */
import { cell, readCsv, type Table } from '../sheets.js';
import { clip, type SheetProblem } from '../problems.js';
import { gemeenteSheets, rootFiles, type InputFile } from '../import/files.js';
import type { Gemeente } from './merge.js';
import type { InvitedParty } from './invitations.js';

export interface FolderGemeente extends Gemeente {
  name: string;
  /** The party ids in partijen order, with their Dutch names. */
  partyList: { id: string; naam: string }[];
  /** Where standpunten is: a CSV file or the gemeente's workbook (paths inside the folder). */
  standpunten: { csv: InputFile } | { xlsx: InputFile } | undefined;
}

const text = (_t: Table, r: { cells: Map<string, string> }, c: string) => r.cells.get(c) ?? '';

/** Reads gemeenten.csv and each gemeente's stellingen and partijen; `only` limits it to these codes. */
export async function readFolder(input: readonly InputFile[], only?: ReadonlySet<string>): Promise<{ gemeenten: FolderGemeente[]; problems: SheetProblem[] }> {
  const problems: SheetProblem[] = [];
  const files = rootFiles(input);
  const gemeenten: FolderGemeente[] = [];
  const gf = files.get('gemeenten.csv');
  if (!gf) {
    problems.push({
      severity: 'error',
      place: { file: 'gemeenten.csv' },
      message: 'Het bestand gemeenten.csv ontbreekt. Kies de map met de spreadsheets (waarin gemeenten.csv staat).',
    });
    return { gemeenten, problems };
  }
  const { table: gt, problems: gp } = readCsv(gf.path, gf.bytes);
  problems.push(...gp);
  if (!gt) return { gemeenten, problems };
  const seen = new Set<string>();
  for (const r of gt.rows) {
    const code = text(gt, r, 'code').toUpperCase();
    if (!/^GM\d{4}$/.test(code) || seen.has(code) || (only && !only.has(code))) continue;
    seen.add(code);
    const sheets = await gemeenteSheets(code, files, problems, cell(gt, r.row, 'code'), gt.rows.length === 1);
    const st = sheets?.get('stellingen');
    const pt = sheets?.get('partijen');
    if (!st || !pt) continue;
    const g: FolderGemeente = { code, name: text(gt, r, 'naam'), statements: new Map(), parties: new Map(), partyList: [], standpunten: undefined };
    for (const s of st.rows) if (text(st, s, 'id')) g.statements.set(text(st, s, 'id').toLowerCase(), text(st, s, 'id'));
    const ids = new Map<string, number>();
    for (const p of pt.rows) {
      const id = text(pt, p, 'id');
      if (!id) {
        problems.push({ severity: 'error', place: cell(pt, p.row, 'id'), message: 'Deze partij heeft geen id. Geef elke partij een kort, eigen id, zoals p1.' });
        continue;
      }
      if (ids.has(id.toLowerCase())) {
        problems.push({
          severity: 'error',
          place: cell(pt, p.row, 'id'),
          message: `Het id "${clip(id)}" komt twee keer voor (ook in rij ${ids.get(id.toLowerCase())}). Geef elke partij een eigen id.`,
        });
        continue;
      }
      ids.set(id.toLowerCase(), p.row);
      g.partyList.push({ id, naam: text(pt, p, 'naam') });
    }
    // As the import reads the column `partij`: the id, else the afkorting, else the Dutch naam.
    for (const p of pt.rows)
      for (const k of [text(pt, p, 'id'), text(pt, p, 'afkorting'), text(pt, p, 'naam')])
        if (k && !g.parties.has(k.toLowerCase()) && ids.has(text(pt, p, 'id').toLowerCase())) g.parties.set(k.toLowerCase(), text(pt, p, 'id'));
    const book = files.get(`${code.toLowerCase()}.xlsx`);
    const csv = files.get(`${code.toLowerCase()}/standpunten.csv`) ?? (gt.rows.length === 1 ? files.get('standpunten.csv') : undefined);
    g.standpunten = book ? { xlsx: book } : csv ? { csv } : undefined;
    gemeenten.push(g);
  }
  return { gemeenten, problems };
}

/** Every party of every gemeente, in the spreadsheets' order. */
export const partiesOf = (gemeenten: readonly FolderGemeente[]): InvitedParty[] =>
  gemeenten.flatMap((g) => g.partyList.map((p) => ({ gemeente: g.code, partij: p.id, naam: p.naam })));
