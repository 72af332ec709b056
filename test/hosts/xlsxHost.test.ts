import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptyBatch } from '../../src/core/host/types';
import { apply, clear, detect } from '../../src/core/session/session';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { V12 } from '../helpers/fixtures';
import { partsOf, sheetXmlOf } from '../helpers/package';

const AS_OF = '2015-01-21';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A small plan, as ExcelJS writes it. */
function plan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['No', 'Action', 'Timescale', 'Status']);
  ws.addRow([1.1, 'Write the policy', 'March 2014', 'Ongoing']);
  ws.addRow([1.2, 'Train the staff', 'December 2015', 'Complete']);
  ws.addRow([1.3, 'Audit the files', 'TBC', '']);
  return wb;
}

test('opened and written back unchanged, a package is the same bytes', async () => {
  const bytes = await fs.readFile(V12);
  expect((await openXlsx(bytes)).toBytes().equals(bytes)).toBe(true);
});

test('a number shown with a format reads as shown: 1.1 as "0.00" is "1.10"', async () => {
  const wb = plan();
  wb.getWorksheet('Plan')!.getCell('A2').numFmt = '0.00';
  const host = await openXlsx(await bytesOf(wb));
  const read = await host.read({ sheets: ['Plan'] });
  const grid = read.grids[0].grid;
  expect(grid.values[1][0]).toBe(1.1);
  expect(grid.text?.[1]?.[0]).toBe('1.10');
  expect(grid.numberFormats?.[1]?.[0]).toBe('0.00');
});

test('a stray cell at row 1,048,576 neither blocks the plan nor builds a dense grid', async () => {
  const wb = plan();
  wb.getWorksheet('Plan')!.getCell('A1048576').value = 'stray';
  const other = wb.addWorksheet('Notes');
  other.getCell('A1').value = 'notes';
  other.getCell('XFD1048576').value = 'far away';
  const host = await openXlsx(await bytesOf(wb));
  const read = await host.read({ sheets: 'all' });
  for (const g of read.grids) expect(g.grid.values.length).toBeLessThan(10);
  const notes = read.grids.find((g) => g.sheet.name === 'Notes')!.grid;
  expect(notes.values.every((r) => r.length < 10)).toBe(true);
  const a = await apply(host, { asOf: AS_OF, sheet: 'Plan' });
  expect(a.assessment.rows).toHaveLength(3);
  // the far cell is still there, untouched
  expect(await sheetXmlOf(host.toBytes(), 'Notes')).toContain('XFD1048576');
});

test('a cell plan-rag colours keeps its number format, alignment and other borders', async () => {
  const wb = plan();
  const ws = wb.getWorksheet('Plan')!;
  const status = ws.getCell('D2');
  status.numFmt = '@';
  status.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true, indent: 1 };
  status.border = { left: { style: 'double', color: { argb: 'FF0000FF' } } };
  const host = await openXlsx(await bytesOf(wb));
  await apply(host, { asOf: AS_OF });
  const out = host.toBytes();
  const probe = await (
    await openXlsx(out)
  ).probe({ name: 'Plan', id: '1' }, { cells: new Map([['D2', new Set(['fill', 'numberFormat', 'alignment', 'border'] as const)]]), rows: [], cols: [] });
  const f = probe.cells.get('D2')!;
  expect(f.fill?.color).toMatch(/^[0-9A-F]{6}$/);
  expect(f.numberFormat).toBe('@');
  expect(f.wrap).toBe(true);
  expect(f.borders?.left).toEqual({ style: 'double', color: '0000FF' });
  const styles = (await partsOf(out)).get('xl/styles.xml')!.toString('utf8');
  const xf = Number(/<c r="D2" s="(\d+)"/.exec(await sheetXmlOf(out, 'Plan'))![1]);
  const xfs = [...styles.matchAll(/<xf [^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]).slice(-Number(/<cellXfs count="(\d+)"/.exec(styles)![1]));
  expect(xfs[xf]).toMatch(/<alignment [^>]*horizontal="center"[^>]*indent="1"|<alignment [^>]*indent="1"[^>]*horizontal="center"/);
});

