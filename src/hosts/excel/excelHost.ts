/// <reference types="office-js" />
/**
 * The Excel host: the host contract (`PlanHost`) over office-js. Each call is one `Excel.run`: `read` is one
 * round trip (values, number formats, merged areas, page settings, records), `probe` one (the formats of the cells
 * the session asks about, by `getCellProperties` per column), `write` one (more only when a request would pass
 * Excel on the web's 5 MB). Formatting goes out grouped by identical format through `getRanges`, so calls grow with
 * distinct formats and columns, not with cells.
 *
 * How Excel really behaves, and where that is written down, is in docs/host-behaviour.md; the section numbers
 * below refer to it.
 */
import { columnIndex, columnLetters, type CellRange, type CellValue, type Grid } from '../../core/grid';
import { rangeAddresses } from '../../core/addresses';
import { isRecordName } from '../../core/host/ownSheets';
import { sheetFormats } from '../../core/host/sheetFormats';
import type {
  BorderEdge,
  Borders,
  CellFormat,
  HostCapabilities,
  NewSheet,
  PageSettings,
  PlanHost,
  ProbeRequest,
  ProbeResult,
  ProbedCell,
  PropGroup,
  ReadRequest,
  SheetInfo,
  SheetRef,
  SheetValues,
  WorkbookRead,
  WriteBatch,
  WriteResult,
} from '../../core/host/types';

/** Runs a batch against Excel: `Excel.run` in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Which requirement sets this Excel has (asked once, by the pane or the command, through `isSetSupported`). */
export interface ExcelApiSupport {
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
}

/** Bytes per request and response we allow ourselves: Excel on the web refuses 5 MB (§3). */
export const PAYLOAD_BUDGET = 4_000_000;
/** Excel's limit on one address string (§3): kept well under. */
const ADDRESS_CHARS = 8_000;
/** Characters a column is wide, in points: Excel's `columnWidth` is in points, plans speak in characters. */
const POINTS_PER_CHAR = 7;

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

export const EXCEL_CAPABILITIES: HostCapabilities = {
  kind: 'live',
  borders: true,
  // Notes are ExcelApi 1.18 (§17), above the 1.9 floor: the reasons are shown in the pane instead.
  notes: false,
  printLayout: true,
  charts: true,
  // No API tells a custom row height from an automatic one (§14): Excel's own autofit grows rows for wrapped text.
  rowHeights: false,
  columnWidths: true,
  veryHidden: true,
  linksOnTextOnly: false,
  // Setting a hyperlink gives the cell the Hyperlink look, blue and underlined (§7).
  linkRestyles: true,
};

/** The Excel host. */
export class ExcelHost implements PlanHost {
  readonly name = 'Excel';
  readonly capabilities = EXCEL_CAPABILITIES;
  /** Round trips of the last call, for tests and the benchmark. */
  lastSyncs = 0;
  constructor(
    private readonly run: ExcelRunner,
    private readonly api: ExcelApiSupport,
  ) {}

  async read(request: ReadRequest): Promise<WorkbookRead> {
    return this.run(async (context) => {
      const counter = syncCounter(context);
      const result = await readWorkbook(context, request, this.api, counter);
      this.lastSyncs = counter.syncs;
      return result;
    });
  }

  async probe(sheet: SheetRef, request: ProbeRequest): Promise<ProbeResult> {
    return this.run(async (context) => {
      const counter = syncCounter(context);
      const result = await probeCells(context, sheet, request, counter);
      this.lastSyncs = counter.syncs;
      return result;
    });
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    return this.run(async (context) => {
      const counter = syncCounter(context);
      await writeBatch(context, batch, counter);
      this.lastSyncs = counter.syncs;
      return { syncs: counter.syncs };
    });
  }
}

/** Round trips and the bytes queued for the next one. Each `context.sync()` below is followed by `counted()`. */
interface Counter {
  syncs: number;
  /** Bytes queued since the last sync (what the next request will carry). */
  queued: number;
  /** Notes a round trip made. */
  counted(): void;
  /** True when `bytes` more would take the next request past the budget: sync first. */
  full(bytes: number): boolean;
}

function syncCounter(_context: Excel.RequestContext): Counter {
  const c: Counter = {
    syncs: 0,
    queued: 0,
    counted() {
      c.syncs++;
      c.queued = 0;
    },
    full(bytes: number) {
      const over = c.queued > 0 && c.queued + bytes > PAYLOAD_BUDGET;
      c.queued += bytes;
      return over;
    },
  };
  return c;
}

