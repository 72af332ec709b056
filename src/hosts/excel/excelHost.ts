/// <reference types="office-js" />
/**
 * The Excel host: reads the plan sheet in one round trip, applies a formatting plan in one more, and writes the
 * record Clear needs in a third. Formatting is grouped by style into `getRanges` calls, so the number of calls
 * grows with distinct styles and touched columns, not with cells.
 */
import type { CellRange, CellValue, Grid, SheetGrid } from '../../core/grid';
import { columnIndex, columnLetters, quoteSheetName } from '../../core/grid';
import type { FormatPlan } from '../../core/plan/formatPlan';
import type { CellStyle } from '../../core/plan/styles';
import { cellsByColumn, rangeAddresses } from '../../core/addresses';
import { queueBoard, queueBoardRestore, type BoardJournal } from './excelBoard';
import { HISTORY_SHEET_NAME, parseHistory, type BoardPack, type SnapshotRow } from '../../core/plan/boardPack';

export const JOURNAL_SHEET = 'plan-rag journal';
const BORDERS_IN_EXCEL = false;
/** Rows of captured cell properties per `getCellProperties` / `setCellProperties` call: keeps each payload small. */
export const PROPERTY_CHUNK_ROWS = 5000;
/** Bytes the capture may bring back with the apply (Excel on the web refuses responses over 5 MB). */
const CAPTURE_BYTES = 4_500_000;
/** Characters per journal cell (Excel's cell limit is 32,767). */
const JOURNAL_CHUNK = 30_000;

/** A problem the pane shows: where it came from, what happened and what to do. */
export class HostError extends Error {
  constructor(
    readonly origin: string,
    message: string,
    readonly action: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export interface WorkbookRead {
  /** The active sheet's name. */
  active: string;
  /** The active sheet and any other sheets asked for by name that exist (a SIIP register). */
  sheets: SheetGrid[];
  /** Every worksheet's name (the journal's excepted). */
  sheetNames: string[];
  protectedSheets: string[];
  /** The record of an earlier apply, if any. */
  journal: ExcelJournal | null;
  /** Snapshots recorded by earlier board packs. */
  history: SnapshotRow[];
  /** True when merged areas could be read (ExcelApi 1.13). */
  merges: boolean;
}

/** Which requirement sets the host can use; the pane asks Office once and passes this in. */
export interface Capabilities {
  mergedAreas: boolean; // ExcelApi 1.13
}

/**
 * Reads, in one `context.sync`: the active sheet's used range (values, number formats, text, and merged areas
 * where ExcelApi 1.13 is there), the sheets named in `alsoRead` (a SIIP register), protection, every sheet's
 * name, and the journal of an earlier apply.
 */
export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities, alsoRead: string[] = []): Promise<WorkbookRead> {
  try {
    return await read(context, caps, alsoRead, false);
  } catch (err) {
    // Excel on the web refuses a response over 5 MB: read such a sheet again, in slices of rows
    const code = (err as { code?: string }).code;
    if (code !== 'ResponsePayloadSizeLimitExceeded' && code !== 'RequestPayloadSizeLimitExceeded') throw err;
    return read(context, caps, alsoRead, true);
  }
}

/** Bytes a slice of the read may bring back: under Excel on the web's 5 MB, with room to spare. */
export const SLICE_BYTES = 3_500_000;

/**
 * One sync for everything; with `sliced`, that sync brings only the sizes, and the cells follow in slices of
 * rows, each sized from the one before to stay under SLICE_BYTES.
 */
async function read(context: Excel.RequestContext, caps: Capabilities, alsoRead: string[], sliced: boolean): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const reads = [{ ws: active as Excel.Worksheet, requested: '' }, ...alsoRead.map((name) => ({ ws: worksheets.getItemOrNullObject(name), requested: name }))].map(
    ({ ws, requested }) => {
      ws.load('name,isNullObject');
      const used = ws.getUsedRangeOrNullObject(true);
      // no `text`: it would double the payload, and the core only needs it for dates, which it formats itself
      used.load(sliced ? 'rowIndex,columnIndex,rowCount,columnCount,isNullObject' : 'values,numberFormat,rowIndex,columnIndex,isNullObject');
      ws.protection.load('protected');
      const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      merged?.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount,isNullObject');
      return { ws, used, merged, requested };
    },
  );
  const journalRange = worksheets.getItemOrNullObject(JOURNAL_SHEET).getUsedRangeOrNullObject(true);
  journalRange.load('values,isNullObject');
  const historyRange = worksheets.getItemOrNullObject(HISTORY_SHEET_NAME).getUsedRangeOrNullObject(true);
  historyRange.load('values,isNullObject');
  await context.sync();

