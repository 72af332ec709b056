/**
 * The host contract: the one small interface every host implements (the .xlsx package, Excel through office-js,
 * Google Sheets through Apps Script), in the manner of unstorage's `Driver`. A host only reads and writes; the
 * session (`src/core/session/`) decides everything, so the sequence read → set aside our own marks → assess →
 * plan → journal → write is written once.
 *
 * Three calls, each one round trip where the host is remote:
 *   1. `read`   the workbook's sheets, the plan sheet's values, the journal and the history;
 *   2. `probe`  the current formatting of the cells the session is about to judge or change;
 *   3. `write`  one batch of explicit changes, journal first.
 */
import type { CellValue, Grid } from '../grid';

/** What a host can do. The session plans only what the host can carry out, and the key says only what is true. */
export interface HostCapabilities {
  /**
   * 'file': the whole workbook is at hand (reading every sheet is cheap; there is no active sheet).
   * 'live': a workbook open in Excel or Sheets (each read is a round trip; the person is on one sheet).
   */
  kind: 'file' | 'live';
  /** Cell borders can be set and read back (the overdue and needs-a-date marks). */
  borders: boolean;
  /** Cell notes can be written and read back (the reasons, on the cell). */
  notes: boolean;
  /** Page setup can be set: orientation, fit to width, print area, title rows, header and footer. */
  printLayout: boolean;
  /** A real chart can be added to a sheet (the board dashboard). */
  charts: boolean;
  /**
   * Row heights can be set for wrapped text and read back exactly, custom or automatic (.xlsx `customHeight`).
   * Excel's API cannot tell a custom height from an automatic one (docs/host-behaviour.md §14), so the Excel host
   * leaves heights to Excel's own autofit.
   */
  rowHeights: boolean;
  /** Column widths can be set and read back. */
  columnWidths: boolean;
  /** A sheet can be made very hidden (not listed under Unhide). */
  veryHidden: boolean;
  /**
   * A link can only go on a cell holding text (Google Sheets links are rich-text runs: numbers, dates and formulas
   * cannot carry one).
   */
  linksOnTextOnly: boolean;
  /** Hyperlinks restyle the cell (Excel applies the Hyperlink style: blue, underlined). */
  linkRestyles: boolean;
}

/**
 * A sheet, named and identified. The id survives a rename within a session (Excel `Worksheet.id`, Sheets
 * `getSheetId()`); Excel's may change between sessions (docs/host-behaviour.md §9), so the session matches a
 * recorded sheet by id, then by name, then by its rows' content.
 */
export interface SheetRef {
  name: string;
  /** Stable id where the host has one; for .xlsx files, the `sheetId` attribute of workbook.xml. */
  id: string;
}

export interface SheetInfo extends SheetRef {
  visibility: 'visible' | 'hidden' | 'veryHidden';
  protected: boolean;
  /** The text shown in A1: the session recognises sheets plan-rag made (their titles) by it. */
  a1: string;
}

/** What `read` should bring back. */
export interface ReadRequest {
  /**
   * The sheets whose values the session needs: the plan sheet (by ref, or `'active'` for the sheet the person is
   * on) and others by name (a SIIP register, the journal's plan sheet). `'all'` reads every sheet (files only).
   */
  sheets: Array<SheetRef | 'active' | string> | 'all';
}

/** A sheet's values, as the core reads them. */
export interface SheetValues {
  sheet: SheetRef;
  grid: Grid;
  /** The sheet's page settings, on hosts with `printLayout` (read with the values). */
  page?: PageSettings;
  /** Column widths in characters (0-based column → width), where the host knows them, for sizing rows. */
  columnWidths?: Record<number, number>;
}

/** Everything one `read` returns. */
export interface WorkbookRead {
  /** Every sheet, in tab order. */
  sheets: SheetInfo[];
  /** The sheet the person is on, or null (files). */
  active: SheetRef | null;
  /** The grids asked for (sheets that do not exist are left out). */
  grids: SheetValues[];
  /**
   * Column A..F values of every sheet whose name is plan-rag's journal or history name (with any " (2)" suffix).
   * The session decides which of them are really ours, from their content, so a person's own sheet with one of
   * our names is never mistaken for ours.
   */
  records: Array<{ sheet: SheetRef; values: CellValue[][] }>;
}

/** Which properties to probe or set. Groups are restored together: a person's change to one leaves the others. */
export type PropGroup = 'fill' | 'font' | 'border' | 'link' | 'note' | 'numberFormat' | 'alignment';

export const PROP_GROUPS: readonly PropGroup[] = ['fill', 'font', 'border', 'link', 'note', 'numberFormat', 'alignment'];

/** One edge of a cell's border. */
export interface BorderEdge {
  style: 'thin' | 'medium' | 'thick' | 'dashed' | 'dotted' | 'double' | 'hair';
  /** RRGGBB. */
  color: string;
}