/** Makes room for `bytes` more in the current request, syncing first when they would pass the budget. */
async function room(context: Excel.RequestContext, counter: Counter, bytes: number): Promise<void> {
  if (counter.full(bytes)) {
    await context.sync();
    counter.counted();
    counter.queued = bytes;
  }
}

// ------------------------------------------------------------------------------------------------- read

const RECORD_COLUMNS = 6;

/** Bytes a cell's value and number format weigh in a response, for sizing reads before they are made. */
const CELL_BYTES = 50;
/** What one read may bring back: well under 5 MB, since the fake's JSON only estimates the size of Excel's responses. */
const READ_BUDGET = 3_500_000;
/** Characters a journal cell holds at most (the journal codec writes 30,000 a cell). */
const RECORD_ROW_BYTES = 30_100;

/**
 * Two round trips for a plan of ordinary size: the first learns the sheets and the size of what is to be read, the
 * second reads it all (values, number formats, merged areas, page settings, A1 of every sheet, plan-rag's records).
 * A sheet too big for one response (5 MB on the web, §3) is read in slices sized from its dimensions, so no request
 * is made that Excel would refuse.
 */
async function readWorkbook(context: Excel.RequestContext, request: ReadRequest, api: ExcelApiSupport, counter: Counter): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  const active = worksheets.getActiveWorksheet();
  active.load('name,id');
  const wantedRefs = request.sheets === 'all' ? null : request.sheets.map((s) => (s === 'active' ? null : typeof s === 'string' ? s : s.name));
  // sizes of the sheets asked for by name, of the active sheet, and of the records under their usual names
  const sized = new Map<string, Excel.Range>();
  const size = (key: string, ws: Excel.Worksheet) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    sized.set(key, used);
  };
  if (wantedRefs?.includes(null)) size('\u0000active', active);
  for (const name of [...(wantedRefs ?? []).filter((n): n is string => n !== null), JOURNAL_NAME, HISTORY_NAME])
    size(name.toLowerCase(), worksheets.getItemOrNullObject(name));
  await context.sync();
  counter.counted();

  const items = worksheets.items;
  const names = request.sheets === 'all' ? items.map((w) => w.name) : (wantedRefs ?? []).map((n) => (n === null ? active.name : n));
  const toRead = items.filter((ws) => names.some((n) => n.toLowerCase() === ws.name.toLowerCase()));
  const recordSheets = items.filter((ws) => isRecordName(ws.name));
  // second round trip: everything small enough, and the sizes of anything not yet sized
  const meta = () =>
    items.map((ws) => {
      const sheet = context.workbook.worksheets.getItem(ws.name);
      const a1 = sheet.getRange('A1');
      a1.load('text');
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- protection is a navigation property, loaded here
      const protection = sheet.protection;
      protection.load('protected');
      return { a1, protection };
    });
  let a1s = meta();
  const dims = (ws: Excel.Worksheet) => sized.get(ws.name.toLowerCase()) ?? (ws.name === active.name ? sized.get('\u0000active') : undefined);
  let budget = READ_BUDGET;
  const plans = toRead.map((ws) => {
    const d = dims(ws);
    const known = d && !d.isNullObject;
    const bytes = known ? d.rowCount * d.columnCount * CELL_BYTES : Infinity;
    const whole = d && (d.isNullObject || bytes <= budget);
    if (whole && known) budget -= bytes;
    const sheet = context.workbook.worksheets.getItem(ws.name);
    const used = whole ? sheet.getUsedRangeOrNullObject(true) : null;
    used?.load('values,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
    const merged = used && api.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
    return { ws, used, merged, page: readPage(sheet) };
  });
  const pagesAgain = () => plans.forEach((p) => (p.page = readPage(context.workbook.worksheets.getItem(p.ws.name))));
  const records = recordSheets.map((ws) => {
    const d = sized.get(ws.name.toLowerCase());
    const bytes = d && !d.isNullObject ? d.rowCount * Math.min(d.columnCount, RECORD_COLUMNS) * RECORD_ROW_BYTES : Infinity;
    const whole = d && (d.isNullObject || bytes <= budget);
    if (whole && d && !d.isNullObject) budget -= bytes;
    const used = whole ? context.workbook.worksheets.getItem(ws.name).getUsedRangeOrNullObject(true) : null;
    used?.load('values');
    return { ws, used };
  });
  try {
    await context.sync();
    counter.counted();
  } catch (err) {
    // merged areas fail above 512 (§4); texts longer than estimated pass 5 MB (§3): read those in slices
    if (!isRetryable(err)) throw err;
    for (const p of plans) p.used = null;
    for (const r of records) r.used = null;
    a1s = meta();
    pagesAgain();
    await context.sync();
    counter.counted();
  }

  const grids: SheetValues[] = [];
  for (const p of plans) {
    const grid = p.used ? toGrid(p.used, p.merged) : await readSlices(context, p.ws, api, counter, Infinity, dims(p.ws));
    grids.push({ sheet: { name: p.ws.name, id: p.ws.id }, grid, page: pageOf(p.page) });
  }
  const recordValues: WorkbookRead['records'] = [];
  for (const r of records) {
    const values = r.used
      ? r.used.isNullObject
        ? []
        : r.used.values
      : (await readSlices(context, r.ws, { mergedAreas: false }, counter, RECORD_COLUMNS, sized.get(r.ws.name.toLowerCase()))).values;
    recordValues.push({ sheet: { name: r.ws.name, id: r.ws.id }, values: values.map((row) => row.slice(0, RECORD_COLUMNS).map(cellValue)) });
  }
  return {
    sheets: items.map((ws, i): SheetInfo => ({
      name: ws.name,
      id: ws.id,
      visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
      protected: a1s[i].protection.protected,
      a1: String(a1s[i].a1.text?.[0]?.[0] ?? ''),
    })),
    active: { name: active.name, id: active.id },
    grids,
    records: recordValues,
  };
}

