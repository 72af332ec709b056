// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import type ExcelJS from 'exceljs';
import { isoToExcelSerial } from '../../core/calendarDate';
import type { CellRange, CellValue, Grid, SheetGrid } from '../../core/grid';
import { isMonthOnlyFormat } from '../../core/timescale/readTimescaleCell';

/** Cells beyond this many are not read: a clear message is given instead of running out of memory. */
export const MAX_CELLS = 5_000_000;

/**
 * Reads an ExcelJS worksheet into the core's grid: values (dates as Excel serials), number formats, the text a
 * person sees for dates, and merged areas. Cells inside a merge (but its first) are null, as in Excel.
 */
export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  if (rowCount * colCount > MAX_CELLS) {
    throw new Error(`the sheet "${ws.name}" has ${rowCount} rows × ${colCount} columns, more than ${MAX_CELLS} cells`);
  }
  const merges = readMerges(ws);
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const text: (string | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const tRow: (string | null)[] = [];
    for (let c = 1; c <= colCount; c++) {
      if (covered.has(`${r - 1},${c - 1}`)) {
        vRow.push(null);
        fRow.push(null);
        tRow.push(null);
        continue;
      }
      const cell = row.findCell(c);
      if (!cell) {
        vRow.push(null);
        fRow.push(null);
        tRow.push(null);
        continue;
      }
      const { value, shown } = readValue(cell.value, cell.numFmt);
      vRow.push(value);
      fRow.push(cell.numFmt ?? null);
      tRow.push(shown);
    }
    values.push(vRow);
    numberFormats.push(fRow);
    text.push(tRow);
  }
  return { values, numberFormats, text, merges };
}

/** Reads every worksheet of a workbook. */
export function readSheets(wb: ExcelJS.Workbook, skip: (name: string) => boolean = () => false): SheetGrid[] {
  const out: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (!skip(ws.name)) out.push({ name: ws.name, grid: readGrid(ws) });
  });
  return out;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const list: string[] = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[];
  const out: CellRange[] = [];
  for (const ref of list) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    out.push({ top: Number(m[2]) - 1, left: colIndex(m[1]), bottom: Number(m[4]) - 1, right: colIndex(m[3]) });
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Turns an ExcelJS value into a grid value and the text a person sees (where it differs). */
export function readValue(v: ExcelJS.CellValue, numFmt?: string): { value: CellValue; shown: string | null } {
  if (v === null || v === undefined) return { value: null, shown: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v, shown: null };
  if (typeof v === 'number') return { value: v, shown: null };
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    const serial = isoToExcelSerial(iso);
    const monthOnly = isMonthOnlyFormat(numFmt ?? 'dd/mm/yyyy');
    const [y, m, d] = iso.split('-');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return { value: serial, shown: monthOnly ? `${months[Number(m) - 1]} ${y}` : `${d}/${m}/${y}` };
  }
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join(''), shown: null };
    if ('text' in o && 'hyperlink' in o) {
      const t = o.text as unknown;
      if (typeof t === 'string') return { value: t, shown: null };
      return readValue(t as ExcelJS.CellValue, numFmt);
    }
    if ('result' in o) return readValue(o.result as ExcelJS.CellValue, numFmt);
    if ('formula' in o || 'sharedFormula' in o) return { value: null, shown: null };
    if ('error' in o) return { value: String(o.error), shown: null };
  }
  return { value: String(v), shown: null };
}
