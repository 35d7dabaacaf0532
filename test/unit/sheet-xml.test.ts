// Changing cells in a worksheet part (src/authoring/parties/sheet-xml.ts), as the merge of a
// party's answers into a workbook does it: only changed cells rewritten, styles kept, the
// used range grown, what cannot be replaced safely refused. Read back by the import's reader.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { strToU8, zipSync } from 'fflate';
import { letters, patchSheet, unpatchable, xmlText, type Edits } from '../../src/authoring/parties/sheet-xml.js';
import { readBook } from '../../src/authoring/sheets.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const edits = (cells: [number, number, string][]): Edits => {
  const out: Edits = new Map();
  for (const [row, col, text] of cells) out.set(row, (out.get(row) ?? new Map()).set(col, text));
  return out;
};
const patched = (xml: string, e: Edits) => {
  const r = patchSheet(xml, e);
  if ('error' in r) throw new Error(r.error);
  return r;
};

/** The sheet's cells as the import reads them, from a one-sheet workbook around `sheet`. */
async function cells(sheet: string): Promise<string[][]> {
  const zip = zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="standpunten" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
  const { book, problem } = await readBook('t.xlsx', zip);
  if (!book) throw new Error(problem!.message);
  return book[0].data;
}

const sheet = (data: string, before = '', after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}">${before}<sheetData>${data}</sheetData>${after}</worksheet>`;
const row1 = '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
/** A header row the reader can read without shared strings. */
const head = '<row r="1"><c r="A1" t="inlineStr"><is><t>partij</t></is></c></row>';

