/// <reference types="office-js" />
import { columnLetters } from '../../src/core/grid';
/**
 * A strict fake of the part of the Excel JavaScript API (office-js) the add-in uses. It models what Excel really
 * does, not what would be convenient; each behaviour cites the section of docs/host-behaviour.md that records
 * its source (Microsoft's docs, the office-js type definitions, or an OfficeDev/office-js issue):
 *
 * - calls are queued and run at `context.sync()`, in order; an op that fails fails the sync, and the ops before it
 *   stay done (there is no rollback);
 * - a property read before `load()` and `sync()` throws PropertyNotLoaded (§5);
 * - Excel on the web refuses a request or a response over 5 MB (§3), and an address string over 8,192 characters (§3);
 * - strings written through `values` are parsed as if typed ("2015-01-21" becomes a date serial, "1.10" the number
 *   1.1, "TRUE" a boolean, "=..." a formula) unless the cell's number format is already text, "@" (§2);
 * - a `values` array must match the range's shape; `null` leaves a cell, "" empties it (§6);
 * - `onChanged` fires for the add-in's own writes too, unless `context.runtime.enableEvents` is false (§1);
 * - `getMergedAreasOrNullObject` fails above 512 areas and returns only areas whose top-left cell is in the range (§4);
 * - a hyperlink gives the cell the Hyperlink look (blue, underlined); `clear("Hyperlinks")` removes the link and
 *   keeps that look; `clear("RemoveHyperlinks")` removes both; `setCellProperties` cannot remove a link (§7);
 * - "no fill" reads back as white with no tint; `fill.clear()` restores it (§8);
 * - a very hidden sheet cannot be deleted; the last visible sheet cannot be deleted or hidden (§10);
 * - worksheet ids hold within a session and may change in the next (§9, `newSession()`);
 * - on Windows, fit-to-pages zoom is not applied until the Page Layout tab has been shown; a scale always is (§12);
 * - a protected sheet refuses changes (AccessDenied);
 * - members above the requirement sets the fake is told it has throw ApiNotFound (§17).
 *
 * It runs in Node (tests, benchmark) and in the browser (the task-pane harness). Its classes are checked against
 * `@types/office-js` where they stand in for Excel's (see the `Check*` types at the end).
 */

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
}
export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}
export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  fill: FakeFill | null;
  font: { color: string | null; bold: boolean; italic: boolean; underline: string };
  borders: Record<'top' | 'bottom' | 'left' | 'right', FakeBorder | null>;
  wrapText: boolean;
  verticalAlignment: string;
  hyperlink: { documentReference?: string; address?: string; screenTip?: string } | null;
}
export interface FakePage {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  printArea: string | null;
  titleRows: string | null;
  headers: Record<string, string>;
}
export interface FakeChart {
  type: string;
  source: string;
  title: string;
  colors: string[];
  /** The top-left cell set with setPosition. */
  position: string | null;
  showValues: boolean;
  /** The data labels' number format (ChartDataLabels.numberFormat, ExcelApi 1.8). */
  labelFormat: string | null;
  legend: string | null;
}
export interface FakeSheet {
  name: string;
  id: string;
  cells: Map<string, FakeCell>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  page: FakePage;
  colWidths: Map<number, number>;
  charts: FakeChart[];
}

export const STANDARD_COLUMN_WIDTH = 48;
export const HYPERLINK_COLOR = '#0563C1';
const HEADER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
const MB5 = 5 * 1024 * 1024;

export interface Recording {
  syncs: number;
  calls: number;
  /** Bytes each sync sent (the request Excel on the web limits to 5 MB). */
  syncBytes: number[];
  responseBytes: number[];
  /** The largest request and response, in bytes. */
  payloadBytes: number;
  maxResponseBytes: number;
  byMethod: Record<string, number>;
}

export function emptyCell(): FakeCell {
  return {
    value: '',
    formula: null,
    numberFormat: 'General',
    fill: null,
    font: { color: null, bold: false, italic: false, underline: 'None' },
    borders: { top: null, bottom: null, left: null, right: null },
    wrapText: false,
    verticalAlignment: 'Bottom',
    hyperlink: null,
  };
}

/** An error as Excel raises it (office-js#1025 shows the shape). */
export class RichApiError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    location = '',
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: 'Local' | 'Remote';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  details?: { valueBefore: unknown; valueAfter: unknown };
}

