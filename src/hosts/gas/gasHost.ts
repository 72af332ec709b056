/// <reference types="google-apps-script" />
/**
 * The Google Sheets host: the host contract (`PlanHost`) over Apps Script's SpreadsheetApp. Calls are batched by
 * range: one read of each sheet's data range, formats through one `RangeList` call per format group, links and
 * notes per column span. How Sheets really behaves, and where that is written down, is in docs/host-behaviour.md
 * (section numbers below refer to it).
 */
import { isoToExcelSerial } from '../../core/calendarDate';
import { rangeAddresses } from '../../core/addresses';
import { columnIndex, columnLetters, type CellRange, type CellValue, type Grid } from '../../core/grid';
import { isRecordName } from '../../core/host/ownSheets';
import { sheetFormats } from '../../core/host/sheetFormats';
import type {
  CellFormat,
  HostCapabilities,
  NewSheet,
  ProbeRequest,
  ProbeResult,
  ProbedCell,
  PropGroup,
  ReadRequest,
  SheetInfo,
  SheetRef,
  WorkbookRead,
  WriteBatch,
  WriteResult,
} from '../../core/host/types';
import type { SyncPlanHost } from '../../core/session/steps';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichText = GoogleAppsScript.Spreadsheet.RichTextValue;

/** The Apps Script services the host needs besides SpreadsheetApp (passed in, so tests can stand in for them). */
export interface GasServices {
  /** `Utilities.formatDate`: dates are formatted in the spreadsheet's time zone, not the script's (§22). */
  formatDate(date: Date, timeZone: string, format: string): string;
  /** `Charts.ChartType.BAR`, for the board dashboard's chart. */
  barChartType?: GoogleAppsScript.Charts.ChartType;
}

export const GAS_CAPABILITIES: HostCapabilities = {
  kind: 'live',
  // Apps Script can set borders but has no way to read them back, so they could not be restored: none are drawn.
  borders: false,
  notes: true,
  printLayout: false,
  charts: true,
  rowHeights: false,
  columnWidths: true,
  veryHidden: false,
  // A link is a rich-text run: numbers, dates and formulas have no rich text and cannot carry one (§21).
  linksOnTextOnly: true,
  linkRestyles: false,
};