const JOURNAL_NAME = 'plan-rag journal';
const HISTORY_NAME = 'RAG history';

function isRetryable(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'GeneralException';
}

function cellValue(v: unknown): CellValue {
  return v === '' || v === undefined ? null : (v as CellValue);
}

function toGrid(used: Excel.Range, merged: Excel.RangeAreas | null): Grid {
  if (used.isNullObject) return { values: [] };
  const origin = { row: used.rowIndex, col: used.columnIndex };
  return {
    values: used.values.map((row) => row.map(cellValue)),
    numberFormats: used.numberFormat as string[][],
    merges: mergesOf(merged, origin),
    origin,
  };
}

function mergesOf(merged: Excel.RangeAreas | null, origin: { row: number; col: number }): CellRange[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({
    top: a.rowIndex - origin.row,
    left: a.columnIndex - origin.col,
    bottom: a.rowIndex - origin.row + a.rowCount - 1,
    right: a.columnIndex - origin.col + a.columnCount - 1,
  }));
}

/** Bytes a slice may bring back. */
const SLICE_BYTES = 3_000_000;

/**
 * A sheet too big for one response, read in slices of rows sized from the first. Merged areas are read per slice:
 * Excel returns an area with the slice whose rows hold its top-left cell (§4), so each comes once.
 */
async function readSlices(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  api: ExcelApiSupport,
  counter: Counter,
  maxColumns = Infinity,
  known?: Excel.Range,
): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(ws.name);
  const found = known ?? sheet.getUsedRangeOrNullObject(true);
  if (!known) {
    found.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    counter.counted();
  }
  if (found.isNullObject) return { values: [] };
  const used = { rowIndex: found.rowIndex, columnIndex: found.columnIndex, rowCount: found.rowCount, columnCount: Math.min(found.columnCount, maxColumns) };
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const merges: CellRange[] = [];
  const origin = { row: used.rowIndex, col: used.columnIndex };
  let rows = Math.max(1, Math.floor(SLICE_BYTES / (used.columnCount * (maxColumns < Infinity ? RECORD_ROW_BYTES : 120))));
  for (let start = 0; start < used.rowCount;) {
    const n = Math.min(rows, used.rowCount - start);
    const slice = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount);
    slice.load('values,numberFormat');
    const merged = api.mergedAreas ? slice.getMergedAreasOrNullObject() : null;
    merged?.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip a slice, each under the 5 MB limit (§3)
      await context.sync();
      counter.counted();
    } catch (err) {
      if (!isRetryable(err) || rows <= 1) throw err;
      rows = Math.max(1, Math.floor(rows / 4)); // a slice with too many merges or too much text: smaller slices
      continue;
    }
    const sliceValues = slice.values;
    const sliceFormats = slice.numberFormat as string[][];
    for (const row of sliceValues) values.push(row.map(cellValue));
    for (const row of sliceFormats) numberFormats.push(row);
    merges.push(...mergesOf(merged, origin));
    const bytes = JSON.stringify(sliceValues).length + JSON.stringify(sliceFormats).length;
    rows = Math.max(1, Math.floor((SLICE_BYTES / Math.max(1, bytes)) * n));
    start += n;
  }
  return { values, numberFormats, merges, origin };
}