/** The workbook behind the fake: sheets, settings, listeners, and how this Excel behaves. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  activeName = '';
  selected: string | null = null;
  /** The platform: 'web' enforces the 5 MB payload limits (§3); 'windows' has the fit-to-pages bug (§12). */
  platform: 'web' | 'windows' | 'mac' = 'web';
  /** The highest ExcelApi set this Excel has (§17). */
  maxApi = '1.18';
  /** Whether the Page Layout ribbon tab has been shown this session (§12). */
  pageLayoutTabShown = false;
  /** `context.runtime.enableEvents` for the add-in's runtime (§1): per runtime, not per batch. */
  eventsEnabled = true;
  /** For tests of the self-check: an Excel that raises events even with events off (not how Excel behaves). */
  ignoresEnableEvents = false;
  /** onChanged handlers registered through the API. */
  listeners: Array<{ sheetId: string; handler: (e: ChangeEvent) => unknown }> = [];
  /** Events raised and not yet delivered. */
  private pending: ChangeEvent[] = [];
  /** Set when an operation that Excel cannot undo ran (§11). */
  undoCleared = false;
  private session = 1;
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = {
      name,
      id: this.idFor(this.nextId++),
      cells: new Map(),
      merges: [],
      visibility: 'Visible',
      protected: false,
      page: {
        orientation: 'Portrait',
        paperSize: 'Letter',
        zoom: { scale: 100 },
        printArea: null,
        titleRows: null,
        headers: Object.fromEntries(HEADER_PARTS.map((p) => [p, ''])),
      },
      colWidths: new Map(),
      charts: [],
    };
    this.sheets.push(s);
    if (!this.activeName) this.activeName = name;
    return s;
  }
  private idFor(n: number): string {
    return `{00000000-000${this.session}-0000-${String(n).padStart(4, '0')}-000000000000}`;
  }
  /** The workbook closed and opened again: ids may change between sessions (§9). */
  newSession(): void {
    this.session++;
    this.sheets.forEach((s, i) => (s.id = this.idFor(i + 1)));
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? this.sheets.find((s) => s.id === name);
  }
  cell(sheet: FakeSheet, r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = sheet.cells.get(key);
    if (!cell) sheet.cells.set(key, (cell = emptyCell()));
    return cell;
  }
  supports(version: string): boolean {
    const [a, b] = version.split('.').map(Number);
    const [c, d] = this.maxApi.split('.').map(Number);
    return a < c || (a === c && b <= d);
  }

  /** A person types a value into a cell (as if typed: §2), and the change event fires. */
  async edit(sheetName: string, address: string, value: string | number, source: 'Local' | 'Remote' = 'Local'): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const a = parseAddress(address);
    const cell = this.cell(sheet, a.top, a.left);
    const before = cell.value;
    writeTyped(cell, value);
    this.raise({
      worksheetId: sheet.id,
      address,
      changeType: 'RangeEdited',
      source,
      triggerSource: 'Unknown',
      details: { valueBefore: before, valueAfter: cell.value },
    });
    await this.deliver();
  }
  /** A person changes a cell's fill by hand. */
  paint(sheetName: string, address: string, color: string | null): void {
    const a = parseAddress(address);
    this.cell(this.sheet(sheetName)!, a.top, a.left).fill = color ? { color: color.toUpperCase(), pattern: 'Solid', patternColor: null } : null;
  }
  /** Inserts rows above a 0-based row, shifting cells, merges and links' own cells down (as Excel's Insert does). */
  insertRows(sheetName: string, before: number, count = 1): void {
    const s = this.sheet(sheetName)!;
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= before ? `${r + count},${col}` : k, c);
    }
    s.cells = moved;
    s.merges = s.merges.map((m) => (m.top >= before ? { ...m, top: m.top + count, bottom: m.bottom + count } : m));
  }
  raise(e: ChangeEvent): void {
    this.pending.push(e);
  }
  /** Delivers raised events to the handlers (Excel delivers them after the batch that caused them). */
  async deliver(): Promise<void> {
    const events = this.pending;
    this.pending = [];
    for (const e of events) for (const l of this.listeners.filter((x) => x.sheetId === e.worksheetId)) await l.handler(e);
  }
  /** Every sheet's values and formats, for "nothing changed" checks. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const empty = JSON.stringify(emptyCell());
    for (const s of this.sheets) {
      const cells: Record<string, FakeCell> = {};
      for (const [k, v] of [...s.cells].sort()) if (JSON.stringify(v) !== empty) cells[k] = JSON.parse(JSON.stringify(v));
      out[s.name] = {
        cells,
        merges: s.merges,
        visibility: s.visibility,
        page: JSON.parse(JSON.stringify(s.page)),
        colWidths: [...s.colWidths].sort((a, b) => a[0] - b[0]),
      };
    }
    return out;
  }
  /**
   * What an add-in can observe of every sheet: as `snapshot`, but with an automatic font colour reported as black,
   * the way `getCellProperties` reports it (§8). Excel's API cannot set a font colour back to Automatic, only to
   * black, so "restored" means "reads the same through the API".
   */
  observable(): Record<string, unknown> {
    const out = this.snapshot() as Record<string, { cells: Record<string, FakeCell> }>;
    const empty = JSON.stringify({ ...emptyCell(), font: { ...emptyCell().font, color: '#000000' } });
    for (const s of Object.values(out)) {
      for (const [k, c] of Object.entries(s.cells)) {
        c.font = { ...c.font, color: c.font.color ?? '#000000' };
        if (JSON.stringify(c) === empty) delete s.cells[k];
      }
    }
    return out;
  }
  /** Values only, by "sheet!r,c" (0-based). */
  values(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.sheets) for (const [k, v] of s.cells) if (v.value !== '') out[`${s.name}!${k}`] = v.value;
    return out;
  }
}

/**
 * Writes a value as Excel does when a string comes through `values` (§2): parsed as if typed, unless the cell is
 * text-formatted. Returns nothing; the cell changes.
 */
export function writeTyped(cell: FakeCell, v: unknown): void {
  cell.formula = null;
  if (v === '' || v === null) {
    cell.value = '';
    return;
  }
  if (typeof v !== 'string') {
    cell.value = v as number | boolean;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    const d = new Date(ms);
    if (d.getUTCMonth() === Number(iso[2]) - 1) {
      cell.value = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
      if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy'; // office-js#229
      return;
    }
  }
  if (/^=/.test(v)) {
    cell.formula = v;
    cell.value = '';
    return;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) {
    cell.value = Number(v);
    return;
  }
  if (/^(true|false)$/i.test(v)) {
    cell.value = v.toLowerCase() === 'true';
    return;
  }
  cell.value = v;
}

type Op = { method: string; bytes: number; location: string; run: () => number | void };

/** A request context: queue, sync, record. */
export class FakeContext {
  readonly recording: Recording = { syncs: 0, calls: 0, syncBytes: [], responseBytes: [], payloadBytes: 0, maxResponseBytes: 0, byMethod: {} };
  readonly workbook: FakeWorkbook;
  readonly application: { suspendScreenUpdatingUntilNextSync: () => void };
  readonly runtime: FakeRuntime;
  private ops: Op[] = [];
  constructor(
    readonly state: FakeWorkbookState,
    readonly latencyMs = 0,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => this.queue('suspendScreenUpdatingUntilNextSync', [], 'Application', () => undefined, '1.9'),
    };
    this.runtime = new FakeRuntime(this);
  }

  queue(method: string, args: unknown[], location: string, run: () => number | void, api?: string): void {
    if (api && !this.state.supports(api))
      throw new RichApiError('ApiNotFound', `${method} needs ExcelApi ${api}; this Excel has ${this.state.maxApi}.`, location);
    this.recording.calls++;
    this.recording.byMethod[method] = (this.recording.byMethod[method] ?? 0) + 1;
    this.ops.push({ method, bytes: byteLength(args) + method.length + 20, location, run });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const sent = ops.reduce((n, o) => n + o.bytes, 0);
    this.recording.syncs++;
    this.recording.syncBytes.push(sent);
    this.recording.payloadBytes = Math.max(this.recording.payloadBytes, sent);
    if (this.state.platform === 'web' && sent > MB5) {
      this.recording.responseBytes.push(0);
      throw new RichApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    let received = 0;
    try {
      for (const op of ops) {
        try {
          const r = op.run();
          if (typeof r === 'number') received += r;
        } catch (err) {
          if (err instanceof RichApiError) throw err;
          throw new RichApiError('GeneralException', err instanceof Error ? err.message : String(err), op.location);
        }
      }
      if (this.state.platform === 'web' && received > MB5)
        throw new RichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    } finally {
      this.recording.responseBytes.push(received);
      this.recording.maxResponseBytes = Math.max(this.recording.maxResponseBytes, received);
      if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
      await this.state.deliver();
    }
  }
}

