import type ExcelJS from 'exceljs';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { FakeWorkbookState, fakeWorkbookFrom } from './fakeExcel';

/** Loads an ExcelJS workbook into the Excel fake: values, number formats, merges, and the fills, fonts and borders. */
export function fakeFromWorkbook(wb: ExcelJS.Workbook): FakeWorkbookState {
  const sheets = readSheets(wb);
  const state = fakeWorkbookFrom(sheets.map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })));
  for (const s of state.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const cell = state.cell(s, r - 1, col - 1);
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (fill?.pattern === 'solid' && fill.fgColor?.argb) cell.fill = `#${fill.fgColor.argb.slice(2).toUpperCase()}`;
        if (c.font?.bold) cell.bold = true;
        if (c.font?.italic) cell.italic = true;
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const b = c.border?.[side];
          if (b?.style) cell.borders[side] = { style: 'Continuous', color: `#${(b.color?.argb ?? 'FF000000').slice(2).toUpperCase()}`, weight: 'Thin' };
        }
      }),
    );
  }
  return state;
}
