import ExcelJS from 'exceljs';
import { assessWorkbook } from '../../src/core/plan/assess';
import { buildFormatPlan } from '../../src/core/plan/formatPlan';
import { applyPlan, clearPlan } from '../../src/hosts/xlsx/applyPlan';
import { readJournal } from '../../src/hosts/xlsx/journal';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { isOwnSheet } from '../../src/hosts/xlsx/workbookFile';
import { NYSCB, V12, V12_MERGED, workbookOf } from '../helpers/fixtures';
import { stylesOf, structureOf, valuesOf } from '../helpers/snapshot';

const AS_OF = '2015-01-21';

function apply(wb: ExcelJS.Workbook, options = {}) {
  clearPlan(wb);
  const sheets = readSheets(wb, isOwnSheet);
  const a = assessWorkbook(sheets, { asOf: AS_OF });
  const grid = sheets.find((s) => s.name === a.sheet)!.grid;
  const plan = buildFormatPlan(grid, a, a.sheet, a.register, options);
  return { plan, result: applyPlan(wb, plan), assessment: a };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

describe.each([
  ['v12', V12],
  ['v12 merged + SIIP register', V12_MERGED],
  ['NYSCB 2008', NYSCB],
])('apply on %s', (_name, file) => {
  test('changes no value; merges, widths and other sheets come through', async () => {
    const before = await workbookOf(file);
    const wb = await workbookOf(file);
    const { plan } = apply(wb);
    const after = await roundTrip(wb);
    const added = new Set([...plan.added.map((a) => `${plan.sheet}!${a.cell}`)]);
    const changed = Object.entries(valuesOf(after, ['plan-rag journal', 'SIIP index'])).filter(([k, v]) => {
      const was = valuesOf(before)[k];
      return JSON.stringify(was) !== JSON.stringify(v);
    });
    // the only new values are the key's, in cells that were empty
    for (const [k] of changed) {
      const [sheet, rc] = k.split('!');
      const [r, c] = rc.split(',').map(Number);
      expect(added.has(`${sheet}!${String.fromCharCode(64 + c)}${r}`)).toBe(true);
      expect(valuesOf(before)[k]).toBeUndefined();
    }
    for (const k of Object.keys(valuesOf(before))) expect(valuesOf(after)[k]).toEqual(valuesOf(before)[k]);
    const structure = structureOf(after) as Array<{ name: string }>;
    expect(structure.filter((s) => s.name !== 'plan-rag journal' && s.name !== 'SIIP index')).toEqual(structureOf(before));
  });

  test('applying twice gives the same workbook', async () => {
    const once = await workbookOf(file);
    apply(once);
    const twice = await workbookOf(file);
    apply(twice);
    apply(twice);
    const a = await roundTrip(once);
    const b = await roundTrip(twice);
    expect(valuesOf(b, [])).toEqual(valuesOf(a, []));
    a.eachSheet((ws) => expect(stylesOf(b.getWorksheet(ws.name)!)).toEqual(stylesOf(ws)));
  });

  test('clear restores every cell exactly and removes added sheets', async () => {
    const original = await roundTrip(await workbookOf(file));
    const wb = await workbookOf(file);
    apply(wb, { rowTint: true, brag: true });
    const saved = await roundTrip(wb);
    expect(readJournal(saved)).not.toBeNull();
    const result = clearPlan(saved);
    expect(result.cleared).toBe(true);
    const cleared = await roundTrip(saved);
    const names = (w: ExcelJS.Workbook) => w.worksheets.map((s) => s.name);
    expect(names(cleared)).toEqual(names(original));
    original.eachSheet((ws) => expect(stylesOf(cleared.getWorksheet(ws.name)!)).toEqual(stylesOf(ws)));
  });
});

describe('what apply adds to the v12 plan', () => {
  test('status cells filled by state, grouped by style; overdue and needs-a-date marks; reasons in notes', async () => {
    const wb = await workbookOf(V12);
    const { plan, assessment } = apply(wb);
    const group = (key: string) => plan.groups.find((g) => g.key === key)?.cells ?? [];
    expect(group('state:red')).toEqual(['G10']); // 1.6
    expect(group('state:amber')).toHaveLength(assessment.counts.amber);
    expect(group('overdue')).toContain('D10');
    expect(group('needs-date')).toEqual(['D76']); // 5.8 "Timescales to be agreed..."
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    expect((ws.getCell('G10').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(ws.getCell('D10').note)).toMatch(/overdue: due 31 Jan 2014, 355 days/);
    expect(String(ws.getCell('G7').note)).toMatch(/Amber as of 21 Jan 2015: status says "slippage"/);
  });

  test('with no register, SIIP refs link to a generated SIIP index sheet that links back', async () => {
    const wb = await workbookOf(V12);
    const { plan } = apply(wb);
    expect(plan.links).toHaveLength(11);
    const link = plan.links.find((l) => l.cell === 'B74')!; // 5.6 "LINK TO SIIP 7.1, &.1.1,"
    expect(link).toMatchObject({ sheet: 'SIIP index', tooltip: 'SIIP 7.1, 7.1.1' });
    const index = wb.getWorksheet('SIIP index')!;
    expect(index.getCell(link.target).value).toMatchObject({ text: '7.1' });
    const cell = wb.getWorksheet('Business Plan 2014-15')!.getCell('B74').value as ExcelJS.CellHyperlinkValue;
    expect(cell.text).toBe('Ofsted Preparation LINK TO SIIP 7.1, &.1.1,');
    expect(cell.hyperlink).toBe(`'SIIP index'!${link.target}`);
  });

  test('with a register, links go to the register rows', async () => {
    const wb = await workbookOf(V12_MERGED);
    const { plan } = apply(wb);
    expect(wb.getWorksheet('SIIP index')).toBeUndefined();
    expect(plan.links.find((l) => l.tooltip === 'SIIP 1.9')).toMatchObject({ sheet: 'SIIP', target: 'A5' });
  });

  test('the key goes in empty cells beside the table, with the as-of date and counts', async () => {
    const wb = await workbookOf(V12);
    const { plan } = apply(wb);
    expect(plan.added[0]).toMatchObject({ cell: 'I4', value: 'RAG key, as of 21 Jan 2015' });
    expect(plan.added.map((a) => a.value).join('\n')).toMatch(/Red \(R\): off track, or past due with no update \[1\]/);
  });

  test('the key never overwrites a cell: it moves right past text', async () => {
    const wb = await workbookOf(V12);
    wb.getWorksheet('Business Plan 2014-15')!.getCell('I5').value = 'my own note';
    const { plan } = apply(wb);
    expect(plan.added[0].cell).toBe('J4');
    expect(wb.getWorksheet('Business Plan 2014-15')!.getCell('I5').value).toBe('my own note');
  });

  test('an existing note is kept and restored', async () => {
    const wb = await workbookOf(V12);
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    ws.getCell('G10').note = 'Chased by JC';
    apply(wb);
    expect(String(ws.getCell('G10').note)).toMatch(/^Chased by JC\n\nplan-rag: Red/);
    clearPlan(wb);
    expect(ws.getCell('G10').note).toBe('Chased by JC');
  });
});

test('a rich-text cell citing the SIIP keeps its formatting runs (it gets no link)', async () => {
  const wb = await workbookOf(V12);
  const ws = wb.getWorksheet('Business Plan 2014-15')!;
  const rich = { richText: [{ text: 'Ofsted Preparation ', font: { bold: true } }, { text: 'LINK TO SIIP 7.1, &.1.1,' }] };
  ws.getCell('B74').value = rich;
  apply(wb);
  expect(ws.getCell('B74').value).toEqual(rich);
  clearPlan(wb);
  expect(ws.getCell('B74').value).toEqual(rich);
});