function byteLength(v: unknown): number {
  const s = JSON.stringify(v ?? null);
  return s === undefined ? 0 : s.length;
}

function notLoaded(prop: string, location: string): RichApiError {
  // §5: the exact message Excel gives
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${location}.${prop}`,
  );
}

/** Properties set by a load op become readable after the sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly location: string) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop, this.location);
    return this.loaded.get(prop) as T;
  }
  setLoaded(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
}

class FakeRuntime extends Loadable {
  constructor(private ctx: FakeContext) {
    super('Runtime');
  }
  get enableEvents(): boolean {
    return this.get('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.ctx.queue('runtime.enableEvents', [v], 'Runtime', () => void (this.ctx.state.eventsEnabled = v), '1.8');
  }
  load(): this {
    this.ctx.queue(
      'runtime.load',
      [],
      'Runtime',
      () => {
        this.loaded.set('enableEvents', this.ctx.state.eventsEnabled);
        return 10;
      },
      '1.8',
    );
    return this;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(private ctx: FakeContext) {
    super('WorksheetCollection');
  }
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  load(props?: string): this {
    this.ctx.queue('worksheets.load', [props], this.location, () => {
      const items = this.ctx.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        w.setLoaded('name', s.name);
        w.setLoaded('id', s.id);
        w.setLoaded('visibility', s.visibility);
        w.setLoaded('isNullObject', false);
        return w;
      });
      this.loaded.set('items', items);
      return byteLength(items.map((i) => [i.name, i.id, i.visibility]));
    });
    return this;
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(this.ctx.state.activeName));
  }
  /** By name or id (§9). */
  getItem(key: string): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheet(key);
      if (!s) throw new RichApiError('ItemNotFound', `The requested resource doesn't exist.`, 'WorksheetCollection.getItem');
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key), true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue('worksheets.add', [name], 'WorksheetCollection.add', () => {
      if (this.ctx.state.sheet(name)) throw new RichApiError('ItemAlreadyExists', 'The resource already exists.', 'WorksheetCollection.add');
      if (name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'WorksheetCollection.add');
      this.ctx.state.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name));
  }
}

