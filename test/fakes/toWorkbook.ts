/**
 * The Excel fake's workbook as an .xlsx file (through ExcelJS, test code only), so a workbook the Excel add-in
 * applied can be handed to the CLI, as a person would save it from Excel and open it elsewhere.
 */
import ExcelJS from 'exceljs';
import type { FakeWorkbookState } from './fakeExcel';

const argb = (c: string) => `FF${c.replace('#', '').toUpperCase()}`;

export async function workbookBytesFromFake(state: FakeWorkbookState): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of state.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible' });
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(',').map(Number);
      const cell = ws.getCell(r + 1, col + 1);
      if (c.hyperlink?.documentReference)
        cell.value = { text: String(c.value), hyperlink: `#${c.hyperlink.documentReference}`, tooltip: c.hyperlink.screenTip } as ExcelJS.CellHyperlinkValue;
      else if (c.hyperlink?.address) cell.value = { text: String(c.value), hyperlink: c.hyperlink.address } as ExcelJS.CellHyperlinkValue;
      else if (c.value !== '') cell.value = c.value;
      if (c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
      if (c.fill)
        cell.fill = {
          type: 'pattern',
          pattern: c.fill.pattern === 'Solid' ? 'solid' : ((c.fill.pattern.charAt(0).toLowerCase() + c.fill.pattern.slice(1)) as ExcelJS.FillPatterns),
          fgColor: { argb: argb(c.fill.color) },
        };
      const font: Partial<ExcelJS.Font> = {};
      if (c.font.color) font.color = { argb: argb(c.font.color) };
      if (c.font.bold) font.bold = true;
      if (c.font.italic) font.italic = true;
      if (c.font.underline !== 'None') font.underline = true;
      if (Object.keys(font).length > 0) cell.font = font;
      const border: Partial<ExcelJS.Borders> = {};
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const b = c.borders[side];
        if (b)
          border[side] = {
            style:
              b.style === 'Dot'
                ? 'dotted'
                : b.style === 'Dash'
                  ? 'dashed'
                  : b.style === 'Double'
                    ? 'double'
                    : b.weight === 'Medium'
                      ? 'medium'
                      : b.weight === 'Thick'
                        ? 'thick'
                        : 'thin',
            color: { argb: argb(b.color) },
          };
      }
      if (Object.keys(border).length > 0) cell.border = border;
      if (c.wrapText || c.verticalAlignment !== 'Bottom')
        cell.alignment = { wrapText: c.wrapText, vertical: c.verticalAlignment === 'Top' ? 'top' : c.verticalAlignment === 'Center' ? 'middle' : 'bottom' };
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [col, w] of s.colWidths) ws.getColumn(col + 1).width = Math.round((w / 7) * 10) / 10;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
