/**
 * Reading what spreadsheet programs write: CSV (Excel's "CSV (gescheiden door
 * lijstscheidingsteken)" is `;` and Windows-1252; LibreOffice and Google Sheets write
 * UTF-8, with or without a BOM) and XLSX workbooks. Runs in Node and in the browser: the
 * CLI and demo/gegevens.html read files through the same code.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import type { Place, SheetProblem } from './problems.js';

/** One row of a sheet: its cells keyed by normalised column name, and where it came from. */
export interface Row {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  cells: Map<string, string>;
}

/** A sheet: a CSV file or one sheet of a workbook, with its header row read. */
export interface Table {
  /** How messages name it: `GM0363/stellingen.csv` or `GM0363.xlsx[stellingen]`. */
  file: string;
  /** Normalised column name (lower case, trimmed) → 1-based column number. */
  columns: Map<string, number>;
  /** Column name as written in the header, for messages. */
  headers: Map<string, string>;
  rows: Row[];
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * Decodes a text file. UTF-8 is tried strictly first: Windows-1252 text with an "é" is
 * never valid UTF-8, and UTF-8 text is almost never valid-looking Windows-1252 by accident.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => C1[c.charCodeAt(0) - 0x80] || c);
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's characters at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
 * Browsers decode them; Node 20's TextDecoder gives the C1 control characters instead.
 */
const C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** The column separator: the one of `;` and `,` that the header line uses most (outside quotes). */
export function delimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

export const normHeader = (h: string) =>
  h
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/\s*:\s*/, ':');

/** Builds a table from rows of cell strings; row 1 is the header. Reports empty and double column names. */
function table(file: string, records: { cells: string[]; row: number }[], problems: SheetProblem[]): Table {
  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const [head, ...body] = records;
  (head?.cells ?? []).forEach((raw, i) => {
    const name = normHeader(raw);
    if (!name) return;
    if (columns.has(name)) {
      problems.push({
        severity: 'error',
        place: { file, row: head.row, column: i + 1, name: raw.trim() },
        message: `De kolom "${raw.trim()}" staat twee keer in de kopregel. Geef elke kolom een eigen naam of verwijder de tweede.`,
      });
      return;
    }
    columns.set(name, i + 1);
    headers.set(name, raw.trim());
  });
  const rows: Row[] = [];
  for (const r of body) {
    if (r.cells.every((c) => !c.trim())) continue;
    const cells = new Map<string, string>();
    for (const [name, col] of columns) cells.set(name, (r.cells[col - 1] ?? '').trim());
    rows.push({ row: r.row, cells });
  }
  return { file, columns, headers, rows };
}

/** Reads a CSV file: encoding and separator detected, quoted fields with newlines kept. */
export function readCsv(file: string, bytes: Uint8Array): { table?: Table; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const { text, encoding } = decode(bytes);
  if (encoding === 'windows-1252')
    problems.push({
      severity: 'warning',
      place: { file },
      message:
        'Dit bestand is opgeslagen als Windows-1252 (ANSI), niet als UTF-8. Het is omgezet; controleer letters als é, ë en ü. ' +
        'Kies de volgende keer bij "Opslaan als" het type "CSV UTF-8 (gescheiden door komma\'s)" (Excel) of tekenset "Unicode (UTF-8)" (LibreOffice).',
    });
  const body = text.replace(/^\ufeff/, '');
  let records: string[][];
  try {
    records = parse(body, { delimiter: delimiter(body), relax_column_count: true, relax_quotes: false, skip_empty_lines: false });
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string };
    const row = err.lines;
    problems.push({
      severity: 'error',
      place: { file, row },
      message:
        err.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'Een aanhalingsteken " wordt geopend maar niet gesloten, dus de rest van het bestand lijkt één cel. Zet een " aan het eind van die cel, of haal de " weg.'
          : err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
            ? 'Een cel heeft tekst na het sluitende aanhalingsteken ". Schrijf een " binnen een cel als "" of sla het bestand opnieuw op vanuit je spreadsheetprogramma.'
            : `Dit CSV-bestand kan niet worden gelezen (${err.message}). Sla het opnieuw op vanuit je spreadsheetprogramma als CSV.`,
    });
    return { problems };
  }
  // A record per spreadsheet row: an empty line is an empty row, as Excel and LibreOffice show it.
  return {
    table: table(
      file,
      records.map((cells, i) => ({ cells, row: i + 1 })),
      problems,
    ),
    problems,
  };
}

const cellText = (v: unknown): string =>
  v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'WAAR' : 'ONWAAR') : String(v);

