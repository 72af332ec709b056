import { isFormPlaceholder } from './vocab/placeholders';

/**
 * The grid a host hands to the core: what it read from a sheet, in one piece.
 * The core never sees office-js, Apps Script or ExcelJS objects, only this.
 */

/** A cell's value as the host read it: text as typed, numbers (dates as Excel serials), booleans, or null. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive, in grid coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet's used range. */
export interface Grid {
  /** Rows of values. Rows may be shorter than the widest row. Cells covered by a merge (but its first) are null. */
  values: CellValue[][];
  /** Number formats, same shape as `values` where known ("mmm-yy", "General"). */
  numberFormats?: (string | null | undefined)[][];
  /** Text as displayed, where the host knows it better than the value (dates, numbers). */
  text?: (string | null | undefined)[][];
  /** Merged areas. */
  merges?: CellRange[];
  /**
   * Fill colour of a cell as the person left it (`RRGGBB`, upper case), or null for no fill. Hosts read it for the
   * columns where colour carries meaning (status, RAG); other cells may be missing. The session puts back the
   * user's own fill wherever a cell still holds plan-rag's mark, so the core never mistakes its own colours for the
   * user's RAG.
   */
  fills?: (string | null | undefined)[][];
  /** Font colour (`RRGGBB`), where read, for RAG written in coloured text; null or missing for automatic. */
  fontColors?: (string | null | undefined)[][];
  /** Where `values[0][0]` sits on the sheet (0-based); defaults to A1. */
  origin?: { row: number; col: number };
}

/** A named sheet's grid. */
export interface SheetGrid {
  name: string;
  grid: Grid;
}

/**
 * The column letters for a 0-based column index.
 * @example columnLetters(0) // 'A'
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The 0-based column index of column letters.
 * @example columnIndex('AB') // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * An A1 address from 0-based sheet coordinates.
 * @example a1(4, 6) // 'G5'
 */
export function a1(row: number, col: number): string {
  let letters = LETTERS[col];
  if (letters === undefined) letters = LETTERS[col] = columnLetters(col);
  return letters + (row + 1);
}

const LETTERS: string[] = [];

/**
 * Quotes a sheet name for a formula or link when it needs quotes.
 * @example quoteSheetName('Business Plan 2014-15') // "'Business Plan 2014-15'"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Width of the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  // an indexed loop: a plan's sheet is read whole several times, and the iterator's result per row was not
  // optimised away
  const values = grid.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row && row.length > w) w = row.length;
  }
  return w;
}

/** The value at a grid position (null outside). */
export function valueAt(grid: Grid, r: number, c: number): CellValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** The number format at a grid position, if known. */
export function formatAt(grid: Grid, r: number, c: number): string | null {
  return grid.numberFormats?.[r]?.[c] ?? null;
}

/**
 * The text of a cell as a person sees it: the host's displayed text when given, else the value as text; empty for a
 * Word form's prompt nobody replaced (`isFormPlaceholder`).
 * @example cellText({ values: [[' Complete ']] }, 0, 0) // ' Complete '
 * @example cellText({ values: [['Choose an item.']] }, 0, 0) // ''
 */
export function cellText(grid: Grid, r: number, c: number): string {
  const shown = grid.text?.[r]?.[c];
  const v = typeof shown === 'string' ? shown : valueAt(grid, r, c);
  if (v === null) return '';
  // a Word form's prompt nobody replaced ("Click or tap to enter a date.") says nothing
  return typeof v === 'string' ? (isFormPlaceholder(v) ? '' : v) : String(v);
}

/**
 * Index of merged areas by their covered cells, to find a cell's merge quickly.
 * Returns a function giving the merge that covers (r, c), or undefined.
 */
export function mergeLookup(grid: Grid): (r: number, c: number) => CellRange | undefined {
  // most sheets read cell by cell have no merges: nothing to look up
  if (!grid.merges || grid.merges.length === 0) return noMerge;
  const byRow = new Map<number, CellRange[]>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return (r, c) => {
    const list = byRow.get(r);
    if (list) for (const m of list) if (c >= m.left && c <= m.right) return m;
    return undefined;
  };
}

function noMerge(): undefined {
  return undefined;
}

/**
 * Empties cells of a grid, given by their A1 addresses on the sheet (the grid's origin is taken into account).
 * Hosts use it to read a sheet as the user left it, ignoring the key cells of the last apply about to be cleared.
 * @example blankCells(grid, ['I4', 'I5'])
 */
export function blankCells(grid: Grid, addresses: readonly string[]): void {
  const origin = grid.origin ?? { row: 0, col: 0 };
  for (const address of addresses) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    const col = columnIndex(m[1]) - origin.col;
    const row = Number(m[2]) - 1 - origin.row;
    const values = grid.values[row];
    if (values && col >= 0 && col < values.length) values[col] = null;
    const text = grid.text?.[row];
    if (text && col >= 0 && col < text.length) text[col] = '';
  }
}