test('theme colours with a tint, and patterned fills, are read as people see them', async () => {
  const wb = plan();
  const ws = wb.getWorksheet('Plan')!;
  ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: 0.3999755851924192 } as unknown as ExcelJS.Color };
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFFFFF00' } };
  ws.getCell('D4').font = { color: { theme: 1 } as ExcelJS.Color, bold: true };
  const host = await openXlsx(await bytesOf(wb));
  const groups = new Set(['fill', 'font'] as const);
  const probe = await host.probe(
    { name: 'Plan', id: '1' },
    {
      cells: new Map([
        ['D2', groups],
        ['D3', groups],
        ['D4', groups],
      ]),
      rows: [],
      cols: [],
    },
  );
  expect(probe.cells.get('D2')!.fill).toEqual({ color: 'D99694' }); // accent2 (C0504D), "Lighter 40%" as Excel shows it
  expect(probe.cells.get('D3')!.fill).toEqual({ color: 'FFFF00', pattern: 'lightUp', patternColor: 'FF0000' });
  expect(probe.cells.get('D4')).toMatchObject({ fontColor: '000000', bold: true });
});

test('sheets added before others renumber sheet-scoped names and the active tab, and back again when deleted', async () => {
  const wb = plan();
  wb.addWorksheet('Later').getCell('A1').value = 'x';
  wb.definedNames.add("'Later'!$A$1", 'LaterCell');
  const bytes = await bytesOf(wb);
  // a sheet-scoped name on the second sheet, and the second sheet active
  const zip = await JSZip.loadAsync(bytes);
  let wbXml = await zip.file('xl/workbook.xml')!.async('string');
  wbXml = wbXml
    .replace(/<definedNames>[\s\S]*<\/definedNames>/, '<definedNames><definedName name="Here" localSheetId="1">Later!$A$1</definedName></definedNames>')
    .replace(/<bookViews>[\s\S]*?<\/bookViews>/, '')
    .replace('<sheets>', '<bookViews><workbookView activeTab="1"/></bookViews><sheets>');
  zip.file('xl/workbook.xml', wbXml);
  const original = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const host = await openXlsx(original);
  await host.write({
    ...emptyBatch({ name: 'Plan', id: '1' }),
    addSheets: [{ name: 'Ours', visibility: 'visible', index: 1, columnWidths: [10], rows: [[{ value: 'Board summary: x' }]] }],
  });
  const added = (await partsOf(host.toBytes())).get('xl/workbook.xml')!.toString('utf8');
  expect(added).toMatch(/name="Plan"[^>]*\/><sheet name="Ours"[^>]*\/><sheet [^>]*name="Later"/);
  expect(added).toContain('<definedName name="Here" localSheetId="2">');
  expect(added).toMatch(/activeTab="2"/);
  const h2 = await openXlsx(host.toBytes());
  await h2.write({ ...emptyBatch({ name: 'Plan', id: '1' }), deleteSheets: [{ name: 'Ours', id: '' }] });
  expect((await partsOf(h2.toBytes())).get('xl/workbook.xml')!.toString('utf8')).toBe(wbXml);
});