/** The most a workbook may hold unpacked (its XML parts together); a real gemeente's is well under 1 MiB. */
export const UNPACKED_LIMIT = 20 * 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032-fold, so one step makes at most about 16 MiB. */
const STEP = 16 * 1024;

/**
 * The parts of a zip archive that `keep` names, unpacked with a limit: the declared sizes
 * are checked first, and the unpacking itself stops as soon as it passes `limit` (a header
 * may lie). `undefined` when the limit is passed; throws when `bytes` is not a zip archive.
 */
export function unpackParts(bytes: Uint8Array, keep: (name: string) => boolean, limit: number): Record<string, Uint8Array> | undefined {
  // No prototype: a part named __proto__ is a part like any other, and is written back.
  const parts: Record<string, Uint8Array> = Object.create(null);
  let total = 0;
  let over = false;
  const uz = new Unzip();
  uz.register(UnzipInflate);
  uz.onfile = (f) => {
    if (over || !keep(f.name)) return;
    if ((f.originalSize ?? 0) > limit - total) {
      over = true;
      return;
    }
    const chunks: Uint8Array[] = [];
    f.ondata = (err, data, final) => {
      if (err) throw err;
      total += data.byteLength;
      if (total > limit) {
        over = true;
        f.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
        chunks.reduce((o, c) => (out.set(c, o), o + c.byteLength), 0);
        parts[f.name] = out;
      }
    };
    f.start();
  };
  for (let i = 0; i < bytes.byteLength && !over; i += STEP) uz.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.byteLength);
  return over ? undefined : parts;
}

/**
 * The XML parts of an XLSX file, unpacked within `UNPACKED_LIMIT`, as a zip of stored
 * parts, which the workbook reader then opens without inflating anything.
 */
function unpackLimited(bytes: Uint8Array): Uint8Array | undefined {
  const parts = unpackParts(bytes, (name) => /\.xml(\.rels)?$/.test(name), UNPACKED_LIMIT);
  return parts && zipSync(parts as Zippable, { level: 0 });
}

/** A workbook's sheets in order, every cell as text (a date as YYYY-MM-DD), row 1 and column A first. */
export async function readBook(file: string, bytes: Uint8Array): Promise<{ book?: { sheet: string; data: string[][] }[]; problem?: SheetProblem }> {
  let unpacked: Uint8Array | undefined;
  try {
    unpacked = unpackLimited(bytes);
  } catch {
    // Not a zip archive: the workbook reader says so below.
    unpacked = bytes;
  }
  if (!unpacked)
    return {
      problem: {
        severity: 'error',
        place: { file },
        message: `Dit werkboek is uitgepakt groter dan ${UNPACKED_LIMIT / 1024 / 1024} MiB; zo groot is het werkboek van een gemeente nooit, dus het wordt niet gelezen. Sla de drie bladen opnieuw op in een nieuw werkboek, zonder afbeeldingen of andere bladen, of gebruik CSV-bestanden.`,
      },
    };
  try {
    const buffer = unpacked.buffer.slice(unpacked.byteOffset, unpacked.byteOffset + unpacked.byteLength) as ArrayBuffer;
    const book = (await readXlsxFile(buffer, { trim: false })) as { sheet: string; data: unknown[][] }[];
    return { book: book.map(({ sheet, data }) => ({ sheet, data: data.map((cells) => (cells ?? []).map(cellText)) })) };
  } catch (e) {
    return {
      problem: {
        severity: 'error',
        place: { file },
        message: `Dit bestand kan niet als Excel-werkboek (.xlsx) worden gelezen (${(e as Error).message}). Sla het op als "Excel-werkmap (.xlsx)", niet als .xls of .ods.`,
      },
    };
  }
}

/** Reads every sheet of an XLSX workbook, keyed by lower-case sheet name. */
export async function readWorkbook(file: string, bytes: Uint8Array): Promise<{ sheets: Map<string, Table>; problems: SheetProblem[] }> {
  const sheets = new Map<string, Table>();
  const { book, problem } = await readBook(file, bytes);
  if (!book) return { sheets, problems: [problem!] };
  const problems: SheetProblem[] = [];
  for (const { sheet, data } of book)
    sheets.set(
      sheet.trim().toLowerCase(),
      table(
        `${file}[${sheet}]`,
        data.map((cells, i) => ({ cells, row: i + 1 })),
        problems,
      ),
    );
  return { sheets, problems };
}

/** The place of a cell, for messages. */
export const cell = (t: Table, row: number, column: string): Place => ({
  file: t.file,
  row,
  column: t.columns.get(column),
  name: t.headers.get(column) ?? column,
});