export class FakeWorksheet extends Loadable {
  readonly protection: { readonly protected: boolean; load: (p?: string) => void };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChartApi; load: (p?: string) => void; readonly items: FakeChartApi[] };
  constructor(
    private ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
    private nullable = false,
  ) {
    super('Worksheet');
    const self = this;
    this.protection = {
      get protected(): boolean {
        return self.get<boolean>('protection.protected');
      },
      load: () =>
        ctx.queue('protection.load', [], 'WorksheetProtection', () => {
          self.loaded.set('protection.protected', !!self.sheetOrThrow().protected);
          return 5;
        }),
    };
    let items: FakeChartApi[] | null = null;
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = { type, source: '', title: '', colors: [], position: null, showValues: false, labelFormat: null, legend: 'Right' };
        ctx.queue('charts.add', [type, seriesBy], 'ChartCollection.add', () => {
          const s = self.writable();
          chart.source = source.addressText();
          s.charts.push(chart);
        });
        return new FakeChartApi(ctx, chart, self);
      },
      load: () =>
        ctx.queue('charts.load', [], 'ChartCollection', () => {
          items = self.sheetOrThrow().charts.map((c) => new FakeChartApi(ctx, c, self));
          return 50;
        }),
      get items(): FakeChartApi[] {
        if (!items) throw notLoaded('items', 'ChartCollection');
        return items;
      },
    };
  }
  sheetOrThrow(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new RichApiError('ItemNotFound', `The requested resource doesn't exist.`, 'Worksheet');
    return s;
  }
  /** The sheet, refusing changes when it is protected. */
  writable(): FakeSheet {
    const s = this.sheetOrThrow();
    if (s.protected) throw new RichApiError('AccessDenied', 'The cell or chart you are trying to change is protected and therefore read-only.', 'Worksheet');
    return s;
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.ctx.queue('worksheet.name', [v], 'Worksheet.name', () => void (this.sheetOrThrow().name = v));
  }
  get id(): string {
    return this.get('id');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.ctx.queue('worksheet.visibility', [v], 'Worksheet.visibility', () => {
      const s = this.sheetOrThrow();
      const visible = this.ctx.state.sheets.filter((x) => x.visibility === 'Visible');
      if (v !== 'Visible' && s.visibility === 'Visible' && visible.length === 1)
        throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
      s.visibility = v as FakeSheet['visibility'];
      this.ctx.state.undoCleared ||= this.ctx.state.platform !== 'web'; // §11: visibility is not undoable on the desktop
    });
  }
  load(props?: string): this {
    this.ctx.queue('worksheet.load', [props], 'Worksheet', () => {
      const s = this.resolve();
      if (!s && !this.nullable) throw new RichApiError('ItemNotFound', `The requested resource doesn't exist.`, 'Worksheet');
      this.loaded.set('isNullObject', !s);
      if (s) {
        this.loaded.set('name', s.name);
        this.loaded.set('id', s.id);
        this.loaded.set('visibility', s.visibility);
      }
      return 60;
    });
    return this;
  }
  delete(): void {
    this.ctx.queue('worksheet.delete', [], 'Worksheet.delete', () => {
      const s = this.resolve();
      if (!s) {
        if (this.nullable) return;
        throw new RichApiError('ItemNotFound', `The requested resource doesn't exist.`, 'Worksheet.delete');
      }
      // §10: a very hidden sheet must be made visible or hidden first
      if (s.visibility === 'VeryHidden')
        throw new RichApiError('InvalidOperation', 'This operation is not permitted for the current object.', 'Worksheet.delete');
      if (s.visibility === 'Visible' && this.ctx.state.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
      }
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      this.ctx.state.undoCleared = true; // §11: deleting a sheet cannot be undone
      if (this.ctx.state.activeName === s.name) this.ctx.state.activeName = this.ctx.state.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
    });
  }
  activate(): void {
    this.ctx.queue('worksheet.activate', [], 'Worksheet.activate', () => void (this.ctx.state.activeName = this.sheetOrThrow().name));
  }
  set position(i: number) {
    this.ctx.queue('worksheet.position', [i], 'Worksheet.position', () => {
      const s = this.sheetOrThrow();
      const rest = this.ctx.state.sheets.filter((x) => x !== s);
      rest.splice(Math.max(0, Math.min(i, rest.length)), 0, s);
      this.ctx.state.sheets = rest;
    });
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, this);
  }
  get onChanged(): { add: (h: (e: ChangeEvent) => unknown) => { remove: () => void; context: FakeContext } } {
    return {
      add: (handler) => {
        const entry = { sheetId: '', handler };
        this.ctx.queue('onChanged.add', [], 'Worksheet.onChanged', () => {
          entry.sheetId = this.sheetOrThrow().id;
          this.ctx.state.listeners.push(entry);
        });
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.queue(
              'onChanged.remove',
              [],
              'Worksheet.onChanged',
              () => void (this.ctx.state.listeners = this.ctx.state.listeners.filter((l) => l !== entry)),
            ),
        };
      },
    };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.recording.calls++;
    void valuesOnly;
    return new FakeRange(this.ctx, this, () => {
      const s = this.resolve();
      if (!s) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, c] of s.cells) {
        if (c.value === '' && !c.formula) continue;
        const [r, col] = k.split(',').map(Number);
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }
      return bottom < 0 ? null : { top, left, bottom, right };
    });
  }
  getRange(address?: string): FakeRange {
    this.ctx.recording.calls++;
    if (address !== undefined && address.length > 8192)
      throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Worksheet.getRange');
    const area = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseAddress(address);
    return new FakeRange(this.ctx, this, () => area);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.recording.calls++;
    return new FakeRange(this.ctx, this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(address: string): FakeRangeAreas {
    // §3: the d.ts says an address over 8,192 characters is an InvalidArgument; the fake holds the host to that
    if (address.length > 8192)
      throw new RichApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format.`, 'Worksheet.getRanges');
    if (!this.ctx.state.supports('1.9')) throw new RichApiError('ApiNotFound', 'getRanges needs ExcelApi 1.9.', 'Worksheet.getRanges');
    this.ctx.recording.calls++;
    this.ctx.recording.byMethod.getRanges = (this.ctx.recording.byMethod.getRanges ?? 0) + 1;
    return new FakeRangeAreas(this.ctx, this, address.split(',').map(parseAddress), address.length);
  }
}

class FakeChartApi {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => { format: { fill: { setSolidColor: (c: string) => void } } } };
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  readonly legend: { visible: boolean; position: string };
  top = 0;
  left = 0;
  width = 0;
  height = 0;
  delete: () => void;
  setPosition: (start: string) => void;
  constructor(ctx: FakeContext, chart: FakeChart, ws: FakeWorksheet) {
    this.setPosition = (start: string) => ctx.queue('chart.setPosition', [start], 'Chart.setPosition', () => void (chart.position = start));
    const labels = {} as { showValue: boolean; numberFormat: string };
    Object.defineProperty(labels, 'showValue', {
      set: (v: boolean) => {
        ctx.queue('chart.dataLabels', [v], 'ChartDataLabels', () => void (chart.showValues = v));
      },
    });
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabels#excel-excel-chartdatalabels-numberformat-member (ExcelApi 1.8)
    Object.defineProperty(labels, 'numberFormat', {
      set: (v: string) => {
        ctx.queue('chart.dataLabels.numberFormat', [v], 'ChartDataLabels', () => void (chart.labelFormat = v));
      },
    });
    Object.preventExtensions(labels);
    this.dataLabels = labels;
    const legend = {} as { visible: boolean; position: string };
    Object.defineProperty(legend, 'visible', {
      set: (v: boolean) => {
        ctx.queue('chart.legend.visible', [v], 'ChartLegend', () => void (chart.legend = v ? (chart.legend ?? 'Right') : null));
      },
    });
    Object.defineProperty(legend, 'position', {
      set: (v: string) => {
        ctx.queue('chart.legend.position', [v], 'ChartLegend', () => void (chart.legend = v));
      },
    });
    this.legend = legend;
    this.delete = () => ctx.queue('chart.delete', [], 'Chart.delete', () => void (ws.writable().charts = ws.writable().charts.filter((c) => c !== chart)));
    const title = {} as { text: string };
    Object.defineProperty(title, 'text', {
      set: (t: string) => {
        ctx.queue('chart.title', [t], 'Chart.title', () => void (chart.title = t));
      },
    });
    this.title = title;
    this.series = {
      getItemAt: (i: number) => ({
        format: { fill: { setSolidColor: (c: string) => ctx.queue('series.fill', [c], 'ChartSeries', () => void (chart.colors[i] = c.toUpperCase())) } },
      }),
    };
  }
}

class FakePageLayout extends Loadable {
  readonly headersFooters: { defaultForAllPages: Record<string, unknown> };
  constructor(
    private ctx: FakeContext,
    private ws: FakeWorksheet,
  ) {
    super('PageLayout');
    const loaded = new Map<string, string>();
    const headers: Record<string, unknown> = {};
    for (const part of HEADER_PARTS) {
      Object.defineProperty(headers, part, {
        get: () => {
          if (!loaded.has(part)) throw notLoaded(part, 'HeaderFooter');
          return loaded.get(part);
        },
        set: (v: string) => {
          ctx.queue(`headersFooters.${part}`, [v], 'HeaderFooter', () => void (ws.writable().page.headers[part] = v), '1.9');
        },
      });
    }
    headers.load = () =>
      ctx.queue(
        'headersFooters.load',
        [],
        'HeaderFooter',
        () => {
          for (const part of HEADER_PARTS) loaded.set(part, ws.sheetOrThrow().page.headers[part]);
          return 200;
        },
        '1.9',
      );
    this.headersFooters = { defaultForAllPages: headers };
  }
  load(props?: string): this {
    this.ctx.queue(
      'pageLayout.load',
      [props],
      this.location,
      () => {
        const p = this.ws.sheetOrThrow().page;
        this.loaded.set('orientation', p.orientation);
        this.loaded.set('paperSize', p.paperSize);
        this.loaded.set('zoom', { ...p.zoom });
        return 80;
      },
      '1.9',
    );
    return this;
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    this.ctx.queue('pageLayout.orientation', [v], this.location, () => void (this.ws.writable().page.orientation = v), '1.9');
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(v: string) {
    this.ctx.queue('pageLayout.paperSize', [v], this.location, () => void (this.ws.writable().page.paperSize = v), '1.9');
  }
  get zoom(): FakePage['zoom'] {
    return this.get('zoom');
  }
  set zoom(v: FakePage['zoom']) {
    this.ctx.queue(
      'pageLayout.zoom',
      [v],
      this.location,
      () => {
        const page = this.ws.writable().page;
        // §12: on Windows, fit-to-pages is not applied until the Page Layout tab has been shown; a scale is
        if ((v.horizontalFitToPages || v.verticalFitToPages) && this.ctx.state.platform === 'windows' && !this.ctx.state.pageLayoutTabShown) return;
        page.zoom = { ...v };
      },
      '1.9',
    );
  }
  setPrintArea(a: string): void {
    this.ctx.queue(
      'setPrintArea',
      [a],
      this.location,
      () => {
        if (!a) throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'PageLayout.setPrintArea'); // §13: no way to remove
        this.ws.writable().page.printArea = a.replace(/\$/g, '');
      },
      '1.9',
    );
  }
  setPrintTitleRows(a: string): void {
    this.ctx.queue(
      'setPrintTitleRows',
      [a],
      this.location,
      () => {
        if (!a) throw new RichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'PageLayout.setPrintTitleRows');
        this.ws.writable().page.titleRows = a;
      },
      '1.9',
    );
  }
  getPrintAreaOrNullObject(): { isNullObject: boolean; address: string; load: (p?: string) => void } {
    return this.nullableRange('printArea');
  }
  getPrintTitleRowsOrNullObject(): { isNullObject: boolean; address: string; load: (p?: string) => void } {
    return this.nullableRange('titleRows');
  }
  private nullableRange(which: 'printArea' | 'titleRows') {
    const loaded = new Map<string, unknown>();
    const r = {} as { isNullObject: boolean; address: string; load: (p?: string) => void };
    Object.defineProperty(r, 'isNullObject', {
      get: () =>
        loaded.has('isNullObject')
          ? loaded.get('isNullObject')
          : (() => {
              throw notLoaded('isNullObject', 'Range');
            })(),
    });
    Object.defineProperty(r, 'address', {
      get: () =>
        loaded.has('address')
          ? loaded.get('address')
          : (() => {
              throw notLoaded('address', 'Range');
            })(),
    });
    r.load = () =>
      this.ctx.queue(
        `${which}.load`,
        [],
        this.location,
        () => {
          const s = this.ws.sheetOrThrow();
          const v = s.page[which];
          loaded.set('isNullObject', !v);
          if (v) loaded.set('address', `${s.name}!${v}`);
          return 40;
        },
        '1.9',
      );
    return r;
  }
}

type Area = { top: number; left: number; bottom: number; right: number };

/** "B3:G3", "G5", "A:A", "3:3", "$A$1" → 0-based area. */
export function parseAddress(address: string): Area {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '');
  const col = (l: string) => l.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (cols) return { top: 0, left: col(cols[1]), bottom: 1_048_575, right: col(cols[2]) };
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 };
  const [a, b] = bare.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new RichApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format.`, 'Range');
    return { r: Number(m[2]) - 1, c: col(m[1]) };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { top: Math.min(s.r, e.r), left: Math.min(s.c, e.c), bottom: Math.max(s.r, e.r), right: Math.max(s.c, e.c) };
}

function areaText(a: Area): string {
  const tl = `${columnLetters(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${columnLetters(a.right)}${a.bottom + 1}`;
}

/** Applies a change to every existing-or-new cell of the areas, only where the sheet may change. */
function eachCell(state: FakeWorkbookState, sheet: FakeSheet, area: Area, f: (cell: FakeCell, r: number, c: number) => void): void {
  if (sheet.protected) throw new RichApiError('AccessDenied', 'The cell or chart you are trying to change is protected and therefore read-only.', 'Range');
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(state.cell(sheet, r, c), r, c);
}

/** Cells that exist in an area (for whole-column or whole-sheet ranges, where making every cell would be absurd). */
function existingCells(sheet: FakeSheet, area: Area, f: (cell: FakeCell, r: number, c: number) => void): void {
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number);
    if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) f(cell, r, c);
  }
}

