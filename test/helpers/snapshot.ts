import type ExcelJS from 'exceljs';
import { JOURNAL_SHEET } from '../../src/core/host/journal';
import { HISTORY_HEADER, HISTORY_SHEET_NAME, parseHistory, type SnapshotRow } from '../../src/core/host/history';

/** Every cell's text value on every sheet (hyperlinks read as their text), for "no value changed" checks. */
export function valuesOf(wb: ExcelJS.Workbook, skip: string[] = [JOURNAL_SHEET]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    if (skip.includes(ws.name)) return;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        let v: unknown = cell.value;
        if (v && typeof v === 'object' && 'hyperlink' in (v as object)) v = (v as { text: unknown }).text;
        if (v instanceof Date) v = v.toISOString();
        if (v === '' || v === null || v === undefined) return;
        out[`${ws.name}!${r},${c}`] = JSON.parse(JSON.stringify(v));
      });
    });
  });
  return out;
}

/** Every cell's style and note on one sheet, for "clear restores" checks. */
export function stylesOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const rowStyle = JSON.stringify((row as unknown as { style?: unknown }).style ?? {});
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const style = JSON.stringify(cell.style ?? {});
      // an empty cell styled as its row is the same as no cell at all (Excel shows the row's style)
      if ((cell.value === null || cell.value === undefined) && !cell.note && (style === rowStyle || style === '{}')) return;
      out[`${r},${c}`] = JSON.parse(JSON.stringify({ style: cell.style ?? {}, note: cell.note ?? null, value: cell.value ?? null }));
    });
  });
  return out;
}

/** Sheet names, merges and column widths: the structure that must come through an apply. */
export function structureOf(wb: ExcelJS.Workbook): unknown {
  const sheets: unknown[] = [];
  wb.eachSheet((ws) => {
    sheets.push({
      name: ws.name,
      merges: [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort(),
      widths: trimNulls((ws.columns ?? []).map((c) => c.width ?? null)),
    });
  });
  return sheets;
}

function trimNulls<T>(list: (T | null)[]): (T | null)[] {
  const out = [...list];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The status history a workbook holds (its first five columns), as the session reads it. */
export function historyOf(wb: ExcelJS.Workbook): SnapshotRow[] {
  const ws = wb.getWorksheet(HISTORY_SHEET_NAME);
  if (!ws) return [];
  const values: unknown[][] = [];
  ws.eachRow((row) => values.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value)));
  return parseHistory([HISTORY_HEADER, ...values.slice(1)]);
}
