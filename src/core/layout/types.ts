import type { CellValue } from '../grid';
import type { IsoDate } from '../calendarDate';
import type { ColumnRole, ExtraRole } from '../vocab/headers';

/** Column index (0-based, grid coordinates) for each role a table has. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** One of a series of update columns ("Update Jun 2015", "Q3 update"), in period order. */
export interface UpdateColumn {
  col: number;
  /** The header as written. */
  header: string;
  /** The period the header names, when it names a date ("Update Jun 2015" → 2015-06-30), else null. */
  period: IsoDate | null;
}

/** A block of the table under one header row (plans repeat the header per section, sometimes reordered). */
export interface TableBlock {
  /** Grid row of the header (-1 when the mapping came from the user with no header row). */
  headerRow: number;
  columns: ColumnMap;
  /** Columns of the extra roles: a revised date, a percentage complete, the date done. */
  extra?: Partial<Record<ExtraRole, number>>;
  /**
   * Status columns, one per period, oldest first, when the table keeps several ("Update Jun 2015", "Update Sep
   * 2015"). `columns.status` is then the newest; each row reads the newest it has filled in.
   */
  updates?: UpdateColumn[];
  /** RAG columns, one per period, oldest first, when the table keeps several. */
  ragUpdates?: UpdateColumn[];
  /**
   * True when those RAG columns hold a dashboard's figure for each period ("86%" under "Q2"), rated by the colour the
   * cell is filled with: each row's RAG is the newest coloured one, read by its colour alone.
   */
  ragFigures?: boolean;
  /** Other status-like columns ("Comments" beside "Progress"): read when the row's status cell is empty. */
  otherStatus?: number[];
  /**
   * True when the outcome column says where each action stands rather than what it is for ("Achieved", "Ongoing",
   * "Delayed – to be re-advertised" under "Outcome"): read after the status, as commentary.
   */
  outcomeIsProgress?: boolean;
  /** Lead columns beside `columns.lead` ("Lead officer | Lead agency", or "Lead" over "Officer | Agency"). */
  otherLeads?: number[];
  /** Header text of each column, by grid column. */
  headers?: Record<number, string>;
  /**
   * A timeline where the table has no timescale column: the period columns an action is marked under ("X" under "Q1 |
   * Q2 | Q3 | Q4", below "2017/18"), in the sheet's order, each with the period it names ("Q3 2017/18"). A row is due
   * at the end of the last period it is marked under.
   */
  timeline?: Array<{ col: number; period: string }>;
  /**
   * The column numbering the recommendations where the actions' own refs are in another ("No. | Recommendation | Ref
   * | Action", "Rec No. | Recommendation | Sub recommendation/"): a row with no ref of its own is keyed by it.
   */
  parentRef?: number;
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
  /** The cell's fill as the person left it (`RRGGBB`), read for status and RAG cells; null for none. */
  fill?: string | null;
  /** The cell's font colour (`RRGGBB`), read for status and RAG cells; null for automatic. */
  fontColor?: string | null;
}

/** One filled-in period update of a row ("Update Sep 2015: Complete"). */
export interface RowUpdate {
  /** The column's header ("Update Sep 2015"). */
  header: string;
  /** The period the header names, if any. */
  period: IsoDate | null;
  cell: RoleCell;
}

/** One action row of the plan, as laid out on the sheet. */
export interface PlanRow {
  /** Grid row (0-based). */
  row: number;
  ref: string | null;
  section: Section | null;
  block: number;
  cells: Partial<Record<ColumnRole, RoleCell>>;
  /** Cells of the extra roles (revised date, percentage complete, date done), where the table has them. */
  extra?: Partial<Record<ExtraRole, RoleCell>>;
  /**
   * Where the table keeps one update column per period: every update this row has, oldest first. The last is the
   * current status (`cells.status`); the earlier ones are history, for "what changed".
   */
  updates?: RowUpdate[];
  /** The header of the column the current status was read from, when it was not the table's one status column. */
  statusFrom?: string | null;
  /**
   * The header of the latest update column when it only said nothing had changed ("No change"), and the status was
   * read from the one before it (`statusFrom`).
   */
  unchangedIn?: string | null;
  /** The header of the column the RAG was read from, when the table keeps one RAG column per period ("Q3"). */
  ragFrom?: string | null;
  /**
   * Commentary beside a short status ("In progress" in a Status drop-down, "Delayed by the upgrade" in a
   * "Management update" column): read with the status.
   */
  commentary?: RoleCell;
  /** The row's cells in the other lead columns (`TableBlock.otherLeads`) that name someone. */
  otherLeads?: RoleCell[];
}

/** Everything the layout reader learned about a sheet. */
export interface Layout {
  /** True when a plan table was found. */
  found: boolean;
  /**
   * True when the table was read from a header naming only two roles ("Action | Update"), as no row on the sheet
   * names three: a workbook's sheet with a wider table is preferred as the plan.
   */
  narrow?: boolean;
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
  /** Plain-language notes for the user: which headers were looked for when no table was found. */
  messages: string[];
  /**
   * Actions whose status is the progress written on the rows under them, in a table with no status column ("What we
   * did over the last year", then the words).
   */
  progressRows?: number;
  /** Rows that are not actions although they sit in the table: a table's totals row. */
  totalRows?: number[];
}

/** A user's correction to the detected layout. Columns are 0-based grid indexes or column letters. */
export interface LayoutOverride {
  columns?: Partial<Record<ColumnRole, number | string>>;
  /** Grid row of the header (0-based); the table starts below it. */
  headerRow?: number;
}