  const sheets: SheetGrid[] = [];
  const protectedSheets: string[] = [];
  for (const { ws, used, merged, requested } of reads) {
    if (requested && ((ws as unknown as { isNullObject: boolean }).isNullObject || ws.name === active.name)) continue;
    if (ws.protection.protected) protectedSheets.push(ws.name);
    sheets.push({ name: ws.name, grid: sliced ? await readSlices(context, ws, used, merged) : toGrid(used, merged) });
  }
  return {
    active: active.name,
    sheets,
    sheetNames: worksheets.items.map((w) => w.name).filter((n) => n !== JOURNAL_SHEET && n !== HISTORY_SHEET_NAME),
    protectedSheets,
    journal: parseJournal(journalRange),
    history: historyRange.isNullObject ? [] : parseHistory(historyRange.values),
    merges: caps.mergedAreas,
  };
}

async function readSlices(context: Excel.RequestContext, ws: Excel.Worksheet, used: Excel.Range, merged: Excel.RangeAreas | null): Promise<Grid> {
  if (used.isNullObject) return { values: [] };
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let rows = 2000;
  for (let start = 0; start < used.rowCount; ) {
    const n = Math.min(rows, used.rowCount - start);
    const slice = ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
    slice.load('values,numberFormat');
    await context.sync();
    for (const row of slice.values) values.push(row.map((v) => (v === '' ? null : (v as CellValue))));
    for (const row of slice.numberFormat) numberFormats.push(row as string[]);
    // size the next slices from what this one weighed
    const bytes = JSON.stringify(slice.values).length + JSON.stringify(slice.numberFormat).length;
    rows = Math.max(100, Math.floor((SLICE_BYTES / Math.max(1, bytes)) * n));
    start += n;
  }
  const origin = { row: used.rowIndex, col: used.columnIndex };
  return { values, numberFormats, merges: mergesOf(merged, origin), origin };
}

function mergesOf(merged: Excel.RangeAreas | null, origin: { row: number; col: number }): CellRange[] {
  const merges: CellRange[] = [];
  if (merged && !merged.isNullObject) {
    for (const a of merged.areas.items) {
      merges.push({
        top: a.rowIndex - origin.row,
        left: a.columnIndex - origin.col,
        bottom: a.rowIndex - origin.row + a.rowCount - 1,
        right: a.columnIndex - origin.col + a.columnCount - 1,
      });
    }
  }
  return merges;
}

function toGrid(used: Excel.Range, merged: Excel.RangeAreas | null): Grid {
  if (used.isNullObject) return { values: [] };
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const merges = mergesOf(merged, origin);
  return {
    values: used.values.map((row) => row.map((v) => (v === '' ? null : (v as CellValue)))),
    numberFormats: used.numberFormat as string[][],
    merges,
    origin,
  };
}

/** What the journal keeps, so Clear can put back exactly what was there. */
export interface ExcelJournal {
  version: 1;
  host: 'excel';
  sheet: string;
  asOf: string;
  /** Captured properties: per column letter, the first row and, per row, an index into `palette`. */
  columns: Array<{ col: string; first: number; last: number; cells: number[] }>;
  palette: string[];
  added: string[];
  sheets: string[];
  /** A fingerprint of the status, timescale and RAG text at apply time, to tell the user the sheet changed. */
  fingerprint: string;
  /** Set when the apply was a board pack: the page settings, row heights and column width as they were. */
  board?: BoardJournal;
}