const PIXELS_PER_CHAR = 7;
/** A new sheet's size (§20): writes beyond it throw, so sheets are grown first. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;

export class GasHost implements SyncPlanHost {
  readonly name = 'Google Sheets';
  readonly capabilities = GAS_CAPABILITIES;
  constructor(
    private readonly app: App,
    private readonly services: GasServices,
  ) {}

  private cached: Spreadsheet | null = null;
  private get ss(): Spreadsheet {
    return (this.cached ??= this.app.getActiveSpreadsheet());
  }
  /** Sheet name → id, for links, fetched once a write. */
  private ids: Map<string, number> | null = null;
  private idOf(name: string): number | undefined {
    this.ids ??= new Map(this.ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
    return this.ids.get(name);
  }

  read(request: ReadRequest): WorkbookRead {
    const ss = this.ss;
    const tz = ss.getSpreadsheetTimeZone();
    const all = ss.getSheets();
    const active = ss.getActiveSheet();
    const activeName = active.getName();
    const names =
      request.sheets === 'all' ? all.map((s) => s.getName()) : request.sheets.map((s) => (s === 'active' ? activeName : typeof s === 'string' ? s : s.name));
    const sheets: SheetInfo[] = all.map((s) => ({
      name: s.getName(),
      id: String(s.getSheetId()),
      visibility: s.isSheetHidden() ? 'hidden' : 'visible',
      protected: s.getProtections(SpreadsheetAppProtectionSheet(this.app)).length > 0,
      a1: s.getRange(1, 1).getDisplayValue(),
    }));
    const grids = all
      .filter((s) => names.some((n) => n.toLowerCase() === s.getName().toLowerCase()))
      .map((s) => ({ sheet: { name: s.getName(), id: String(s.getSheetId()) }, grid: this.grid(s, tz), columnWidths: {} as Record<number, number> }));
    const records = all
      .filter((s) => isRecordName(s.getName()))
      .map((s) => {
        const values = s.getDataRange().getValues();
        return { sheet: { name: s.getName(), id: String(s.getSheetId()) }, values: values.map((r) => r.slice(0, 6).map((v) => this.value(v, tz))) };
      });
    return { sheets, active: { name: activeName, id: String(active.getSheetId()) }, grids, records };
  }

  private value(v: unknown, tz: string): CellValue {
    if (v === '' || v === null || v === undefined) return null;
    // §22: a date comes back at midnight in the spreadsheet's time zone; read its calendar day there, not the script's
    if (v instanceof Date) return isoToExcelSerial(this.services.formatDate(v, tz, 'yyyy-MM-dd'));
    return v as CellValue;
  }

  private grid(sheet: Sheet, tz: string): Grid {
    const range = sheet.getDataRange();
    const values = range.getValues();
    if (values.length === 0 || (values.length === 1 && values[0].every((v) => v === ''))) return { values: [] };
    const merges: CellRange[] = range
      .getMergedRanges()
      .map((m) => ({ top: m.getRow() - 1, left: m.getColumn() - 1, bottom: m.getLastRow() - 1, right: m.getLastColumn() - 1 }));
    return { values: values.map((row) => row.map((v) => this.value(v, tz))), text: range.getDisplayValues(), numberFormats: range.getNumberFormats(), merges };
  }

  probe(ref: SheetRef, request: ProbeRequest): ProbeResult {
    const sheet = this.sheetOf(ref);
    const out: ProbeResult = { cells: new Map(), rowHeights: new Map(), columnWidths: new Map() };
    for (const [col, rows, groups] of columnRuns(request.cells)) {
      const first = rows[0];
      const count = rows[rows.length - 1] - first + 1;
      const range = sheet.getRange(first, col + 1, count, 1);
      const column = <T>(g: T[][]) => g.map((r) => r[0]);
      const backgrounds = groups.has('fill') ? column(range.getBackgrounds()) : null;
      const colours = groups.has('font') ? column(range.getFontColors()) : null;
      const weights = groups.has('font') ? column(range.getFontWeights()) : null;
      const styles = groups.has('font') ? column(range.getFontStyles()) : null;
      const lines = groups.has('font') ? column(range.getFontLines()) : null;
      const rich = groups.has('link') ? column(range.getRichTextValues()) : null;
      const formulas = groups.has('link') ? column(range.getFormulas()) : null;
      const notes = groups.has('note') ? column(range.getNotes()) : null;
      const formats = groups.has('numberFormat') ? column(range.getNumberFormats()) : null;
      const wraps = groups.has('alignment') ? column(range.getWraps()) : null;
      const aligns = groups.has('alignment') ? column(range.getVerticalAlignments()) : null;
      for (const row of rows) {
        const i = row - first;
        const want = request.cells.get(`${columnLetters(col)}${row}`)!;
        const cell: ProbedCell = {};
        // §24: an unfilled cell reads white, and the default font colour black; both are "none"
        if (backgrounds && want.has('fill')) cell.fill = isWhite(backgrounds[i]) ? null : { color: hex(backgrounds[i]) };
        if (colours && want.has('font')) {
          cell.fontColor = isBlack(colours[i]) ? null : hex(colours[i]);
          cell.bold = weights![i] === 'bold';
          cell.italic = styles![i] === 'italic';
          cell.underline = lines![i] === 'underline';
        }
        if (rich && want.has('link')) {
          const r = rich[i];
          cell.link = r ? linkTarget(r.getLinkUrl(), this.ss) : null;
          cell.isText = !!r && formulas![i] === '';
        }
        if (notes && want.has('note')) cell.note = notes[i] === '' ? null : notes[i];
        if (formats && want.has('numberFormat')) cell.numberFormat = formats[i];
        if (wraps && want.has('alignment')) {
          cell.wrap = !!wraps[i];
          const v = aligns![i];
          cell.verticalAlignment = v === 'top' ? 'top' : v === 'middle' ? 'center' : v === 'bottom' ? 'bottom' : null;
        }
        out.cells.set(`${columnLetters(col)}${row}`, cell);
      }
    }
    for (const c of request.cols) out.columnWidths.set(c, Math.round((sheet.getColumnWidth(c + 1) / PIXELS_PER_CHAR) * 10) / 10);
    return out;
  }

  write(batch: WriteBatch): WriteResult {
    const ss = this.ss;
    // 1. the journal first, so a write that fails part-way leaves a record of everything it may have marked
    if (batch.journal) {
      if (batch.journal.rows) this.textSheet(batch.journal.name, batch.journal.replaces, batch.journal.rows);
      else if (batch.journal.replaces) {
        const j = ss.getSheetByName(batch.journal.replaces.name);
        if (j) ss.deleteSheet(j);
      }
    }
    // 2. sheets first: links on the plan point at them by id
    for (const d of batch.deleteSheets) {
      const s = ss.getSheetByName(d.name);
      if (s) ss.deleteSheet(s);
    }
    for (const s of batch.addSheets) this.addSheet(s);
    if (batch.history)
      this.textSheet(
        batch.history.name,
        batch.history.replaces,
        batch.history.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
      );
    this.ids = null;
    // the plan sheet is looked up only when there is something to do on it (after a plan sheet was deleted, the
    // batch's sheet is whichever the person was on, perhaps one this batch just deleted)
    const onPlan = batch.formats.length + batch.links.length + batch.notes.length + batch.values.length + batch.columnWidths.length > 0;
    if (!onPlan) {
      if (batch.activate) ss.getSheetByName(batch.activate.name)?.activate();
      return { syncs: 0 };
    }
    const sheet = this.sheetOf(batch.sheet);
    // 3. formats, one RangeList call per property and group
    for (const group of batch.formats) {
      const list = sheet.getRangeList(rangeAddresses(group.cells, 1_000_000).flatMap((a) => a.split(',')));
      setFormat(list, group.format);
    }
    // 4. links and notes, per column span
    this.links(sheet, batch.links);
    this.notes(sheet, batch.notes);
    // 5. values plan-rag owns: the '@' format came with the formats, so text stays text (§19)
    for (const v of batch.values) sheet.getRange(v.cell).setValue(v.value ?? '');
    for (const w of batch.columnWidths) sheet.setColumnWidth(w.col + 1, Math.round((w.width ?? 14.3) * PIXELS_PER_CHAR));
    // §18: inserting a sheet made it the active one; the person goes back to the plan
    if (batch.activate) ss.getSheetByName(batch.activate.name)?.activate();
    return { syncs: 0 };
  }

  /** A link inside the spreadsheet as Sheets writes it: "#gid=<sheet id>&range=A5". */
  private urlOf(link: string): string {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(link);
    if (!m) return link;
    const id = this.idOf((m[1] ?? m[2]).replace(/''/g, "'"));
    return id === undefined ? link : `#gid=${id}&range=${m[3]}`;
  }

  private sheetOf(ref: SheetRef): Sheet {
    const s = this.ss.getSheetByName(ref.name) ?? this.ss.getSheets().find((x) => String(x.getSheetId()) === ref.id);
    if (!s) throw new Error(`no sheet named "${ref.name}"`);
    return s;
  }

  /** A hidden sheet of text (journal, history), replaced in place when it exists. */
  private textSheet(name: string, replaces: SheetRef | null, rows: string[][]): void {
    const ss = this.ss;
    let sheet = replaces ? ss.getSheetByName(replaces.name) : null;
    if (sheet) {
      sheet.clearContents();
      if (sheet.getName() !== name) sheet.setName(name);
    } else sheet = ss.insertSheet(name);
    const width = Math.max(1, ...rows.map((r) => r.length));
    grow(sheet, rows.length, width);
    const range = sheet.getRange(1, 1, Math.max(1, rows.length), width);
    range.setNumberFormat('@'); // §19: text stays text
    range.setValues(rows.length ? rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')) : [Array(width).fill('')]);
    if (!sheet.isSheetHidden()) sheet.hideSheet();
  }

  private links(sheet: Sheet, links: WriteBatch['links']): void {
    for (const [col, rows] of byColumn(links.map((l) => l.cell))) {
      const first = rows[0];
      const count = rows[rows.length - 1] - first + 1;
      const range = sheet.getRange(first, col + 1, count, 1);
      const rich = range.getRichTextValues();
      const formulas = range.getFormulas();
      const wanted = new Map(links.filter((l) => columnIndex(/^[A-Z]+/.exec(l.cell)![0]) === col).map((l) => [Number(/\d+$/.exec(l.cell)![0]), l]));
      // write runs of text cells only: a number, a date or a formula has no rich text and is never rewritten (§21)
      let start = -1;
      const run: RichText[][] = [];
      const flush = () => {
        if (run.length > 0) sheet.getRange(first + start, col + 1, run.length, 1).setRichTextValues(run.splice(0));
        start = -1;
      };
      for (let i = 0; i < count; i++) {
        const r = rich[i][0];
        if (!r || formulas[i][0] !== '') {
          flush();
          continue;
        }
        if (start < 0) start = i;
        const l = wanted.get(first + i);
        if (!l) run.push([r.copy().build()]);
        else {
          const text = r.getText();
          const b = r.copy();
          run.push([
            (l.link === null ? b.setLinkUrl(0, Math.max(1, text.length), null) : b.setLinkUrl(0, Math.max(1, text.length), this.urlOf(l.link))).build(),
          ]);
        }
      }
      flush();
    }
  }

  private notes(sheet: Sheet, notes: WriteBatch['notes']): void {
    for (const [col, rows] of byColumn(notes.map((n) => n.cell))) {
      const first = rows[0];
      const count = rows[rows.length - 1] - first + 1;
      const range = sheet.getRange(first, col + 1, count, 1);
      const current = range.getNotes();
      for (const n of notes) {
        const m = /^([A-Z]+)(\d+)$/.exec(n.cell)!;
        if (columnIndex(m[1]) === col) current[Number(m[2]) - first][0] = n.note ?? '';
      }
      range.setNotes(current);
    }
  }

  private addSheet(s: NewSheet): void {
    const ss = this.ss;
    const old = s.replaces ? ss.getSheetByName(s.replaces.name) : null;
    let sheet: Sheet;
    if (old) {
      // rewritten in place: the id stays, and so do links to it
      old.clear();
      for (const c of old.getCharts()) old.removeChart(c);
      sheet = old;
    } else sheet = s.index !== undefined ? ss.insertSheet(s.name, s.index) : ss.insertSheet(s.name);
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    const height = Math.max(1, s.rows.length);
    grow(sheet, height, width);
    const range = sheet.getRange(1, 1, height, width);
    const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => s.rows[r]?.[c]?.value ?? ''));
    range.setNumberFormats(values.map((row) => row.map((v) => (typeof v === 'number' ? '0' : '@'))));
    range.setValues(values);
    const { groups, links } = sheetFormats(s, ['borders']);
    for (const g of groups) setFormat(sheet.getRangeList(rangeAddresses(g.cells, 1_000_000).flatMap((a) => a.split(','))), g.format);
    this.links(sheet, links);
    s.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, Math.round(w * PIXELS_PER_CHAR)));
    if (s.chart && this.services.barChartType) {
      const d = s.chart.data;
      const chart = sheet
        .newChart()
        .setChartType(this.services.barChartType)
        .addRange(sheet.getRange(d.top, d.left, d.bottom - d.top + 1, d.right - d.left + 1))
        .setOption('isStacked', s.chart.stacked !== false)
        .setOption('title', s.chart.title)
        .setOption(
          'colors',
          s.chart.colors.map((c) => `#${c}`),
        )
        .setOption('legend', { position: s.chart.legend ?? 'bottom' })
        .setPosition(s.chart.anchor.row, s.chart.anchor.col, 0, 0)
        .build();
      sheet.insertChart(chart);
    }
    if (s.visibility !== 'visible') sheet.hideSheet();
  }
}