interface PageRead {
  layout: Excel.PageLayout;
  hf: Excel.HeaderFooter;
  area: Excel.RangeAreas;
  titles: Excel.Range;
}

function readPage(ws: Excel.Worksheet): PageRead {
  const layout = ws.pageLayout;
  layout.load('orientation,paperSize,zoom');
  const hf = layout.headersFooters.defaultForAllPages;
  hf.load('leftHeader,centerHeader,rightHeader,leftFooter,centerFooter,rightFooter');
  const area = layout.getPrintAreaOrNullObject();
  area.load('address');
  const titles = layout.getPrintTitleRowsOrNullObject();
  titles.load('address');
  return { layout, hf, area, titles };
}

function pageOf(p: PageRead): PageSettings {
  const zoom = p.layout.zoom ?? {};
  return {
    orientation: p.layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
    paper: p.layout.paperSize === 'A3' ? 'A3' : p.layout.paperSize === 'A4' ? 'A4' : null,
    fitToWidth: zoom.horizontalFitToPages ?? null,
    scale: zoom.scale ?? null,
    printArea: p.area.isNullObject ? null : p.area.address.replace(/^.*!/, ''),
    titleRows: p.titles.isNullObject ? null : p.titles.address.replace(/^.*!/, ''),
    header: { left: p.hf.leftHeader ?? '', center: p.hf.centerHeader ?? '', right: p.hf.rightHeader ?? '' },
    footer: { left: p.hf.leftFooter ?? '', center: p.hf.centerFooter ?? '', right: p.hf.rightFooter ?? '' },
  };
}

// ------------------------------------------------------------------------------------------------ probe

/** Bytes one cell's properties weigh in a response, by group (measured against the fake's JSON, rounded up). */
const GROUP_BYTES: Record<PropGroup, number> = { fill: 80, font: 90, border: 260, link: 90, note: 0, numberFormat: 30, alignment: 50 };