export interface ApplyStats {
  syncs: number;
  styled: number;
  links: number;
}

/**
 * Applies a formatting plan (undoing an earlier one first, from its journal): captures the touched cells'
 * current formatting, applies every style group with `getRanges`, links and key (one sync), then records the
 * capture in a very hidden sheet (one more). With `readWorkbook`, three syncs whatever the size of the plan.
 */
export async function applyFormatPlan(
  context: Excel.RequestContext,
  plan: FormatPlan,
  previous: ExcelJournal | null,
  fingerprint: string,
  board?: { pack: BoardPack; history: SnapshotRow[] },
): Promise<ApplyStats> {
  context.application.suspendScreenUpdatingUntilNextSync();
  // Undo an earlier apply first, in the same batch: the capture below then sees what the user had.
  if (previous) queueRestore(context, previous);
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  let extraSyncs = 0;

  // Capture what each touched column looks like now, loading only the properties the plan changes there.
  const touched = new Set<string>([
    ...plan.touched,
    ...plan.added.map((a) => a.cell),
    ...plan.links.map((l) => l.cell),
    ...(board?.pack.ragColumn.map((c) => c.cell) ?? []),
  ]);
  const perColumn = cellsByColumn([...touched]);
  // Load only what the plan changes in each column: fills where it fills, fonts where it marks, links where
  // it links. That keeps the capture's response small (it comes back with the apply).
  const needs = new Map<number, { fill: boolean; font: boolean; link: boolean; align: boolean }>();
  const need = (cell: string) => {
    const col = columnIndexOf(cell);
    let n = needs.get(col);
    if (!n) needs.set(col, (n = { fill: false, font: false, link: false, align: false }));
    return n;
  };
  for (const g of plan.groups) {
    for (const cell of g.cells) {
      const n = need(cell);
      if (g.style.fill) n.fill = true;
      if (g.style.fontColor || g.style.bold || g.style.italic) n.font = true;
    }
  }
  for (const l of plan.links) need(l.cell).link = true;
  for (const a of plan.added) Object.assign(need(a.cell), { fill: true, font: true });
  for (const c of board?.pack.ragColumn ?? []) Object.assign(need(c.cell), { fill: true, font: true, align: true });
  const captureFor = (col: number): { options: Excel.CellPropertiesLoadOptions; bytes: number } => {
    const n = needs.get(col) ?? { fill: true, font: true, link: true, align: false };
    const format: Excel.CellPropertiesFormatLoadOptions = {};
    // bytes a cell weighs in the response, as measured against the fake's JSON (a little over, to be safe)
    let bytes = 15;
    if (n.fill) {
      format.fill = { color: true, pattern: true };
      bytes += 40;
    }
    if (n.font) {
      format.font = { color: true, bold: true, italic: true };
      bytes += 55;
    }
    if (n.align) {
      format.wrapText = true;
      format.verticalAlignment = true;
      bytes += 45;
    }
    return { options: { format, ...(n.link ? { hyperlink: true } : {}) }, bytes: bytes + (n.link ? 20 : 0) };
  };
  const captures: Array<{ col: number; first: number; last: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
  // A large plan's capture would come back as more than Excel on the web takes in one response: then it runs in
  // syncs of its own before the changes (a few more round trips, only at that size).
  let capturedBytes = 0;
  for (const [col, rows] of perColumn) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    for (let start = first; start <= last; start += PROPERTY_CHUNK_ROWS) {
      const end = Math.min(last, start + PROPERTY_CHUNK_ROWS - 1);
      const what = captureFor(col);
      if (capturedBytes > 0 && capturedBytes + (end - start + 1) * what.bytes > CAPTURE_BYTES) {
        await context.sync();
        extraSyncs++;
        capturedBytes = 0;
      }
      const range = ws.getRange(`${columnLetters(col)}${start}:${columnLetters(col)}${end}`);
      captures.push({ col, first: start, last: end, result: range.getCellProperties(what.options) });
      capturedBytes += (end - start + 1) * what.bytes;
    }
  }

  // Styles, one getRanges call per style group (split only where the address string would pass 8,192 chars).
  let styled = 0;
  for (const group of plan.groups) {
    for (const address of rangeAddresses(group.cells)) {
      setFormat(ws.getRanges(address).format, group.style);
    }
    styled += group.cells.length;
  }
  // Links: one setCellProperties per column holding links (cells between them are left as they are).
  const linksByCol = new Map<string, Map<number, FormatPlan['links'][number]>>();
  for (const l of plan.links) {
    const m = /^([A-Z]+)(\d+)$/.exec(l.cell)!;
    const rows = linksByCol.get(m[1]) ?? new Map();
    rows.set(Number(m[2]), l);
    linksByCol.set(m[1], rows);
  }
  for (const [col, rows] of linksByCol) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const data: Excel.SettableCellProperties[][] = [];
    for (let r = first; r <= last; r++) {
      const l = rows.get(r);
      data.push([l ? { hyperlink: { documentReference: `${quoteSheetName(l.sheet)}!${l.target}`, screenTip: l.tooltip } } : {}]);
    }
    ws.getRange(`${col}${first}:${col}${last}`).setCellProperties(data);
  }
  // The key: values into empty cells, then its styles.
  for (const a of plan.added) {
    const cell = ws.getRange(a.cell);
    cell.values = [[a.value]];
    if (a.style) setFormat(cell.format, a.style);
  }
  // Added sheets (the SIIP index).
  const addedSheets: string[] = [];
  for (const s of plan.sheets) {
    if (!previous?.sheets.includes(s.name)) context.workbook.worksheets.getItemOrNullObject(s.name).delete();
    const sheet = context.workbook.worksheets.add(s.name);
    const width = Math.max(...s.rows.map((r) => r.length), 1);
    const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? r[i].value : '')));
    sheet.getRange(`A1:${columnLetters(width - 1)}${values.length}`).values = values;
    const links = s.rows.map((r) => [r[0]?.link ? { hyperlink: { documentReference: `${quoteSheetName(r[0].link.sheet)}!${r[0].link.target}` } } : {}]);
    sheet.getRange(`A1:A${values.length}`).setCellProperties(links);
    addedSheets.push(s.name);
  }
  let boardCapture: (() => BoardJournal) | null = null;
  if (board) {
    if (!previous?.sheets.includes(board.pack.summary.name)) context.workbook.worksheets.getItemOrNullObject(board.pack.summary.name).delete();
    boardCapture = queueBoard(context, ws, board.pack, board.history, setFormat);
    addedSheets.push(board.pack.summary.name);
  }
  await context.sync();

  // Record what was there, in a very hidden sheet, for Clear.
  const palette: string[] = [];
  const index = new Map<string, number>();
  const columns: ExcelJournal['columns'] = [];
  for (const c of captures) {
    const cells = c.result.value.map((row) => {
      const key = JSON.stringify(row[0] ?? {});
      let i = index.get(key);
      if (i === undefined) {
        i = palette.length;
        palette.push(key);
        index.set(key, i);
      }
      return i;
    });
    columns.push({ col: columnLetters(c.col), first: c.first, last: c.last, cells });
  }
  const journal: ExcelJournal = {
    version: 1,
    host: 'excel',
    sheet: plan.sheet,
    asOf: plan.asOf,
    columns,
    palette,
    added: [...plan.added.map((a) => a.cell), ...(board?.pack.ragColumn.map((c) => c.cell) ?? [])],
    sheets: addedSheets,
    fingerprint,
    ...(boardCapture ? { board: boardCapture() } : {}),
  };
  writeJournal(context, journal, !!previous);
  await context.sync();
  return { syncs: 2 + extraSyncs, styled, links: plan.links.length };
}