describe('changing cells in a worksheet part', () => {
  it('rewrites only the rows with a change; a new cell is an inline string, a replaced one keeps its style; spans go', () => {
    const rows = `${row1}<row r="2"><c r="A2" s="3" t="inlineStr"><is><t>p1</t></is></c><c r="B2" s="4"><v>7</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>p2</t></is></c></row>`;
    const { xml, formula } = patched(
      sheet(rows),
      edits([
        [2, 2, 'eens'],
        [2, 4, 'partij'],
      ]),
    );
    expect(formula).to.equal(false);
    expect(xml).to.include(row1).and.include('<row r="3"><c r="A3" t="inlineStr"><is><t>p2</t></is></c></row>');
    expect(xml).to.include(
      '<row r="2"><c r="A2" s="3" t="inlineStr"><is><t>p1</t></is></c><c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">eens</t></is></c><c r="D2" t="inlineStr"><is><t xml:space="preserve">partij</t></is></c></row>',
    );
  });

  it('adds rows in order, after the last or in a gap, and grows the used range', async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>partij</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>p4</t></is></c></row>`;
    const { xml } = patched(
      sheet(rows, '<dimension ref="A1:A4"/>'),
      edits([
        [2, 1, 'p2'],
        [6, 3, 'p6'],
      ]),
    );
    expect(xml).to.include('<dimension ref="A1:C6"/>');
    expect(await cells(xml)).to.deep.equal([
      ['partij', '', ''],
      ['p2', '', ''],
      ['', '', ''],
      ['p4', '', ''],
      ['', '', ''],
      ['', '', 'p6'],
    ]);
  });

  it("writes a new cell with the style Excel would give it: its row's when the row has one, else its column's", () => {
    const rows = `${row1}<row r="2" s="9" customFormat="1"><c r="A2" t="inlineStr"><is><t>p1</t></is></c></row>`;
    const { xml } = patched(
      sheet(rows, '<cols><col min="3" max="5" width="30" style="5" customWidth="1"/></cols>'),
      edits([
        [2, 3, 'x'],
        [3, 4, 'y'],
        [3, 7, 'z'],
      ]),
    );
    expect(xml).to.include('<c r="C2" s="9" t="inlineStr">').and.include('<c r="D3" s="5" t="inlineStr">').and.include('<c r="G3" t="inlineStr">');
    expect(xml).to.include('<cols><col min="3" max="5" width="30" style="5" customWidth="1"/></cols>');
  });

  it('empties a cell: its style stays, a cell without one goes', async () => {
    const rows = `${head}<row r="2"><c r="A2" s="2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="C2"><v>3</v></c></row>`;
    const { xml } = patched(
      sheet(rows),
      edits([
        [2, 1, ''],
        [2, 2, ''],
      ]),
    );
    expect(xml).to.include('<row r="2"><c r="A2" s="2"/><c r="C2"><v>3</v></c></row>');
    expect((await cells(xml))[1]).to.deep.equal(['', '', '3']);
  });

  it('keeps every text as written: markup characters, line breaks, a carriage return, a literal _x0041_, control characters', async () => {
    const text = 'a & b <c> "d" \'e\'\r\nf\ttab _x0041_ \u0001 \u{1F600} é';
    const { xml } = patched(sheet(head), edits([[2, 1, text]]));
    expect((await cells(xml))[1][0]).to.equal(text);
    expect(xmlText('_x0041_')).to.equal('_x005F_x0041_');
  });

  it('reads positions from cells and rows without r, writes them on the rows it changes', () => {
    const rows = '<row><c t="inlineStr"><is><t>partij</t></is></c><c t="inlineStr"><is><t>stelling</t></is></c></row><row><c t="inlineStr"><is><t>p1</t></is></c></row>';
    const { xml } = patched(sheet(rows), edits([[2, 3, 'eens']]));
    expect(xml).to.include('<row><c t="inlineStr"><is><t>partij</t></is></c><c t="inlineStr"><is><t>stelling</t></is></c></row>');
    expect(xml).to.include('<row r="2"><c r="A2" t="inlineStr"><is><t>p1</t></is></c><c r="C2" t="inlineStr">');
  });

  it('works with a namespace prefix and an empty <sheetData/>', async () => {
    const x = `<x:worksheet xmlns:x="${NS}"><x:sheetData/></x:worksheet>`;
    const { xml } = patched(x, edits([[1, 1, 'partij']]));
    expect(xml).to.equal(
      `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">partij</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    expect(await cells(xml)).to.deep.equal([['partij']]);
  });

  it('a replaced formula is reported (the calculation chain must go); a shared or array formula is refused', () => {
    const f = (attrs: string) => sheet(`${row1}<row r="2"><c r="A2"><f${attrs}>1+1</f><v>2</v></c></row>`);
    expect(patched(f(''), edits([[2, 1, 'p1']])).formula).to.equal(true);
    expect(patchSheet(f(' t="shared" ref="A2:A9" si="0"'), edits([[2, 1, 'p1']]))).to.deep.equal({ error: 'in cel A2 staat een formule die ook andere cellen gebruiken' });
    expect(patchSheet(f(' t="array" ref="A2"'), edits([[2, 1, 'p1']]))).to.have.property('error');
    expect(patched(f(' t="shared" si="0"'), edits([[2, 1, 'p1']])).formula).to.equal(true);
  });

  it('drops a hyperlink on a replaced cell (it would lead to the old address), keeps the others', () => {
    const rows = `${row1}<row r="2"><c r="E2" t="inlineStr"><is><t>https://oud.example</t></is></c><c r="F2" t="inlineStr"><is><t>https://blijft.example</t></is></c></row>`;
    const links = (l: string) => `<hyperlinks>${l}</hyperlinks>`;
    const one = '<hyperlink ref="E2" r:id="rId1"/>';
    const two = '<hyperlink ref="F2" r:id="rId2"/>';
    expect(patched(sheet(rows, '', links(one + two)), edits([[2, 5, 'https://nieuw.example']])).xml).to.include(links(two));
    expect(patched(sheet(rows, '', links(one)), edits([[2, 5, 'https://nieuw.example']])).xml).not.to.include('hyperlink');
  });

  it('refuses a part without cells or with CDATA in them', () => {
    expect(unpatchable('<worksheet/>')).to.be.a('string');
    expect(unpatchable(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>'))).to.be.a('string');
    expect(unpatchable(sheet(row1))).to.equal(undefined);
    expect([1, 26, 27, 52, 703].map(letters)).to.deep.equal(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