async function probeCells(context: Excel.RequestContext, ref: SheetRef, request: ProbeRequest, counter: Counter): Promise<ProbeResult> {
  const ws = context.workbook.worksheets.getItem(ref.name);
  const byColumn = new Map<number, Map<number, ReadonlySet<PropGroup>>>();
  for (const [address, groups] of request.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    const col = columnIndex(m[1]);
    let rows = byColumn.get(col);
    if (!rows) byColumn.set(col, (rows = new Map()));
    rows.set(Number(m[2]), groups);
  }
  const pending: Array<{
    col: number;
    first: number;
    rows: Map<number, ReadonlySet<PropGroup>>;
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    /** Number formats are not cell properties: they come from the range itself. */
    formats: Excel.Range | null;
  }> = [];
  const results: ProbeResult = { cells: new Map(), rowHeights: new Map(), columnWidths: new Map() };
  let responseBytes = 0;
  const flush = async () => {
    await context.sync();
    counter.counted();
    for (const p of pending) {
      p.result.value.forEach((row, i) => {
        const groups = p.rows.get(p.first + i);
        if (!groups) return;
        const cell = fromCellProperties(row[0], groups);
        if (groups.has('numberFormat') && p.formats) cell.numberFormat = String(p.formats.numberFormat[i]?.[0] ?? 'General');
        results.cells.set(`${columnLetters(p.col)}${p.first + i}`, cell);
      });
    }
    pending.length = 0;
    responseBytes = 0;
  };
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    const groups = new Set<PropGroup>();
    for (const g of rows.values()) for (const x of g) groups.add(x);
    const options = loadOptions(groups);
    const perCell = 20 + [...groups].reduce((n, g) => n + GROUP_BYTES[g], 0);
    // runs of rows, split where a long gap would load cells nobody asked about
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] - sorted[j] <= 3 && (sorted[j + 1] - sorted[i] + 1) * perCell < SLICE_BYTES) j++;
      const first = sorted[i];
      const last = sorted[j];
      const bytes = (last - first + 1) * perCell;
      if (responseBytes > 0 && responseBytes + bytes > SLICE_BYTES) await flush();
      const range = ws.getRange(`${columnLetters(col)}${first}:${columnLetters(col)}${last}`);
      const formats = groups.has('numberFormat') ? range.load('numberFormat') : null;
      pending.push({ col, first, rows, result: range.getCellProperties(options), formats });
      responseBytes += bytes;
      i = j + 1;
    }
  }
  const widths = request.cols.map((c) => {
    const r = ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`);
    r.format.load('columnWidth');
    return { c, r };
  });
  if (pending.length > 0 || widths.length > 0) await flush();
  for (const w of widths) results.columnWidths.set(w.c, Math.round((w.r.format.columnWidth / POINTS_PER_CHAR) * 10) / 10);
  return results;
}

function loadOptions(groups: ReadonlySet<PropGroup>): Excel.CellPropertiesLoadOptions {
  const format: Excel.CellPropertiesFormatLoadOptions = {};
  if (groups.has('fill')) format.fill = { color: true, pattern: true, patternColor: true, tintAndShade: true };
  if (groups.has('font')) format.font = { color: true, bold: true, italic: true, underline: true };
  if (groups.has('border')) {
    format.borders = { style: true, color: true, weight: true };
  }
  if (groups.has('alignment')) {
    format.wrapText = true;
    format.verticalAlignment = true;
  }
  const options: Excel.CellPropertiesLoadOptions = { format };
  if (groups.has('link')) options.hyperlink = true;
  return options;
}

/** Excel's cell properties in host-neutral terms (only the groups asked for). */
function fromCellProperties(p: Excel.CellProperties | undefined, groups: ReadonlySet<PropGroup>): ProbedCell {
  const out: ProbedCell = {};
  const f = p?.format;
  if (groups.has('fill')) {
    const fill = f?.fill;
    // No fill reads as white; only a real fill has a tint (§8): tintAndShade is null for "no fill"
    const none =
      !fill || fill.pattern === 'None' || (fill.tintAndShade === null && fill.pattern !== 'Solid') || (fill.tintAndShade === undefined && !fill.pattern);
    out.fill = none
      ? null
      : { color: hex(fill!.color), ...(fill!.pattern && fill!.pattern !== 'Solid' ? { pattern: fill!.pattern, patternColor: hex(fill!.patternColor) } : {}) };
  }
  if (groups.has('font')) {
    out.fontColor = f?.font?.color ? hex(f.font.color) : null;
    out.bold = !!f?.font?.bold;
    out.italic = !!f?.font?.italic;
    out.underline = !!f?.font?.underline && f.font.underline !== 'None';
  }
  if (groups.has('border')) out.borders = bordersOf(f?.borders);
  if (groups.has('alignment')) {
    out.wrap = !!f?.wrapText;
    const v = f?.verticalAlignment;
    out.verticalAlignment = v === 'Top' ? 'top' : v === 'Center' ? 'center' : v === 'Bottom' ? 'bottom' : null;
  }
  if (groups.has('link')) {
    const h = p?.hyperlink;
    out.link = h && (h.documentReference || h.address) ? (h.documentReference ? h.documentReference : h.address!) : null;
  }
  return out;
}

function hex(c: string | undefined): string {
  return (c ?? '#000000').replace(/^#/, '').toUpperCase();
}

const STYLE_TO_EXCEL: Record<BorderEdge['style'], { style: Excel.BorderLineStyle | string; weight: Excel.BorderWeight | string }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
};

function bordersOf(b: Excel.CellBorderCollection | undefined): Borders | null {
  if (!b) return null;
  const edge = (e: Excel.CellBorder | undefined): BorderEdge | null => {
    if (!e || !e.style || e.style === 'None') return null;
    const style: BorderEdge['style'] =
      e.style === 'Dot'
        ? 'dotted'
        : e.style === 'Dash'
          ? 'dashed'
          : e.style === 'Double'
            ? 'double'
            : e.weight === 'Medium'
              ? 'medium'
              : e.weight === 'Thick'
                ? 'thick'
                : e.weight === 'Hairline'
                  ? 'hair'
                  : 'thin';
    return { style, color: hex(e.color) };
  };
  const out: Borders = { top: edge(b.top), bottom: edge(b.bottom), left: edge(b.left), right: edge(b.right) };
  return out.top || out.bottom || out.left || out.right ? out : null;
}

// ------------------------------------------------------------------------------------------------ write

async function writeBatch(context: Excel.RequestContext, batch: WriteBatch, counter: Counter): Promise<void> {
  // Our own writes must not wake the pane's change handler (§1): events off for this runtime, on again after.
  context.runtime.enableEvents = false;
  try {
    context.application.suspendScreenUpdatingUntilNextSync();
    const sheets = context.workbook.worksheets;
    // the sheets to delete: their visibility comes back with the journal's sync; the charts of those to rewrite too
    const doomed = batch.deleteSheets.map((d) => sheets.getItemOrNullObject(d.name).load('visibility'));
    const oldCharts = new Map<string, Excel.ChartCollection>();
    for (const s of batch.addSheets) {
      if (!s.replaces) continue;
      const charts = sheets.getItem(s.replaces.name).charts;
      charts.load('items/name');
      oldCharts.set(s.name, charts);
    }
    // 1. the journal first: a write that fails part-way leaves a record covering every mark it may have made. A
    // journal that goes (Clear) goes last, for the same reason; its visibility comes back with this sync (§10).
    if (batch.journal?.rows) await writeTextSheet(context, counter, batch.journal.name, batch.journal.replaces, batch.journal.rows, 'Hidden');
    const journalGoes =
      batch.journal && !batch.journal.rows && batch.journal.replaces ? sheets.getItemOrNullObject(batch.journal.replaces.name).load('visibility') : null;
    await context.sync();
    counter.counted();
    const ws = sheets.getItem(batch.sheet.name);
    // 2. formats, one getRanges call per group and address chunk
    for (const group of batch.formats) {
      const { numberFormat, ...rest } = group.format;
      for (const address of rangeAddresses(group.cells, ADDRESS_CHARS)) {
        await room(context, counter, address.length + 200);
        // eslint-disable-next-line office-addins/load-object-before-read -- format is a navigation property, set here, never read
        if (Object.keys(rest).length > 0) setFormat(ws.getRanges(address).format, rest);
      }
      if (numberFormat !== undefined) await setNumberFormats(context, ws, group.cells, numberFormat, counter);
    }
    // 3. links: set per column with setCellProperties; removed with clear("Hyperlinks"), which keeps the look (§7)
    const remove = batch.links.filter((l) => l.link === null).map((l) => l.cell);
    for (const address of rangeAddresses(remove, ADDRESS_CHARS)) {
      await room(context, counter, address.length + 50);
      ws.getRanges(address).clear('Hyperlinks');
    }
    await setLinks(
      context,
      ws,
      batch.links.filter((l) => l.link !== null),
      counter,
    );
    // 4. values plan-rag owns (the key): text stays text (the '@' format came with the formats above, §2)
    for (const v of batch.values) {
      await room(context, counter, v.cell.length + (v.value?.length ?? 0) + 40);
      ws.getRange(v.cell).values = [[v.value ?? '']];
    }
    // 5. widths and page settings
    for (const w of batch.columnWidths) {
      const letters = columnLetters(w.col);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = (w.width ?? 8.43) * POINTS_PER_CHAR;
    }
    if (batch.page) setPage(ws, batch.page);
    // 6. sheets: ours from last time go, the new ones come (a very hidden sheet must be made visible first, §10)
    for (const s of journalGoes ? [...doomed, journalGoes] : doomed) {
      if (s.isNullObject) continue;
      if (s.visibility === 'VeryHidden') s.visibility = 'Hidden';
      s.delete();
    }
    for (const s of batch.addSheets) await addSheet(context, s, counter, oldCharts.get(s.name));
    if (batch.history)
      await writeTextSheet(
        context,
        counter,
        batch.history.name,
        batch.history.replaces,
        batch.history.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
        'Hidden',
      );
    if (batch.activate) sheets.getItem(batch.activate.name).activate();
    context.runtime.enableEvents = true;
    await context.sync();
    counter.counted();
  } catch (err) {
    // events back on whatever happened: they are the runtime's, not this batch's (§1)
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw err;
  }
}

/** A sheet of text (the journal, the history): replaced in place when it exists, so Excel's undo is kept (§11). */
async function writeTextSheet(
  context: Excel.RequestContext,
  counter: Counter,
  name: string,
  replaces: SheetRef | null,
  rows: string[][],
  visibility: Excel.SheetVisibility | 'Hidden',
): Promise<void> {
  const sheets = context.workbook.worksheets;
  let ws: Excel.Worksheet;
  if (replaces) {
    ws = sheets.getItem(replaces.name);
    ws.getRange().clear('Contents');
    if (replaces.name !== name) ws.name = name;
  } else ws = sheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const full = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  // in blocks under the request budget; '@' first so no text is read as a number or a date (§2)
  const perRow = Math.max(1, Math.ceil(full.reduce((n, r) => n + r.reduce((m, v) => m + v.length + 8, 0), 0) / Math.max(1, full.length)));
  const block = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / perRow));
  for (let start = 0; start < full.length; start += block) {
    const part = full.slice(start, start + block);
    await room(context, counter, part.reduce((n, r) => n + r.reduce((m, v) => m + v.length + 8, 0), 0) * 2);
    const range = ws.getRangeByIndexes(start, 0, part.length, width);
    range.numberFormat = part.map((r) => r.map(() => '@'));
    range.values = part;
  }
  ws.visibility = visibility as Excel.SheetVisibility;
}

async function setNumberFormats(context: Excel.RequestContext, ws: Excel.Worksheet, cells: readonly string[], format: string, counter: Counter): Promise<void> {
  // runs down a column: one numberFormat write per run
  for (const address of rangeAddresses(cells, 1_000_000).flatMap((a) => a.split(','))) {
    const [a, b] = address.split(':');
    const rows = b ? Number(/\d+$/.exec(b)![0]) - Number(/\d+$/.exec(a)![0]) + 1 : 1;
    await room(context, counter, address.length + rows * (format.length + 6));
    ws.getRange(address).numberFormat = Array.from({ length: rows }, () => [format]);
  }
}

async function setLinks(context: Excel.RequestContext, ws: Excel.Worksheet, links: WriteBatch['links'], counter: Counter): Promise<void> {
  const byCol = new Map<number, Map<number, WriteBatch['links'][number]>>();
  for (const l of links) {
    const m = /^([A-Z]+)(\d+)$/.exec(l.cell)!;
    const col = columnIndex(m[1]);
    let rows = byCol.get(col);
    if (!rows) byCol.set(col, (rows = new Map()));
    rows.set(Number(m[2]), l);
  }
  for (const [col, rows] of byCol) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    const letters = columnLetters(col);
    // runs of nearby rows, one setCellProperties each; the cells between get {} (left as they are)
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] - sorted[j] <= 10) j++;
      const data: Excel.SettableCellProperties[][] = [];
      for (let r = sorted[i]; r <= sorted[j]; r++) {
        const l = rows.get(r);
        data.push([l ? { hyperlink: linkOf(l.link!, l.tooltip) } : {}]);
      }
      await room(context, counter, JSON.stringify(data).length + 60);
      ws.getRange(`${letters}${sorted[i]}:${letters}${sorted[j]}`).setCellProperties(data);
      i = j + 1;
    }
  }
}

function linkOf(link: string, tooltip?: string): Excel.RangeHyperlink {
  const external = /^[a-z]+:/i.test(link);
  return { ...(external ? { address: link } : { documentReference: link }), ...(tooltip ? { screenTip: tooltip } : {}) };
}

function setFormat(format: Excel.RangeFormat, f: CellFormat): void {
  if (f.fill !== undefined) {
    if (f.fill === null) format.fill.clear();
    else {
      format.fill.color = `#${f.fill.color}`;
      // a colour alone keeps a cell's pattern: the pattern is always set with it
      format.fill.pattern = (f.fill.pattern && f.fill.pattern !== 'solid' ? f.fill.pattern : 'Solid') as Excel.FillPattern;
      if (f.fill.patternColor) format.fill.patternColor = `#${f.fill.patternColor}`;
    }
  }
  if (f.fontColor !== undefined) format.font.color = f.fontColor === null ? '#000000' : `#${f.fontColor}`;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.underline !== undefined) format.font.underline = f.underline ? 'Single' : 'None';
  if (f.borders !== undefined) {
    for (const [edge, side] of [
      ['EdgeTop', 'top'],
      ['EdgeBottom', 'bottom'],
      ['EdgeLeft', 'left'],
      ['EdgeRight', 'right'],
    ] as const) {
      const b = format.borders.getItem(edge);
      const e = f.borders?.[side] ?? null;
      if (!e) b.style = 'None';
      else {
        const x = STYLE_TO_EXCEL[e.style];
        b.style = x.style as Excel.BorderLineStyle;
        b.weight = x.weight as Excel.BorderWeight;
        b.color = `#${e.color}`;
      }
    }
  }
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.verticalAlignment !== undefined)
    format.verticalAlignment = f.verticalAlignment === 'top' ? 'Top' : f.verticalAlignment === 'center' ? 'Center' : 'Bottom';
}