function SpreadsheetAppProtectionSheet(app: App): GoogleAppsScript.Spreadsheet.ProtectionType {
  return app.ProtectionType.SHEET;
}

/** Grows a sheet to hold rows × columns (§20: a new sheet is 1000 × 26, and writing past that throws). */
function grow(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  void NEW_SHEET_ROWS;
  void NEW_SHEET_COLS;
}

/** Requested cells grouped by column, with the union of groups asked for in that column. */
function columnRuns(cells: ProbeRequest['cells']): Array<[number, number[], Set<PropGroup>]> {
  const byCol = new Map<number, { rows: number[]; groups: Set<PropGroup> }>();
  for (const [address, groups] of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    const col = columnIndex(m[1]);
    let e = byCol.get(col);
    if (!e) byCol.set(col, (e = { rows: [], groups: new Set() }));
    e.rows.push(Number(m[2]));
    for (const g of groups) e.groups.add(g);
  }
  return [...byCol].map(([col, e]) => [col, e.rows.sort((a, b) => a - b), e.groups]);
}

function byColumn(cells: string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c)!;
    const col = columnIndex(m[1]);
    const list = out.get(col) ?? [];
    list.push(Number(m[2]));
    out.set(col, list);
  }
  for (const l of out.values()) l.sort((a, b) => a - b);
  return out;
}

