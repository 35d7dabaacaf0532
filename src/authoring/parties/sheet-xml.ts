/**
 * Changing cells in a worksheet part of an .xlsx workbook (SpreadsheetML, ECMA-376 Part 1
 * §18.3) and nothing else: only the rows that hold a changed cell are rewritten, and in them
 * only the changed cells. A changed cell is written as an inline string (`t="inlineStr"`),
 * so the shared strings need no change, and keeps its style (`s`); a new cell gets the style
 * Excel would give it when typed (its row's, else its column's). Everything outside
 * `<sheetData>` stays as it was, except the used range (`<dimension>`), which grows to hold
 * new cells, and a hyperlink on a cell whose text is replaced, which would otherwise still
 * lead to the old address. Workbooks are written by programs (Excel, LibreOffice, Google
 * Sheets), so the part is scanned by its tags; CDATA or comments in the cells are refused.
 */

/** Cells to write: row number → column number (both from 1) → text; `''` empties a cell. */
export type Edits = Map<number, Map<number, string>>;

/** An attribute's value (either quote), or undefined. */
function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `AB` → 28. */
const columnOf = (ref: string) => [...ref.replace(/[$\d]/g, '').toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
/** 28 → `AB`. */
export const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 0);

/**
 * A text as SpreadsheetML writes it: `&`, `<` and `>` as entities, a character XML 1.0 cannot
 * hold (and a carriage return, which XML would turn into a line feed) as `_xHHHH_`, and a
 * literal `_xHHHH_` escaped so that it is read back as written (ST_Xstring, §22.9.2.19).
 */