function setPage(ws: Excel.Worksheet, page: PageSettings): void {
  const layout = ws.pageLayout;
  if (page.orientation) layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (page.paper) layout.paperSize = page.paper;
  // An explicit scale is applied everywhere; fit-to-width is ignored on Windows until the Page Layout tab is shown (§12)
  if (page.scale) layout.zoom = { scale: page.scale };
  else if (page.fitToWidth) layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  else if (page.fitToWidth === null && page.scale === null) layout.zoom = { scale: 100 };
  // Excel's API cannot remove a print area or title rows (§13): a null leaves them
  if (page.printArea) layout.setPrintArea(page.printArea);
  if (page.titleRows) layout.setPrintTitleRows(page.titleRows);
  // header and footer come as Excel's header code already (the session escapes plan-rag's text)
  const hf = layout.headersFooters.defaultForAllPages;
  if (page.header !== undefined) {
    hf.leftHeader = page.header?.left ?? '';
    hf.centerHeader = page.header?.center ?? '';
    hf.rightHeader = page.header?.right ?? '';
  }
  if (page.footer !== undefined) {
    hf.leftFooter = page.footer?.left ?? '';
    hf.centerFooter = page.footer?.center ?? '';
    hf.rightFooter = page.footer?.right ?? '';
  }
}

