import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { assessWorkbook } from '../../src/core/plan/assess';
import { buildFormatPlan } from '../../src/core/plan/formatPlan';
import { applyPlan, clearPlan } from '../../src/hosts/xlsx/applyPlan';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { isOwnSheet } from '../../src/hosts/xlsx/workbookFile';
import { stylesOf, valuesOf } from '../helpers/snapshot';

const phrases = ['Complete', 'Timescale slipped', '', 'See above', 'Dec 14', 'Bi monthly', 'TBC', 'LINK TO SIIP 2.1 & 2.2', 'Red', 'On track'];
const textCell = fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 30 }));
const row = fc.tuple(fc.string({ maxLength: 5 }), textCell, textCell, fc.oneof(textCell, fc.integer({ min: 40000, max: 46000 })), textCell);

function build(rows: Array<[string, string, string, string | number, string]>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['No', 'Objective', 'Action', 'Timescale', 'Status']);
  for (const r of rows) {
    const added = ws.addRow(r);
    if (typeof r[3] === 'number') added.getCell(4).numFmt = 'mmm-yy';
  }
  return wb;
}

function apply(wb: ExcelJS.Workbook, asOf: string) {
  clearPlan(wb);
  const sheets = readSheets(wb, isOwnSheet);
  const a = assessWorkbook(sheets, { asOf });
  if (!a.layout.found) return null;
  const plan = buildFormatPlan(sheets[0].grid, a, a.sheet, a.register, { rowTint: true });
  applyPlan(wb, plan);
  return plan;
}

describe('apply, on any plan', () => {
  test('never changes a value, is idempotent, and clear restores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const wb = build(rows);
        const before = valuesOf(wb);
        const stylesBefore = stylesOf(wb.getWorksheet('Plan')!);
        const plan = apply(wb, '2015-01-21');
        if (!plan) return;
        const after = valuesOf(wb, ['plan-rag journal', 'SIIP index']);
        for (const [k, v] of Object.entries(before)) expect(after[k]).toEqual(v);
        const firstStyles = stylesOf(wb.getWorksheet('Plan')!);
        apply(wb, '2015-01-21');
        expect(stylesOf(wb.getWorksheet('Plan')!)).toEqual(firstStyles);
        clearPlan(wb);
        expect(valuesOf(wb)).toEqual(before);
        expect(stylesOf(wb.getWorksheet('Plan')!)).toEqual(stylesBefore);
      }),
      { numRuns: 60 },
    );
  });
});