/**
 * Removes every trace of an apply: puts back each captured cell's formatting and links, empties the key cells,
 * deletes added sheets and the journal. One sync (the journal comes from `readWorkbook`).
 */
export async function clearFormatPlan(context: Excel.RequestContext, journal: ExcelJournal | null): Promise<boolean> {
  if (!journal) return false;
  context.application.suspendScreenUpdatingUntilNextSync();
  queueRestore(context, journal);
  context.workbook.worksheets.getItemOrNullObject(JOURNAL_SHEET).delete();
  await context.sync();
  return true;
}

/** Queues the restore of a journal (no sync). */
function queueRestore(context: Excel.RequestContext, journal: ExcelJournal): void {
  const ws = context.workbook.worksheets.getItem(journal.sheet);
  for (const address of journal.added) ws.getRange(address).values = [['']];
  const noFill: string[] = [];
  for (const c of journal.columns) {
    const data = c.cells.map((i, k) => {
      const props = JSON.parse(journal.palette[i]) as Excel.CellProperties;
      // "no fill" reads back as white: put it back with fill.clear(), not as a white fill
      if (props.format?.fill && props.format.fill.pattern === 'None') noFill.push(`${c.col}${c.first + k}`);
      return [restorable(props)];
    });
    ws.getRange(`${c.col}${c.first}:${c.col}${c.last}`).setCellProperties(data);
  }
  for (const address of rangeAddresses(noFill)) ws.getRanges(address).format.fill.clear();
  if (journal.board) queueBoardRestore(ws, journal.board);
  for (const name of journal.sheets) context.workbook.worksheets.getItemOrNullObject(name).delete();
}

