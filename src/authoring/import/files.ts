/** Finding the files: the folder that holds gemeenten.csv, and each gemeente's three sheets. */
import { readCsv, readWorkbook, type Table } from '../sheets.js';
import { hasErrors, type Place, type SheetProblem } from '../problems.js';
import { quoteList } from './table.js';

export interface InputFile {
  /** Path inside the chosen folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/** Files by lower-case path, relative to the folder that holds gemeenten.csv. */
export function rootFiles(files: readonly InputFile[]): Map<string, InputFile> {
  const byPath = new Map(
    files.map((f) => [
      f.path
        .replace(/\\/g, '/')
        .replace(/^\.?\//, '')
        .toLowerCase(),
      f,
    ]),
  );
  const roots = [...byPath.keys()].filter((p) => p === 'gemeenten.csv' || p.endsWith('/gemeenten.csv'));
  const root = roots.sort((a, b) => a.length - b.length)[0]?.slice(0, -'gemeenten.csv'.length) ?? '';
  const out = new Map<string, InputFile>();
  for (const [p, f] of byPath) if (p.startsWith(root)) out.set(p.slice(root.length), { ...f, path: f.path.slice(f.path.length - (p.length - root.length)) });
  return out;
}

export interface Sheets {
  get(kind: string): Table | undefined;
}

/** The three sheets of one gemeente: a folder of CSV files or one workbook. */
export async function gemeenteSheets(code: string, files: Map<string, InputFile>, problems: SheetProblem[], from: Place, only: boolean): Promise<Sheets | undefined> {
  // Files picked one by one (not as a folder) lose their folder: with one gemeente, the three sheets beside gemeenten.csv are its own.
  const c = only && !files.has(`${code.toLowerCase()}/stellingen.csv`) && files.has('stellingen.csv') ? '' : code.toLowerCase();
  if (!c) files = new Map([...files].map(([p, f]) => [/^(stellingen|partijen|standpunten)\.csv$/.test(p) ? `/${p}` : p, f]));
  const book = files.get(`${c}.xlsx`);
  const folder = ['stellingen', 'partijen', 'standpunten'].some((k) => files.has(`${c}/${k}.csv`));
  if (book && folder) {
    problems.push({
      severity: 'error',
      place: { file: book.path },
      message: `Er is zowel een map ${code} als een werkboek ${code}.xlsx. Houd er één over, zodat duidelijk is welke gegevens gelden.`,
    });
    return;
  }
  if (book) {
    const { sheets, problems: p } = await readWorkbook(book.path, book.bytes);
    problems.push(...p);
    if (hasErrors(p)) return;
    for (const kind of ['stellingen', 'partijen', 'standpunten'])
      if (!sheets.has(kind))
        problems.push({
          severity: 'error',
          place: { file: book.path },
          message: `Het werkboek heeft geen blad "${kind}". Geef de drie bladen de namen "stellingen", "partijen" en "standpunten"; nu heten ze ${quoteList(
            [...sheets.values()].map((t) => t.file.slice(book.path.length + 1, -1)),
            'en',
          )}.`,
        });
    return sheets;
  }
  if (!folder) {
    const loose = files.has('stellingen.csv') || files.has('/stellingen.csv');
    problems.push({
      severity: 'error',
      place: from,
      message: loose
        ? `Geen gegevens gevonden voor ${code}: stellingen.csv staat niet in een map ${code}. Bij meer dan één gemeente hoort elke gemeente haar eigen map; kies dan de hele map in plaats van losse bestanden.`
        : `Geen gegevens gevonden voor ${code}: maak een map ${code} met stellingen.csv, partijen.csv en standpunten.csv, of een werkboek ${code}.xlsx, naast gemeenten.csv.`,
    });
    return;
  }
  const tables = new Map<string, Table>();
  for (const kind of ['stellingen', 'partijen', 'standpunten']) {
    const f = files.get(`${c}/${kind}.csv`);
    if (!f) {
      problems.push({
        severity: 'error',
        place: { file: `${code}/${kind}.csv` },
        message: `Het bestand ${kind}.csv ontbreekt in de map ${code}. Kopieer het uit de template en vul het in.`,
      });
      continue;
    }
    const { table, problems: p } = readCsv(f.path, f.bytes);
    problems.push(...p);
    if (table) tables.set(kind, table);
  }
  return tables;
}
