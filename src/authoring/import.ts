/**
 * The spreadsheet layout (docs/data-format.md, "Spreadsheet layout") turned into the
 * JSON files of the data format, then checked by the widget's own validator. Every value
 * written remembers the cell it came from, so each problem the validator finds in the
 * JSON is reported at `file:row:column (kolom)` of the spreadsheet.
 *
 * This file runs the import; its parts are in import/: finding the files (files.ts),
 * reading a table's columns and cells (table.ts), building the index's settings
 * (settings.ts) and a municipality file (municipality.ts), and placing the validator's
 * problems at their cells (origins.ts).
 */
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import type { KeyPoint, MunicipalityContent } from '../core/types.js';
import { validateIndex, validateMunicipalityFile } from '../core/validate.js';
import { verdictNotes } from './verdict-notes.js';
import { cell, readCsv } from './sheets.js';
import { adviseIndex, adviseGemeente } from './advice.js';
import { hasErrors, sortProblems, type SheetProblem } from './problems.js';
import { gemeenteSheets, rootFiles, type InputFile } from './import/files.js';
import { gemeenteFile, SCHEMA_BASE } from './import/gemeente-file.js';
import { Origins, report } from './import/origins.js';
import { settings } from './import/settings.js';
import { checkColumns, clean, textFrom, type Json } from './import/table.js';

export type { InputFile } from './import/files.js';
export { SCHEMA_BASE } from './import/gemeente-file.js';
export { isoDate } from './import/table.js';

export interface ImportResult {
  /** `index.json`. */
  index: Json;
  /** `gemeenten/<code>.json` for each gemeente that could be read; `content` as the widget reads it, when it has no errors. */
  gemeenten: { code: string; json: Json; content?: MunicipalityContent }[];
  /** The speerpunten the statements use. */
  keyPoints: readonly KeyPoint[];
  problems: SheetProblem[];
  ok: boolean;
}

/** Reads a folder in the spreadsheet layout, builds the JSON files and validates them. */
export async function importSheets(input: readonly InputFile[]): Promise<ImportResult> {
  const problems: SheetProblem[] = [];
  const files = rootFiles(input);
  const index: Json = { $schema: SCHEMA_BASE + 'index.schema.json', format: 'stemhulp/1' };
  const gemeenten: ImportResult['gemeenten'] = [];
  let keyPoints: readonly KeyPoint[] = bundledKeyPoints;
  const gf = files.get('gemeenten.csv');
  const origins = new Origins({ file: gf?.path ?? 'gemeenten.csv' });
  const done = (): ImportResult => ({ index, gemeenten, keyPoints, problems: sortProblems(problems), ok: !hasErrors(problems) });

  if (!gf) {
    problems.push({
      severity: 'error',
      place: { file: 'gemeenten.csv' },
      message: 'Het bestand gemeenten.csv ontbreekt. Kies de map waarin gemeenten.csv staat, of kopieer de template (npx -p stemhulp-widget stemhulp-data template <map>).',
    });
    return done();
  }
  const sf = files.get('instellingen.csv');
  if (sf) {
    const { table, problems: p } = readCsv(sf.path, sf.bytes);
    problems.push(...p);
    if (table) settings(table, index, problems, origins);
  }
  const { table: gt, problems: gp } = readCsv(gf.path, gf.bytes);
  problems.push(...gp);
  if (!gt || !checkColumns(gt, 'gemeenten', problems)) return done();

  const entries: Json[] = [];
  const contents: { code: string; json: Json; origins: Origins }[] = [];
  const used = new Set<string>();
  for (const [i, r] of gt.rows.entries()) {
    const raw = r.cells.get('code') ?? '';
    const code = raw.toUpperCase();
    const p = `municipalities[${i}]`;
    origins.set(p, { file: gt.file, row: r.row });
    origins.set(`${p}.code`, cell(gt, r.row, 'code'));
    const name = textFrom(gt, r.row, r.cells, 'naam', origins, `${p}.name`, problems);
    entries.push(clean({ code: raw, name, data: `gemeenten/${code}.json` }));
    if (!/^GM\d{4}$/.test(code) || used.has(code)) continue;
    used.add(code);
    const mo = new Origins({ file: files.get(`${code.toLowerCase()}.xlsx`)?.path ?? `${code}/` });
    const sheets = await gemeenteSheets(code, files, problems, cell(gt, r.row, 'code'), gt.rows.length === 1);
    const json = sheets && gemeenteFile(code, name, sheets, problems, mo);
    if (json) contents.push({ code, json, origins: mo });
  }
  for (const p of files.keys()) {
    const m = p.match(/^(gm\d{4})(\/[^/]+\.csv|\.xlsx)$/);
    const other = p.match(/^([^/]+)\/stellingen\.csv$/);
    if (m && !used.has(m[1].toUpperCase()))
      problems.push({
        severity: 'warning',
        place: { file: files.get(p)!.path },
        message: `${m[1].toUpperCase()} staat niet in gemeenten.csv, dus dit bestand wordt niet gebruikt. Voeg een regel met code ${m[1].toUpperCase()} toe aan gemeenten.csv.`,
      });
    else if (other && !m)
      problems.push({
        severity: 'warning',
        place: { file: files.get(p)!.path },
        message: `De map "${files.get(p)!.path.split('/')[0]}" wordt niet gebruikt: een gemeentemap heet naar de CBS-code van de gemeente, zoals GM0363. Geef de map de code uit gemeenten.csv als naam.`,
      });
  }
  index.municipalities = entries;

  const vi = validateIndex(index, 'http://import.invalid/index.json', bundledKeyPoints);
  report(vi.ok ? { warnings: vi.warnings } : vi, origins, index, problems);
  report({ warnings: adviseIndex(index) }, origins, index, problems);
  if (vi.ok) for (const m of vi.value.municipalities) if (m.problems) report({ errors: m.problems, warnings: [] }, origins, index, problems);
  keyPoints = vi.ok ? vi.value.keyPoints : bundledKeyPoints;
  const keyPointIds = keyPoints.map((k) => k.id);
  for (const { code, json, origins: mo } of contents) {
    const vm = validateMunicipalityFile(json, code, keyPointIds);
    report(vm, mo, json, problems);
    report({ warnings: adviseGemeente(json) }, mo, json, problems);
    // Per party, what readers will see of the verdict where a position is unknown.
    if (vm.ok) problems.push(...verdictNotes(vm.value, keyPoints, (path) => mo.find(path), true));
    gemeenten.push(vm.ok ? { code, json, content: vm.value } : { code, json });
  }
  return done();
}