function isWhite(c: string): boolean {
  return /^#?(ffffff|fff)$/i.test(c);
}

function isBlack(c: string): boolean {
  return /^#?(000000|000)$/i.test(c);
}

function hex(c: string): string {
  return c.replace(/^#/, '').toUpperCase();
}

/** The other way: "#gid=...&range=A5" as "'Sheet'!A5", so the session compares links in one form. */
function linkTarget(url: string | null, ss: Spreadsheet): string | null {
  if (!url) return null;
  const m = /^#gid=(\d+)&range=(.+)$/.exec(url);
  if (!m) return url;
  const sheet = ss.getSheets().find((s) => String(s.getSheetId()) === m[1]);
  if (!sheet) return url;
  const name = sheet.getName();
  return `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`}!${m[2]}`;
}

function setFormat(list: GoogleAppsScript.Spreadsheet.RangeList, f: CellFormat): void {
  // §24: null resets a colour to the default
  if (f.fill !== undefined) list.setBackground(f.fill === null ? (null as unknown as string) : `#${f.fill.color}`);
  if (f.fontColor !== undefined) list.setFontColor(f.fontColor === null ? (null as unknown as string) : `#${f.fontColor}`);
  if (f.bold !== undefined) list.setFontWeight(f.bold ? 'bold' : 'normal');
  if (f.italic !== undefined) list.setFontStyle(f.italic ? 'italic' : 'normal');
  if (f.underline !== undefined) list.setFontLine(f.underline ? 'underline' : 'none');
  if (f.numberFormat !== undefined) list.setNumberFormat(f.numberFormat);
  if (f.wrap !== undefined) list.setWrap(f.wrap);
  if (f.verticalAlignment !== undefined) list.setVerticalAlignment(f.verticalAlignment === 'center' ? 'middle' : (f.verticalAlignment ?? 'bottom'));
}