/** A cell's four edges; a missing edge is no border. */
export interface Borders {
  top?: BorderEdge | null;
  bottom?: BorderEdge | null;
  left?: BorderEdge | null;
  right?: BorderEdge | null;
}

/** A fill: a solid colour, or a pattern (kept exactly, so Clear puts a patterned fill back). */
export interface Fill {
  /** RRGGBB, upper case. */
  color: string;
  /** 'solid' unless the cell had a pattern ("gray125", "LightUp"...), in the host's own words. */
  pattern?: string;
  patternColor?: string;
}

/**
 * A cell's formatting in host-neutral terms, for the properties plan-rag changes. A property left out is not
 * read or not changed; `null` means "none" (no fill, automatic font colour, no border, no link, no note).
 */
export interface CellFormat {
  fill?: Fill | null;
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  borders?: Borders | null;
  /** An internal link ("'Sheet name'!A5"), or an external address as the host gives it. */
  link?: string | null;
  note?: string | null;
  numberFormat?: string;
  wrap?: boolean;
  verticalAlignment?: 'top' | 'center' | 'bottom' | null;
}

/** The properties of each group, as `CellFormat` keys. */
export const GROUP_PROPS: Readonly<Record<PropGroup, ReadonlyArray<keyof CellFormat>>> = {
  fill: ['fill'],
  font: ['fontColor', 'bold', 'italic', 'underline'],
  border: ['borders'],
  link: ['link'],
  note: ['note'],
  numberFormat: ['numberFormat'],
  alignment: ['wrap', 'verticalAlignment'],
};

/** What to probe: cells (A1 address → the groups to read), and row heights and column widths. */
export interface ProbeRequest {
  cells: ReadonlyMap<string, ReadonlySet<PropGroup>>;
  /** 1-based rows whose height to read. */
  rows: readonly number[];
  /** 0-based columns whose width to read. */
  cols: readonly number[];
}

/** A probed cell: the formatting of the groups asked for; `isText` where links need text (Sheets). */
export type ProbedCell = CellFormat & { isText?: boolean };

/** What `probe` found. Heights and widths are null where standard (auto-fitting). */
export interface ProbeResult {
  cells: Map<string, ProbedCell>;
  rowHeights: Map<number, number | null>;
  columnWidths: Map<number, number | null>;
}

/** Page settings plan-rag sets for printing, and puts back. */
export interface PageSettings {
  orientation?: 'portrait' | 'landscape';
  /** Paper size in the host's own code (9 = A4 in .xlsx and Excel's enum name "A4" is mapped by the host). */
  paper?: 'A4' | 'A3' | null;
  /** Fit to this many pages wide (0 or null: no fitting). Pages tall is always automatic. */
  fitToWidth?: number | null;
  /** Zoom percent when not fitting. */
  scale?: number | null;
  /** A1 range, or null for none. */
  printArea?: string | null;
  /** "$5:$5", or null for none. */
  titleRows?: string | null;
  /**
   * Page header and footer sections in Excel's header code (the language of .xlsx `oddHeader` and office-js
   * `leftHeader`: "&&" for an ampersand, "&P" the page...), passed through by hosts as they are, so a person's own
   * header comes back exactly. The session writes plan-rag's with `headerFooterCode`.
   */
  header?: { left: string; center: string; right: string } | null;
  footer?: { left: string; center: string; right: string } | null;
}

/**
 * A header or footer part in the code Excel and .xlsx files use: "&" doubled, the page placeholders as "&P" and
 * "&N", and a font size first.
 * @example headerFooterCode('L&I: page {page} of {pages}', 9) // '&9L&&I: page &P of &N'
 */
export function headerFooterCode(text: string, pt?: number | null): string {
  if (!text) return '';
  const body = text
    .replace(/&/g, '&&')
    .replace(/\{page\}/g, '&P')
    .replace(/\{pages\}/g, '&N');
  return pt ? `&${Math.round(pt)}${/^\d/.test(body) ? ' ' : ''}${body}` : body;
}

