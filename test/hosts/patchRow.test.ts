/**
 * Patching a row's cells (sheet.ts `patchSheetPieces`): a cell is found by its address in its own start tag, and
 * only that cell's text changes. Rows whose shape the quick search cannot trust (no addresses, text that looks like
 * an address, a prefix, a cell left bare, a new cell) are read in full; every case gives the row a person would
 * expect, byte for byte.
 */
import { patchSheetPieces, SheetDoc, type SheetEdits } from '../../src/hosts/xlsx/sheet';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string, root = `<worksheet ${NS}>`, close = '</worksheet>') => `${root}<sheetData>${rows}</sheetData>${close}`;
const edits = (cells: Record<string, { style?: number; value?: string | null }>): SheetEdits => ({
  cells: new Map(
    Object.entries(cells).map(([a, e]) => [
      a,
      { ...(e.style !== undefined ? { style: () => e.style! } : {}), ...(e.value !== undefined ? { value: e.value } : {}) },
    ]),
  ),
  rowHeights: new Map(),
  colWidths: new Map(),
  links: new Map(),
  elements: new Map(),
});
const patched = (xml: string, e: SheetEdits) => patchSheetPieces(new SheetDoc(xml, 'xl/worksheets/sheet1.xml'), e).join('');

test.each([
  [
    'a styled cell with its address: only its s changes',
    sheet('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" t="s"><v>0</v></c></row>'),
    { B2: { style: 5 } },
    sheet('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" t="s" s="5"><v>0</v></c></row>'),
  ],
  [
    'text before the cell that reads like its address is not taken for it',
    sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>see r="B2" here</t></is></c><c r="B2"><v>2</v></c></row>'),
    { B2: { style: 3 } },
    sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>see r="B2" here</t></is></c><c r="B2" s="3"><v>2</v></c></row>'),
  ],
  [
    'cells without addresses: found by their place',
    sheet('<row r="3"><c s="1"><v>1</v></c><c><v>2</v></c></row>'),
    { B3: { style: 4 } },
    sheet('<row r="3"><c s="1"><v>1</v></c><c s="4"><v>2</v></c></row>'),
  ],
  [
    'a prefixed namespace',
    sheet('<x:row r="2"><x:c r="B2" s="1"/></x:row>', `<x:worksheet ${NS.replace('xmlns=', 'xmlns:x=')}>`, '</x:worksheet>').replace(
      /<sheetData>|<\/sheetData>/g,
      (m) => m.replace('sheetData', 'x:sheetData'),
    ),
    { B2: { style: 2 } },
    sheet('<x:row r="2"><x:c r="B2" s="2"/></x:row>', `<x:worksheet ${NS.replace('xmlns=', 'xmlns:x=')}>`, '</x:worksheet>').replace(
      /<sheetData>|<\/sheetData>/g,
      (m) => m.replace('sheetData', 'x:sheetData'),
    ),
  ],
  [
    'attributes split by a tab and a new line',
    sheet('<row r="2"><c\tr="B2"\ns="1"><v>7</v></c></row>'),
    { B2: { style: 6 } },
    sheet('<row r="2"><c\tr="B2"\ns="6"><v>7</v></c></row>'),
  ],
  [
    'a cell left with nothing (its format back to none) goes',
    sheet('<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="3"/></row>'),
    { B2: { style: 0 } },
    sheet('<row r="2"><c r="A2"><v>1</v></c></row>'),
  ],
  [
    'a cell not there is added in its place',
    sheet('<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>'),
    { B2: { style: 2 } },
    sheet('<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="2"/><c r="C2"><v>3</v></c></row>'),
  ],
  [
    'a value written into a cell plan-rag owns',
    sheet('<row r="2"><c r="A2"><v>1</v></c><c r="H2" s="2"/></row>'),
    { H2: { value: 'Red' } },
    sheet('<row r="2"><c r="A2"><v>1</v></c><c r="H2" s="2" t="inlineStr"><is><t>Red</t></is></c></row>'),
  ],
  [
    'two cells of one row, given out of column order',
    sheet('<row r="2"><c r="A2" s="1"/><c r="B2" s="1"/><c r="C2"><v>1</v></c></row>'),
    { C2: { style: 9 }, A2: { style: 8 } },
    sheet('<row r="2"><c r="A2" s="8"/><c r="B2" s="1"/><c r="C2" s="9"><v>1</v></c></row>'),
  ],
])('%s', (_why, xml, cells, expected) => {
  expect(patched(xml, edits(cells))).toBe(expected);
});