function setHyperlink(cell: FakeCell, link: { documentReference?: string; address?: string; screenTip?: string }): void {
  cell.hyperlink = { ...link };
  // §7: the Hyperlink look comes with the link
  cell.font = { ...cell.font, color: HYPERLINK_COLOR, underline: 'Single' };
}

class FakeFormat {
  readonly fill: { color: string; pattern: string; patternColor: string; clear: () => void };
  readonly font: { color: string; bold: boolean; italic: boolean; underline: string };
  wrapText!: boolean;
  verticalAlignment!: string;
  readonly borders: { getItem: (edge: string) => { style: string; color: string; weight: string } };
  constructor(ctx: FakeContext, apply: (method: string, args: unknown[], f: (cell: FakeCell) => void, api?: string) => void) {
    const setter = (method: string, f: (cell: FakeCell, v: never) => void, api?: string) => (v: unknown) => {
      apply(method, [v], (cell) => f(cell, v as never), api);
    };
    const fill = { clear: () => apply('format.fill.clear', [], (cell) => (cell.fill = null)) } as FakeFormat['fill'];
    Object.defineProperty(fill, 'color', {
      set: setter(
        'format.fill.color',
        (cell, v: string) => (cell.fill = { color: v.toUpperCase(), pattern: cell.fill?.pattern ?? 'Solid', patternColor: cell.fill?.patternColor ?? null }),
      ),
    });
    Object.defineProperty(fill, 'pattern', {
      set: setter(
        'format.fill.pattern',
        (cell, v: string) => (cell.fill = { color: cell.fill?.color ?? '#FFFFFF', pattern: v, patternColor: cell.fill?.patternColor ?? null }),
        '1.9',
      ),
    });
    Object.defineProperty(fill, 'patternColor', {
      set: setter(
        'format.fill.patternColor',
        (cell, v: string) => (cell.fill = { color: cell.fill?.color ?? '#FFFFFF', pattern: cell.fill?.pattern ?? 'Solid', patternColor: v.toUpperCase() }),
        '1.9',
      ),
    });
    const font = {} as FakeFormat['font'];
    Object.defineProperty(font, 'color', { set: setter('format.font.color', (cell, v: string) => (cell.font = { ...cell.font, color: v.toUpperCase() })) });
    Object.defineProperty(font, 'bold', { set: setter('format.font.bold', (cell, v: boolean) => (cell.font = { ...cell.font, bold: v })) });
    Object.defineProperty(font, 'italic', { set: setter('format.font.italic', (cell, v: boolean) => (cell.font = { ...cell.font, italic: v })) });
    Object.defineProperty(font, 'underline', { set: setter('format.font.underline', (cell, v: string) => (cell.font = { ...cell.font, underline: v })) });
    this.fill = fill;
    this.font = font;
    Object.defineProperty(this, 'wrapText', { set: setter('format.wrapText', (cell, v: boolean) => (cell.wrapText = v)) });
    Object.defineProperty(this, 'verticalAlignment', { set: setter('format.verticalAlignment', (cell, v: string) => (cell.verticalAlignment = v)) });
    const edges: Record<string, 'top' | 'bottom' | 'left' | 'right'> = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' };
    this.borders = {
      getItem: (edge: string) => {
        ctx.recording.calls++;
        const side = edges[edge];
        const b = {} as { style: string; color: string; weight: string };
        const edit = (cell: FakeCell, f: (x: FakeBorder) => FakeBorder | null) =>
          (cell.borders = { ...cell.borders, [side]: f(cell.borders[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' }) });
        Object.defineProperty(b, 'style', { set: setter('border.style', (cell, v: string) => edit(cell, (x) => (v === 'None' ? null : { ...x, style: v }))) });
        Object.defineProperty(b, 'color', {
          set: setter('border.color', (cell, v: string) => cell.borders[side] && edit(cell, (x) => ({ ...x, color: v.toUpperCase() }))),
        });
        Object.defineProperty(b, 'weight', {
          set: setter('border.weight', (cell, v: string) => cell.borders[side] && edit(cell, (x) => ({ ...x, weight: v }))),
        });
        return b;
      },
    };
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeFormat & { columnWidth: number; load: (p?: string) => void };
  constructor(
    private ctx: FakeContext,
    private ws: FakeWorksheet,
    private area: () => Area | null,
  ) {
    super('Range');
    const format = new FakeFormat(ctx, (method, args, f, api) =>
      ctx.queue(
        method,
        args,
        'RangeFormat',
        () => {
          const a = this.area();
          if (a) eachCell(ctx.state, this.ws.sheetOrThrow(), a, f);
        },
        api,
      ),
    ) as FakeFormat & { columnWidth: number; load: (p?: string) => void };
    let width: number | null = null;
    Object.defineProperty(format, 'columnWidth', {
      get: () => {
        if (width === null) throw notLoaded('columnWidth', 'RangeFormat');
        return width;
      },
      set: (w: number) => {
        ctx.queue('format.columnWidth', [w], 'RangeFormat', () => {
          const a = this.area()!;
          const s = this.ws.writable();
          for (let c = a.left; c <= a.right; c++) s.colWidths.set(c, w);
        });
      },
    });
    format.load = () =>
      ctx.queue('format.load', [], 'RangeFormat', () => {
        width = this.ws.sheetOrThrow().colWidths.get(this.area()!.left) ?? STANDARD_COLUMN_WIDTH;
        return 20;
      });
    this.format = format;
  }
  addressText(): string {
    const s = this.ws.sheetOrThrow();
    const a = this.area();
    return a ? `${s.name}!${areaText(a)}` : '';
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.ctx.queue('range.values', [v], 'Range.values', () => {
      const s = this.ws.writable();
      const a = this.area()!;
      // §6: the array must match the range
      if (!Array.isArray(v) || v.length !== a.bottom - a.top + 1 || v.some((row) => !Array.isArray(row) || row.length !== a.right - a.left + 1)) {
        throw new RichApiError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          'Range.values',
        );
      }
      const changed: string[] = [];
      let before: unknown = undefined;
      eachCell(this.ctx.state, s, a, (cell, r, c) => {
        const x = v[r - a.top][c - a.left];
        if (x === null || x === undefined) return; // null leaves the cell as it is
        before = cell.value;
        writeTyped(cell, x);
        changed.push(`${r},${c}`);
      });
      // §1: the add-in's own writes raise onChanged too, unless events are off for this runtime
      if (changed.length > 0 && (this.ctx.state.eventsEnabled || this.ctx.state.ignoresEnableEvents)) {
        const single = a.top === a.bottom && a.left === a.right;
        this.ctx.state.raise({
          worksheetId: s.id,
          address: areaText(a),
          changeType: 'RangeEdited',
          source: 'Local',
          ...(this.ctx.state.supports('1.14') ? { triggerSource: 'ThisLocalAddin' as const } : {}),
          ...(single ? { details: { valueBefore: before, valueAfter: this.ctx.state.cell(s, a.top, a.left).value } } : {}),
        });
      }
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue('range.numberFormat', [v], 'Range.numberFormat', () => {
      const a = this.area()!;
      if (!Array.isArray(v) || v.length !== a.bottom - a.top + 1 || v.some((row) => !Array.isArray(row) || row.length !== a.right - a.left + 1)) {
        throw new RichApiError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          'Range.numberFormat',
        );
      }
      eachCell(this.ctx.state, this.ws.writable(), a, (cell, r, c) => {
        const x = v[r - a.top][c - a.left];
        if (x !== null && x !== undefined) cell.numberFormat = String(x);
      });
    });
  }
  set hyperlink(link: { documentReference?: string; address?: string; screenTip?: string }) {
    this.ctx.queue(
      'range.hyperlink',
      [link],
      'Range.hyperlink',
      () => {
        const a = this.area()!;
        eachCell(this.ctx.state, this.ws.writable(), a, (cell) => setHyperlink(cell, link));
      },
      '1.7',
    );
  }
  get text(): string[][] {
    return this.get('text');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  load(props?: string): this {
    this.ctx.queue('range.load', [props], 'Range', () => {
      const s = this.ws.resolve();
      const a = s ? this.area() : null;
      this.loaded.set('isNullObject', !a);
      if (!a || !s) return 10;
      const want = (p: string) =>
        !props ||
        props
          .split(',')
          .map((x) => x.trim())
          .includes(p);
      let bytes = 40;
      const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
        if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 5_000_000)
          throw new RichApiError('GeneralException', 'The range exceeds the 5,000,000-cell read limit.', 'Range');
        const out: T[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: T[] = [];
          for (let c = a.left; c <= a.right; c++) row.push(f(s.cells.get(`${r},${c}`)));
          out.push(row);
        }
        bytes += byteLength(out);
        return out;
      };
      if (want('values'))
        this.loaded.set(
          'values',
          grid((c) => (c ? c.value : '')),
        );
      if (want('numberFormat'))
        this.loaded.set(
          'numberFormat',
          grid((c) => (c ? c.numberFormat : 'General')),
        );
      if (want('text'))
        this.loaded.set(
          'text',
          grid((c) => (c ? displayText(c) : '')),
        );
      this.loaded.set('rowIndex', a.top);
      this.loaded.set('columnIndex', a.left);
      this.loaded.set('rowCount', a.bottom - a.top + 1);
      this.loaded.set('columnCount', a.right - a.left + 1);
      this.loaded.set('address', `${s.name}!${areaText(a)}`);
      return bytes;
    });
    return this;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.ctx.state.supports('1.13'))
      throw new RichApiError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.', 'Range.getMergedAreasOrNullObject');
    this.ctx.recording.calls++;
    const areas = new FakeRangeAreas(this.ctx, this.ws, [], 0);
    areas.mergedOf = () => {
      const s = this.ws.resolve();
      const a = this.area();
      if (!s || !a) return [];
      // §4: only areas whose top-left cell lies in the range; more than 512 fails
      const inside = s.merges.filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right);
      if (inside.length > 512) throw new RichApiError('GeneralException', 'There were too many merged areas to return.', 'Range.getMergedAreasOrNullObject');
      return inside;
    };
    return areas;
  }
  getCellProperties(opts: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    const result = {} as { value: Excel.CellProperties[][] };
    let v: Excel.CellProperties[][] | null = null;
    Object.defineProperty(result, 'value', {
      get: () => {
        if (!v) throw notLoaded('value', 'ClientResult');
        return v;
      },
    });
    this.ctx.queue(
      'getCellProperties',
      [opts],
      'Range.getCellProperties',
      () => {
        const s = this.ws.sheetOrThrow();
        const a = this.area()!;
        const rows: Excel.CellProperties[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: Excel.CellProperties[] = [];
          for (let c = a.left; c <= a.right; c++) row.push(pick(cellProperties(s.cells.get(`${r},${c}`) ?? emptyCell()), opts) as Excel.CellProperties);
          rows.push(row);
        }
        v = rows;
        return byteLength(rows);
      },
      '1.9',
    );
    return result;
  }
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.ctx.queue(
      'setCellProperties',
      [data],
      'Range.setCellProperties',
      () => {
        const a = this.area()!;
        if (data.length !== a.bottom - a.top + 1 || data.some((row) => row.length !== a.right - a.left + 1)) {
          throw new RichApiError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            'Range.setCellProperties',
          );
        }
        eachCell(this.ctx.state, this.ws.writable(), a, (cell, r, c) => {
          const p = data[r - a.top][c - a.left];
          if (!p) return;
          const f = p.format;
          if (f?.fill?.color !== undefined)
            cell.fill = {
              color: f.fill.color.toUpperCase(),
              pattern: f.fill.pattern ?? cell.fill?.pattern ?? 'Solid',
              patternColor: f.fill.patternColor?.toUpperCase() ?? null,
            };
          if (f?.font) {
            const x = f.font;
            cell.font = {
              color: x.color !== undefined ? x.color.toUpperCase() : cell.font.color,
              bold: x.bold ?? cell.font.bold,
              italic: x.italic ?? cell.font.italic,
              underline: x.underline ?? cell.font.underline,
            };
          }
          if (f?.wrapText !== undefined) cell.wrapText = f.wrapText;
          if (f?.verticalAlignment !== undefined) cell.verticalAlignment = f.verticalAlignment;
          // §7: a link can be set this way; an empty one does not remove a link (removal is not documented)
          if (p.hyperlink && (p.hyperlink.documentReference || p.hyperlink.address)) setHyperlink(cell, p.hyperlink);
        });
      },
      '1.9',
    );
  }
  clear(applyTo?: string): void {
    this.ctx.queue('range.clear', [applyTo], 'Range.clear', () => {
      const a = this.area()!;
      const s = this.ws.writable();
      existingCells(s, a, (cell) => clearCell(cell, applyTo));
    });
  }
  merge(): void {
    this.ctx.queue(
      'range.merge',
      [],
      'Range.merge',
      () => {
        const a = this.area()!;
        this.ws.writable().merges.push({ ...a });
      },
      '1.2',
    );
  }
  select(): void {
    this.ctx.queue('range.select', [], 'Range.select', () => {
      const s = this.ws.sheetOrThrow();
      this.ctx.state.activeName = s.name;
      this.ctx.state.selected = `${s.name}!${areaText(this.area()!)}`;
    });
  }
}

