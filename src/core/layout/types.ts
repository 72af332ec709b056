import type { CellValue } from '../grid';
import type { ColumnRole } from '../vocab/headers';

/** Column index (0-based, grid coordinates) for each role a table has. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** A block of the table under one header row (plans repeat the header per section, sometimes reordered). */
export interface TableBlock {
  /** Grid row of the header (-1 when the mapping came from the user with no header row). */
  headerRow: number;
  columns: ColumnMap;
}

/** A section title row ("1 | The Calderdale ... has assurance ..."). */
export interface Section {
  row: number;
  ref: string | null;
  title: string;
}

/** What one cell of an action row holds, for the roles that matter downstream. */
export interface RoleCell {
  /** Grid row and column where the text lives (the top-left of a merge, for merged cells). */
  row: number;
  col: number;
  text: string;
  value: CellValue;
  numberFormat: string | null;
  /** True when the text came from the row above (blank continuation cell) or a merge started above. */
  inherited: boolean;
}

/** One action row of the plan, as laid out on the sheet. */
export interface PlanRow {
  /** Grid row (0-based). */
  row: number;
  ref: string | null;
  section: Section | null;
  block: number;
  cells: Partial<Record<ColumnRole, RoleCell>>;
}

/** Everything the layout reader learned about a sheet. */
export interface Layout {
  /** True when a plan table was found. */
  found: boolean;
  blocks: TableBlock[];
  rows: PlanRow[];
  sections: Section[];
  headerRows: number[];
  noteRows: number[];
  /** Leftmost and rightmost table column (grid coordinates). */
  firstCol: number;
  lastCol: number;
  /** Last grid row that belongs to the table (notes included). */
  lastRow: number;
  /** Roles no block of the table has. */
  missing: ColumnRole[];
  /** Plain-language notes for the user: which headers were looked for, which columns are missing. */
  messages: string[];
}

/** A user's correction to the detected layout. Columns are 0-based grid indexes or column letters. */
export interface LayoutOverride {
  columns?: Partial<Record<ColumnRole, number | string>>;
  /** Grid row of the header (0-based); the table starts below it. */
  headerRow?: number;
}
