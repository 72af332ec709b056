/**
 * The baseline: the same apply done the naive way, as add-ins often start out: read each row with its own
 * load and sync, then set each cell's format with its own calls and a sync per row.
 */
import { assessGrid } from '../src/core/plan/assess';
import { buildFormatPlan } from '../src/core/plan/formatPlan';
import type { CellValue } from '../src/core/grid';
import type { FakeContext } from '../test/fakes/fakeExcel';

export async function naiveApply(ctx: FakeContext, rows: number, cols: number, asOf: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  const values: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const range = ws.getRange(`A${r}:${String.fromCharCode(64 + cols)}${r}`);
    range.load('values,numberFormat');
    await ctx.sync();
    values.push(range.values[0] as CellValue[]);
  }
  const grid = { values };
  const a = assessGrid(grid, { asOf });
  const plan = buildFormatPlan(grid, a, 'Plan', null, { key: false, links: false });
  const byRow = new Map<string, Array<{ cell: string; fill?: string; font?: string; bold?: boolean }>>();
  for (const g of plan.groups) {
    for (const cell of g.cells) {
      const row = /\d+$/.exec(cell)![0];
      const list = byRow.get(row) ?? [];
      list.push({ cell, fill: g.style.fill, font: g.style.fontColor, bold: g.style.bold });
      byRow.set(row, list);
    }
  }
  for (const list of byRow.values()) {
    for (const e of list) {
      const range = ws.getRange(e.cell);
      if (e.fill) range.format.fill.color = `#${e.fill}`;
      if (e.font) range.format.font.color = `#${e.font}`;
      if (e.bold) range.format.font.bold = true;
    }
    await ctx.sync();
  }
}