/** A sheet plan-rag adds: values (text stays text), styles, links, column widths, and optionally a chart. */
export interface NewSheet {
  name: string;
  /**
   * plan-rag's own sheet of the same name from the last Apply, rewritten in place: its id stays, so links to it stay
   * good (Google Sheets links by sheet id) and Excel's undo is kept (deleting a sheet clears it).
   */
  replaces?: SheetRef | null;
  /** Hidden sheets are plan-rag's records (the history); the journal is written through `journal`. */
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** 0-based place among the tabs for a sheet made now (the board's pages go first: they print first); default last. */
  index?: number;
  columnWidths: number[];
  rows: ReadonlyArray<ReadonlyArray<NewCell>>;
  page?: PageSettings;
  chart?: ChartSpec;
}

export interface NewCell {
  /** Strings are always written as text (never parsed into dates or numbers); numbers as numbers. */
  value: string | number | null;
  format?: CellFormat;
}

/**
 * A stacked bar chart of RAG counts (the board dashboard). The fields after `anchor` are optional: a host that
 * cannot honour one draws the chart without it.
 */
export interface ChartSpec {
  title: string;
  /** The data block on the same sheet: first row = series names, first column = categories. 1-based, inclusive. */
  data: { top: number; left: number; bottom: number; right: number };
  /** Series colours in order, RRGGBB. */
  colors: string[];
  /** Where the chart sits: top-left cell (1-based row and column) and size in points. */
  anchor: { row: number; col: number; width: number; height: number };
  /**
   * Bars run across (categories down the side: Excel "bar", Sheets BAR) rather than up (Excel "column"). Default
   * true: section names are long and read best beside horizontal bars.
   */
  horizontal?: boolean;
  /** The series stack in one bar per category (Excel `barStacked`, Sheets `isStacked`). Default true. */
  stacked?: boolean;
  /** Each bar segment shows its count, so the chart reads in black and white. Default false. */
  dataLabels?: boolean;
  /** Where the legend goes. Default 'bottom'. */
  legend?: 'bottom' | 'right' | 'top' | 'none';
}

/**
 * One batch of explicit changes, in the order a host applies them. The journal comes first, so a write that fails
 * part-way always leaves a record that covers every mark it may have made (Clear restores only cells that still
 * hold a mark, so an incomplete write clears cleanly).
 */
export interface WriteBatch {
  /** The plan sheet the cell changes apply to. */
  sheet: SheetRef;
  /**
   * The journal: its encoded rows (column A) into the journal sheet, replacing `replaces` when given; or null to
   * delete `replaces` (Clear).
   */
  journal: { rows: string[][] | null; name: string; replaces: SheetRef | null } | null;
  /**
   * Properties to set, grouped by identical formats (a host applies each group in one call where it can). Links
   * and notes are not in these formats: they differ cell to cell and come in `links` and `notes`.
   */
  formats: ReadonlyArray<{ format: CellFormat; cells: readonly string[] }>;
  /** Links to set ("'Sheet'!A5"), or null to remove a link plan-rag put there. */
  links: ReadonlyArray<{ cell: string; link: string | null; tooltip?: string }>;
  /** Notes to set in full, or null to remove the note (only on hosts with `notes`). */
  notes: ReadonlyArray<{ cell: string; note: string | null }>;
  /** Values to write into cells plan-rag owns (the key, the RAG column), or to empty (null) on Clear. */
  values: ReadonlyArray<{ cell: string; value: string | null }>;
  /** Row heights to set: a number of points, or null for the standard (auto-fitting) height. 1-based rows. */
  rowHeights: ReadonlyArray<{ row: number; height: number | null }>;
  /** Column widths (characters), or null for the standard width. 0-based columns. */
  columnWidths: ReadonlyArray<{ col: number; width: number | null }>;
  /** Page settings to set on the plan sheet (only the fields given). */
  page: PageSettings | null;
  /** Sheets to delete (ours only: the session checks). */
  deleteSheets: readonly SheetRef[];
  /** Sheets to add (names already made unique by the session). */
  addSheets: readonly NewSheet[];
  /** The status history: all its rows, into a sheet replacing `replaces`; null leaves it. */
  history: { name: string; rows: CellValue[][]; replaces: SheetRef | null } | null;
  /** Sheet to make active when done (the plan): inserting a sheet makes it active in Google Sheets. */
  activate: SheetRef | null;
}

/** What a write did, for tests and the benchmark. */
export interface WriteResult {
  /** Round trips this write took (0 for files). */
  syncs: number;
}

/**
 * The host contract. Every host implements these three calls; one contract suite (`test/contract/`) runs the
 * same cases on each.
 */
export interface PlanHost {
  /** For messages and tests ("xlsx", "Excel", "Google Sheets"). */
  readonly name: string;
  readonly capabilities: HostCapabilities;
  read(request: ReadRequest): Promise<WorkbookRead>;
  probe(sheet: SheetRef, cells: ProbeRequest): Promise<ProbeResult>;
  write(batch: WriteBatch): Promise<WriteResult>;
}

/** An empty batch for `sheet`, to fill in. */
export function emptyBatch(sheet: SheetRef): WriteBatch {
  return {
    sheet,
    journal: null,
    formats: [],
    links: [],
    notes: [],
    values: [],
    rowHeights: [],
    columnWidths: [],
    page: null,
    deleteSheets: [],
    addSheets: [],
    history: null,
    activate: null,
  };
}