test('a new sheet with a chart gets a drawing and a chart part, removed with the sheet', async () => {
  const host = await openXlsx(await bytesOf(plan()));
  await host.write({
    ...emptyBatch({ name: 'Plan', id: '1' }),
    addSheets: [
      {
        name: 'Dashboard',
        visibility: 'visible',
        columnWidths: [12, 8],
        rows: [
          [{ value: 'Board dashboard: x' }],
          [{ value: 'State' }, { value: 'Count' }],
          [{ value: 'Red' }, { value: 3 }],
          [{ value: 'Green' }, { value: 5 }],
        ],
        chart: { title: 'States', data: { top: 2, left: 1, bottom: 4, right: 2 }, colors: ['FFC7CE'], anchor: { row: 6, col: 1, width: 400, height: 200 } },
      },
    ],
  });
  const parts = await partsOf(host.toBytes());
  expect(parts.get('xl/charts/chart1.xml')!.toString()).toContain('<c:f>Dashboard!$B$3:$B$4</c:f>');
  expect(parts.has('xl/drawings/drawing1.xml')).toBe(true);
  const h2 = await openXlsx(host.toBytes());
  await h2.write({ ...emptyBatch({ name: 'Plan', id: '1' }), deleteSheets: [{ name: 'Dashboard', id: '' }] });
  const back = await partsOf(h2.toBytes());
  expect([...back.keys()].filter((k) => /chart|drawing/.test(k))).toEqual([]);
  expect(back.get('[Content_Types].xml')!.toString()).not.toMatch(/chart|drawing\+xml/);
});

test('the journal and the history sheets are hidden (not very hidden: a person can unhide and remove them, as in Excel)', async () => {
  const host = await openXlsx(await fs.readFile(V12));
  await apply(host, { asOf: AS_OF, board: true });
  const wb = (await partsOf(host.toBytes())).get('xl/workbook.xml')!.toString();
  expect(wb).toMatch(/<sheet name="plan-rag journal"[^>]*state="hidden"/);
  expect(wb).toMatch(/<sheet name="RAG history"[^>]*state="hidden"/);
  const c = await clear(await openXlsx(host.toBytes()), { all: true });
  expect(c.historyRemoved).toBe(true);
});

describe('on the v12 plan, through the session (the CLI path)', () => {
  const PLAN = 'Business Plan 2014-15';
  async function v12With(change: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(V12);
    change(wb.getWorksheet(PLAN)!);
    return bytesOf(wb);
  }
  async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb.getWorksheet(PLAN)!;
  }

  test('the key goes in empty cells beside the table (I4), with the as-of date', async () => {
    const host = await openXlsx(await v12With(() => undefined));
    await apply(host, { asOf: AS_OF });
    const ws = await sheetOf(host.toBytes());
    expect(ws.getCell('I4').value).toBe('RAG key, as of 21 Jan 2015');
  });

  test('the key never overwrites a cell: it moves right past text', async () => {
    const host = await openXlsx(await v12With((ws) => (ws.getCell('I5').value = 'my own note')));
    await apply(host, { asOf: AS_OF });
    const ws = await sheetOf(host.toBytes());
    expect(ws.getCell('I5').value).toBe('my own note');
    expect(ws.getCell('I4').value).toBeNull();
    expect(ws.getCell('J4').value).toBe('RAG key, as of 21 Jan 2015');
  });

  test("a person's note is kept beside plan-rag's reason, and is all that is left after clear", async () => {
    const host = await openXlsx(await v12With((ws) => (ws.getCell('G10').note = 'Chased by JC')));
    await apply(host, { asOf: AS_OF });
    const note = (await sheetOf(host.toBytes())).getCell('G10').note;
    expect(String(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join(''))).toMatch(/^Chased by JC\n\nplan-rag: Red/);
    await clear(host);
    const back = (await sheetOf(host.toBytes())).getCell('G10').note;
    expect(typeof back === 'string' ? back : back?.texts?.map((t) => t.text).join('')).toBe('Chased by JC');
  });

  test('a rich-text cell citing the SIIP keeps its formatting runs through apply and clear', async () => {
    const rich = { richText: [{ text: 'Ofsted Preparation ', font: { bold: true } }, { text: 'LINK TO SIIP 7.1, &.1.1,' }] };
    const host = await openXlsx(await v12With((ws) => (ws.getCell('B74').value = rich)));
    await apply(host, { asOf: AS_OF });
    const runs = (c: ExcelJS.Cell) => (c.value as ExcelJS.CellRichTextValue).richText.map((r) => [r.text, !!r.font?.bold]);
    expect(runs((await sheetOf(host.toBytes())).getCell('B74'))).toEqual([
      ['Ofsted Preparation ', true],
      ['LINK TO SIIP 7.1, &.1.1,', false],
    ]);
    await clear(host);
    expect(runs((await sheetOf(host.toBytes())).getCell('B74'))).toEqual([
      ['Ofsted Preparation ', true],
      ['LINK TO SIIP 7.1, &.1.1,', false],
    ]);
  });
});