/** §7: "Hyperlinks" keeps the look; "RemoveHyperlinks" takes the look too; "Contents" values only; "All" everything. */
function clearCell(cell: FakeCell, applyTo = 'All'): void {
  switch (applyTo) {
    case 'Hyperlinks':
      cell.hyperlink = null;
      break;
    case 'RemoveHyperlinks':
      cell.hyperlink = null;
      cell.font = { ...cell.font, color: null, underline: 'None' };
      break;
    case 'Contents':
      cell.value = '';
      cell.formula = null;
      break;
    case 'Formats':
      Object.assign(cell, { ...emptyCell(), value: cell.value, formula: cell.formula, hyperlink: cell.hyperlink });
      break;
    default:
      Object.assign(cell, emptyCell());
  }
}

/** What getCellProperties reports for a cell (§8: no fill is white with no tint; §7: no link, no hyperlink key). */
function cellProperties(cell: FakeCell): Record<string, unknown> {
  const border = (b: FakeBorder | null) => (b ? { style: b.style, color: b.color, weight: b.weight } : { style: 'None', color: '#000000', weight: 'Thin' });
  return {
    format: {
      fill: cell.fill
        ? { color: cell.fill.color, pattern: cell.fill.pattern, patternColor: cell.fill.patternColor ?? '#000000', tintAndShade: 0 }
        : { color: '#FFFFFF', pattern: null, patternColor: '#000000', tintAndShade: null },
      font: { color: cell.font.color ?? '#000000', bold: cell.font.bold, italic: cell.font.italic, underline: cell.font.underline },
      borders: { top: border(cell.borders.top), bottom: border(cell.borders.bottom), left: border(cell.borders.left), right: border(cell.borders.right) },
      wrapText: cell.wrapText,
      verticalAlignment: cell.verticalAlignment,
    },
    ...(cell.hyperlink ? { hyperlink: { ...cell.hyperlink } } : {}),
  };
}