function parseJournal(used: Excel.Range): ExcelJournal | null {
  if (used.isNullObject) return null;
  try {
    const json = used.values.map((r) => String(r[0] ?? '')).join('');
    const j = JSON.parse(json) as ExcelJournal;
    return j.version === 1 && j.host === 'excel' ? j : null;
  } catch {
    return null;
  }
}

function writeJournal(context: Excel.RequestContext, journal: ExcelJournal, replace: boolean): void {
  if (replace) context.workbook.worksheets.getItemOrNullObject(JOURNAL_SHEET).delete();
  const sheet = context.workbook.worksheets.add(JOURNAL_SHEET);
  const json = JSON.stringify(journal);
  const chunks: string[][] = [];
  for (let i = 0; i < json.length; i += JOURNAL_CHUNK) chunks.push([json.slice(i, i + JOURNAL_CHUNK)]);
  // text, so Excel never reads a chunk as a number or a formula
  const range = sheet.getRange(`A1:A${chunks.length}`);
  range.numberFormat = chunks.map(() => ['@']);
  range.values = chunks;
  sheet.visibility = 'VeryHidden';
}

/** Properties from getCellProperties, made fit for setCellProperties (no empty link: an empty object removes it). */
function restorable(p: Excel.CellProperties): Excel.SettableCellProperties {
  const out: Excel.SettableCellProperties = {};
  if (p.format) {
    const { fill, ...rest } = p.format;
    out.format = fill && fill.pattern !== 'None' ? { ...rest, fill: { color: fill.color } } : rest;
  }
  out.hyperlink = p.hyperlink && p.hyperlink.documentReference ? p.hyperlink : ({ address: '', documentReference: '' } as Excel.RangeHyperlink);
  return out;
}

function columnIndexOf(cell: string): number {
  return columnIndex(/^([A-Z]+)/.exec(cell)![1]);
}

function setFormat(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  // Borders are for print (the .xlsx board pack); in Excel the marks are fill and font, which keeps the record
  // Clear needs to a few properties a cell.
  if (style.border && BORDERS_IN_EXCEL) {
    const xlStyle = style.border.style === 'dotted' ? 'Dot' : style.border.style === 'dashed' ? 'Dash' : style.border.style === 'double' ? 'Double' : 'Continuous';
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const b = format.borders.getItem(edge);
      b.style = xlStyle;
      b.color = `#${style.border.color}`;
      if (style.border.style === 'medium') b.weight = 'Medium';
    }
  }
}

/**
 * A short fingerprint of the text that decides states (status, timescale and RAG columns), so the pane can say
 * the sheet changed since the last apply.
 */
export function fingerprintOf(texts: string[]): string {
  let h = 2166136261;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    h ^= 10;
  }
  return (h >>> 0).toString(16);
}