export const xmlText = (s: string) =>
  s
    .replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1')
    .replace(/[\0-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Where `<sheetData>` is: its prefix (`x:` or none) and the offsets of its content. */
function findSheetData(xml: string): { p: string; open: number; start: number; end: number; close: number } | undefined {
  const m = /<([\w.-]+:)?sheetData\b[^>]*?(\/)?>/.exec(xml);
  if (!m) return;
  const p = m[1] ?? '';
  const start = m.index + m[0].length;
  if (m[2]) return { p, open: m.index, start, end: start, close: start };
  const end = xml.indexOf(`</${p}sheetData>`, start);
  return end < 0 ? undefined : { p, open: m.index, start, end, close: end + `</${p}sheetData>`.length };
}

/** Why the part cannot be changed this way, or undefined when it can. */
export function unpatchable(xml: string): string | undefined {
  const d = findSheetData(xml);
  if (!d) return 'het blad heeft geen leesbare cellen (<sheetData>)';
  if (/<!\[CDATA\[|<!--/.test(xml.slice(d.start, d.end))) return 'de cellen bevatten CDATA of commentaar';
}

interface Cell {
  col: number;
  attrs: string;
  /** The cell as written, with its position added when it had none. */
  xml: string;
}

/**
 * The part with `edits` made; `formula` says whether a cell that held a formula was replaced
 * (then the workbook's calculation chain must go). An error when a replaced cell holds a
 * formula that other cells share or an array formula: replacing it would break theirs.
 */
export function patchSheet(xml: string, edits: Edits): { xml: string; formula: boolean } | { error: string } {
  const d = findSheetData(xml);
  if (!d) return { error: unpatchable(xml)! };
  const { p } = d;
  const head = xml.slice(0, d.open);
  const colStyles = [...head.matchAll(new RegExp(`<${p}col\\b([^>]*)>`, 'g'))].map((m) => ({
    min: Number(attr(m[1], 'min')),
    max: Number(attr(m[1], 'max')),
    s: attr(m[1], 'style'),
  }));
  const columnStyle = (c: number) => colStyles.find((x) => x.min <= c && c <= x.max)?.s;
  const content = xml.slice(d.start, d.end);
  const rowRe = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g');
  const cellRe = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  const formulaRe = new RegExp(`<${p}f\\b([^>]*)`);
  const todo = [...edits.keys()].sort((a, b) => a - b);
  const replaced: string[] = [];
  let formula = false;
  let error: string | undefined;

  const cellXml = (col: number, row: number, s: string | undefined, text: string) => {
    const r = `${letters(col)}${row}`;
    const style = s ? ` s="${s}"` : '';
    if (!text) return s ? `<${p}c r="${r}"${style}/>` : '';
    return `<${p}c r="${r}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}is></${p}c>`;
  };

  /** The row `row` with its edits; `attrs` and `inner` as written, or empty for a new row. */
  const rewrite = (row: number, attrs: string, inner: string) => {
    const e = edits.get(row)!;
    const rowStyle = /^(1|true)$/.test(attr(attrs, 'customFormat') ?? '') ? attr(attrs, 's') : undefined;
    const cells: Cell[] = [];
    let prev = 0;
    for (const m of inner.matchAll(cellRe)) {
      const ref = attr(m[1], 'r');
      const col = ref ? columnOf(ref) : prev + 1;
      prev = col;
      cells.push({ col, attrs: m[1], xml: ref ? m[0] : m[0].replace(new RegExp(`^<${p}c\\b`), `<${p}c r="${letters(col)}${row}"`) });
    }
    for (const [col, text] of e) {
      const at = cells.findIndex((c) => c.col >= col);
      const old = at >= 0 && cells[at].col === col ? cells[at] : undefined;
      if (old) {
        const f = formulaRe.exec(old.xml);
        if (f && (attr(f[1], 't') === 'array' || (attr(f[1], 't') === 'shared' && attr(f[1], 'ref') !== undefined)))
          error ??= `in cel ${letters(col)}${row} staat een formule die ook andere cellen gebruiken`;
        formula ||= !!f;
        replaced.push(`${letters(col)}${row}`);
      }
      const cell = { col, attrs: '', xml: cellXml(col, row, old ? attr(old.attrs, 's') : (rowStyle ?? columnStyle(col)), text) };
      if (old) cells[at] = cell;
      else cells.splice(at < 0 ? cells.length : at, 0, cell);
    }
    const kept = attrs.replace(/\s+spans\s*=\s*("[^"]*"|'[^']*')/, '');
    return `<${p}row${/(^|\s)r\s*=/.test(kept) ? kept : ` r="${row}"${kept}`}>${cells.map((c) => c.xml).join('')}</${p}row>`;
  };

  let out = '';
  let last = 0;
  let prevRow = 0;
  const newRowsBefore = (row: number) => {
    let s = '';
    while (todo.length && todo[0] < row) s += rewrite(todo.shift()!, '', '');
    return s;
  };
  for (const m of content.matchAll(rowRe)) {
    const firstCell = new RegExp(`<${p}c\\b[^>]*?\\sr\\s*=\\s*["']([^"']*)`).exec(m[2] ?? '');
    const row = Number(attr(m[1], 'r')) || (firstCell ? rowOf(firstCell[1]) : 0) || prevRow + 1;
    prevRow = row;
    const before = newRowsBefore(row);
    const edited = todo[0] === row;
    if (!before && !edited) continue;
    out += content.slice(last, m.index) + before;
    last = m.index;
    if (!edited) continue;
    todo.shift();
    out += rewrite(row, m[1], m[2] ?? '');
    last = m.index + m[0].length;
  }
  out += content.slice(last) + newRowsBefore(Infinity);
  if (error) return { error };

  let result = xml.slice(0, d.open) + (d.start === d.close ? `<${p}sheetData>` : xml.slice(d.open, d.start)) + out + `</${p}sheetData>` + xml.slice(d.close);
  result = result.replace(new RegExp(`(<${p}dimension\\b[^>]*?\\sref\\s*=\\s*")([^"]*)"`), (_, pre: string, ref: string) => {
    const [from, to = from] = ref.split(':');
    let [maxCol, maxRow] = [columnOf(to), rowOf(to)];
    for (const [row, e] of edits) for (const [col, text] of e) if (text) [maxCol, maxRow] = [Math.max(maxCol, col), Math.max(maxRow, row)];
    return `${pre}${from}:${letters(maxCol)}${maxRow}"`;
  });
  // A hyperlink on a replaced cell would lead to what was there before.
  const gone = new Set(replaced);
  result = result.replace(new RegExp(`<${p}hyperlink\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}hyperlink>)`, 'g'), (h, a: string) =>
    gone.has((attr(a, 'ref') ?? '').replace(/\$/g, '').toUpperCase()) ? '' : h,
  );
  result = result.replace(new RegExp(`<${p}hyperlinks\\b[^>]*>\\s*</${p}hyperlinks>`), '');
  return { xml: result, formula };
}