export class FakeRangeAreas extends Loadable {
  readonly format: FakeFormat;
  mergedOf: (() => Area[]) | null = null;
  constructor(
    private ctx: FakeContext,
    private ws: FakeWorksheet,
    private list: Area[],
    private addressBytes: number,
  ) {
    super('RangeAreas');
    this.format = new FakeFormat(ctx, (method, args, f, api) =>
      ctx.queue(
        method,
        [...args, this.addressBytes],
        'RangeAreas.format',
        () => {
          const s = this.ws.sheetOrThrow();
          for (const a of this.list) eachCell(ctx.state, s, a, f);
        },
        api,
      ),
    );
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get areas(): { items: Array<{ rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }> } {
    return this.get('areas');
  }
  get address(): string {
    return this.get('address');
  }
  load(props?: string): this {
    this.ctx.queue('rangeAreas.load', [props], this.location, () => {
      const list = this.mergedOf ? this.mergedOf() : this.list;
      this.loaded.set('isNullObject', this.mergedOf ? list.length === 0 : false);
      const items = list.map((a) => ({ rowIndex: a.top, columnIndex: a.left, rowCount: a.bottom - a.top + 1, columnCount: a.right - a.left + 1 }));
      this.loaded.set('areas', { items });
      this.loaded.set('address', list.map((a) => `${this.ws.sheetOrThrow().name}!${areaText(a)}`).join(','));
      return byteLength(items);
    });
    return this;
  }
  clear(applyTo?: string): void {
    this.ctx.queue(
      'rangeAreas.clear',
      [applyTo, this.addressBytes],
      'RangeAreas.clear',
      () => {
        const s = this.ws.writable();
        for (const a of this.list) eachCell(this.ctx.state, s, a, (cell) => clearCell(cell, applyTo));
      },
      '1.9',
    );
  }
}

/** Keeps the parts of `value` that a load-options object asks for (`true` leaves), as Excel returns only those. */
function pick(value: unknown, shape: unknown): unknown {
  if (shape === true) return value;
  if (!shape || typeof shape !== 'object' || !value || typeof value !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(shape as Record<string, unknown>)) {
    if (k === 'borders' && v && typeof v === 'object') {
      // border load options apply to every edge
      const sides: Record<string, unknown> = {};
      for (const [side, b] of Object.entries((value as Record<string, unknown>).borders as Record<string, unknown>)) sides[side] = pick(b, v);
      out.borders = sides;
      continue;
    }
    const picked = pick((value as Record<string, unknown>)[k], v);
    if (picked !== undefined) out[k] = picked;
  }
  return out;
}

function displayText(cell: FakeCell): string {
  if (typeof cell.value === 'number' && /[dy]/i.test(cell.numberFormat.replace(/"[^"]*"/g, ''))) {
    const d = new Date(Date.UTC(1899, 11, 30) + cell.value * 86_400_000);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    if (!/d/i.test(cell.numberFormat)) return `${months[d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return String(cell.value);
}

/** Builds a fake workbook from grids (values, number formats, merges). */
export function fakeWorkbookFrom(sheets: Array<{ name: string; values: unknown[][]; numberFormats?: unknown[][]; merges?: Area[] }>): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (const s of sheets) {
    const sheet = state.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = state.cell(sheet, r, c);
        cell.value = v as string | number | boolean;
        const f = s.numberFormats?.[r]?.[c];
        if (typeof f === 'string' && f) cell.numberFormat = f;
      }),
    );
    sheet.merges = s.merges ?? [];
  }
  return state;
}

/** `Excel.run` against the fake: a new context for each batch. */
export function fakeRunner(state: FakeWorkbookState, recordings?: Recording[], latencyMs = 0) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(state, latencyMs);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      recordings?.push(context.recording);
    }
  };
}

// Signatures checked against Microsoft's type definitions: a fake method whose shape drifts from office-js stops
// compiling here.
type Check<Fake, Real> = Fake extends Real ? true : never;
export const typeChecks: [
  Check<Pick<FakeRange, 'setCellProperties'>, Pick<Excel.Range, 'setCellProperties'>>,
  Check<
    Pick<FakeRange, 'values' | 'numberFormat' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'address' | 'isNullObject'>,
    Pick<Excel.Range, 'values' | 'numberFormat' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'address' | 'isNullObject'>
  >,
  Check<Pick<FakeWorksheet, 'name' | 'id' | 'isNullObject'>, Pick<Excel.Worksheet, 'name' | 'id' | 'isNullObject'>>,
  Check<ReturnType<FakeRange['getCellProperties']>['value'], Excel.CellProperties[][]>,
] = [true, true, true, true];