test('the dashboard chart part: stacked bars with value labels that leave empty segments blank (format 0;;;)', async () => {
  const host = await openXlsx(await fs.readFile(V12));
  await apply(host, { asOf: AS_OF, board: true });
  const charts = [...(await partsOf(host.toBytes())).entries()].filter(([k]) => /^xl\/charts\/chart\d+\.xml$/.test(k));
  expect(charts).toHaveLength(1);
  const xml = charts[0][1].toString();
  expect(xml).toContain('<c:grouping val="stacked"/>');
  expect(xml).toMatch(/<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"\/>.*<c:showVal val="1"\/>/);
});

test('a workbook with a plan per sheet: the largest is read, the others are named, and none is taken for the SIIP register', async () => {
  const wb = new ExcelJS.Workbook();
  for (const [name, n] of [
    ['Priority 1', 3],
    ['Priority 2', 4],
  ] as const) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['Ref', 'Action', 'Lead', 'Timescale', 'Status']);
    for (let i = 1; i <= n; i++) ws.addRow([`${name.slice(-1)}.${i}`, `Do thing ${i}`, 'Board', 'March 2016', 'Delayed']);
  }
  const d = await detect(await openXlsx(await bytesOf(wb)), { asOf: '2016-06-01' });
  expect(d.assessment.sheet).toBe('Priority 2');
  expect(d.assessment.register).toBeNull();
  expect(d.assessment.messages).toContain(
    'Sheet "Priority 1" also holds a plan table (3 actions); "Priority 2" has the most actions and is the one read. To read "Priority 1", choose it as the plan sheet.',
  );
});

describe('a batch written is applied when the package is next read or written out', () => {
  // write() only takes the batch (the session's assessment can then be let go before the sheet is patched); every
  // way of looking at the package sees it applied, in the order written
  const batch = (value: string, fill: string) => ({
    ...emptyBatch({ name: 'Plan', id: '1' }),
    values: [{ cell: 'E2', value }],
    formats: [{ format: { fill: { color: fill } }, cells: ['D2'] }],
  });
  test('read sees the values written', async () => {
    const host = await openXlsx(await bytesOf(plan()));
    await host.write(batch('first', 'FF0000'));
    const read = await host.read({ sheets: ['Plan'] });
    expect(read.grids[0].grid.values[1][4]).toBe('first');
  });
  test('probe sees the formats written', async () => {
    const host = await openXlsx(await bytesOf(plan()));
    await host.write(batch('first', 'FF0000'));
    const probe = await host.probe({ name: 'Plan', id: '1' }, { cells: new Map([['D2', new Set(['fill'] as const)]]), rows: [], cols: [] });
    expect(probe.cells.get('D2')?.fill?.color).toBe('FF0000');
  });
  test('two batches are applied in order, and toBytes and toBytesAsync give the same file', async () => {
    const host = await openXlsx(await bytesOf(plan()));
    await host.write(batch('first', 'FF0000'));
    await host.write(batch('second', '00B050'));
    expect(host.values()['Plan!E2']).toBe('second');
    const other = await openXlsx(await bytesOf(plan()));
    await other.write(batch('first', 'FF0000'));
    await other.write(batch('second', '00B050'));
    expect((await other.toBytesAsync()).equals(host.toBytes())).toBe(true);
    const reopened = await openXlsx(host.toBytes());
    const probe = await reopened.probe({ name: 'Plan', id: '1' }, { cells: new Map([['D2', new Set(['fill'] as const)]]), rows: [], cols: [] });
    expect(probe.cells.get('D2')?.fill?.color).toBe('00B050');
  });
});