async function addSheet(context: Excel.RequestContext, s: NewSheet, counter: Counter, oldCharts?: Excel.ChartCollection): Promise<void> {
  let ws: Excel.Worksheet;
  if (s.replaces) {
    // rewritten in place: deleting a sheet cannot be undone and would clear Excel's undo stack (§11)
    ws = context.workbook.worksheets.getItem(s.replaces.name);
    ws.getRange().clear('All');
    for (const c of oldCharts?.items ?? []) c.delete();
  } else ws = context.workbook.worksheets.add(s.name);
  let width = 1;
  for (const r of s.rows) width = Math.max(width, r.length);
  const height = Math.max(1, s.rows.length);
  // in blocks of rows under the request budget (a chase list or SIIP index of a large plan runs to megabytes, §3);
  // text stays text: '@' on strings before the values (§2); numbers keep General
  let start = 0;
  while (start < height) {
    const values: Array<Array<string | number>> = [];
    const formats: string[][] = [];
    let bytes = 200;
    for (let r = start; r < height && (values.length === 0 || bytes < PAYLOAD_BUDGET / 2); r++) {
      const row: Array<string | number> = [];
      const fmt: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = s.rows[r]?.[c]?.value ?? '';
        row.push(v);
        fmt.push(typeof v === 'number' ? 'General' : '@');
        bytes += (typeof v === 'number' ? 12 : JSON.stringify(v).length) + 14;
      }
      values.push(row);
      formats.push(fmt);
    }
    await room(context, counter, bytes);
    const range = ws.getRangeByIndexes(start, 0, values.length, width);
    range.numberFormat = formats;
    range.values = values;
    start += values.length;
  }
  // formats by group, links per column
  const { groups, links } = sheetFormats(s);
  for (const g of groups) {
    for (const address of rangeAddresses(g.cells, ADDRESS_CHARS)) {
      await room(context, counter, address.length + 200);
      setFormat(ws.getRanges(address).format, g.format);
    }
  }
  await setLinks(context, ws, links, counter);
  s.columnWidths.forEach((w, i) => (ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = w * POINTS_PER_CHAR));
  if (s.page) setPage(ws, s.page);
  if (s.chart) {
    const spec = s.chart;
    const d = spec.data;
    const type = `${spec.horizontal === false ? 'Column' : 'Bar'}${spec.stacked === false ? 'Clustered' : 'Stacked'}` as Excel.ChartType;
    const chart = ws.charts.add(type, ws.getRange(`${columnLetters(d.left - 1)}${d.top}:${columnLetters(d.right - 1)}${d.bottom}`), 'Columns');
    chart.title.text = spec.title;
    spec.colors.forEach((c, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${c}`));
    // the anchor is a cell (1-based): the chart's top-left goes there
    chart.setPosition(`${columnLetters(spec.anchor.col - 1)}${spec.anchor.row}`);
    chart.width = spec.anchor.width;
    chart.height = spec.anchor.height;
    if (spec.dataLabels) {
      chart.dataLabels.showValue = true;
      chart.dataLabels.numberFormat = '0;;;'; // no "0" on an empty segment (ExcelApi 1.8)
    }
    if (spec.legend === 'none') chart.legend.visible = false;
    else chart.legend.position = spec.legend === 'right' ? 'Right' : spec.legend === 'top' ? 'Top' : 'Bottom';
  }
  // the board's pages go first among the tabs: printing the workbook prints them first
  if (s.index !== undefined && !s.replaces) ws.position = s.index;
  if (s.visibility !== 'visible') ws.visibility = s.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
}
