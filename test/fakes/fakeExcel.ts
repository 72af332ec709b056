/**
 * A recording fake of the part of the Excel JavaScript API the add-in uses. Calls are queued and run at
 * `context.sync()`, in order, as in Excel; properties must be loaded before they are read. It counts syncs,
 * calls, and the bytes of each round trip (request + response), so tests and the benchmark can hold the host to
 * its budgets. It runs in Node (tests, benchmark) and in the browser (the task-pane harness).
 */

export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}
export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  wrapText: boolean;
  verticalAlignment: string;
  borders: Record<'top' | 'bottom' | 'left' | 'right', FakeBorder>;
  hyperlink: { documentReference?: string; address?: string; screenTip?: string } | null;
}
export interface FakePage {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: string | null;
  titleRows: string | null;
  headers: Record<string, string>;
}
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  visibility: string;
  protected: boolean;
  page: FakePage;
  /** 0-based row → height in points (rows not set have the standard height). */
  rowHeights: Map<number, number>;
  /** 0-based column → width in points. */
  colWidths: Map<number, number>;
}

export const STANDARD_ROW_HEIGHT = 15;
export const STANDARD_COLUMN_WIDTH = 48;
const HEADER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export interface Recording {
  syncs: number;
  calls: number;
  /** Bytes sent by each sync (the request payload Excel limits to 5 MB). */
  syncBytes: number[];
  /** Bytes that came back from each sync (loaded values and properties). */
  responseBytes: number[];
  /** The largest single request, in bytes. */
  payloadBytes: number;
  /** The largest single response, in bytes. */
  maxResponseBytes: number;
  /** Calls by method name, for tests ("getRanges", "setCellProperties"...). */
  byMethod: Record<string, number>;
}

const NO_BORDER: FakeBorder = { style: 'None', color: '#000000', weight: 'Thin' };

export function emptyCell(): FakeCell {
  return {
    value: '',
    numberFormat: 'General',
    fill: null,
    fontColor: '#000000',
    bold: false,
    italic: false,
    wrapText: false,
    verticalAlignment: 'Bottom',
    borders: { top: { ...NO_BORDER }, bottom: { ...NO_BORDER }, left: { ...NO_BORDER }, right: { ...NO_BORDER } },
    hyperlink: null,
  };
}

/** The workbook behind the fake. */
export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  activeName = '';
  settings = new Map<string, unknown>();
  selected: string | null = null;
  /** onChanged handlers registered through the API, by sheet name. */
  listeners: Array<{ sheet: string; handler: (e: unknown) => unknown }> = [];

  /** Edits a cell as a user would (value only) and fires the sheet's onChanged handlers. */
  async edit(sheetName: string, address: string, value: string | number): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const a = parseAddress(address);
    this.cell(sheet, a.top, a.left).value = value;
    for (const l of this.listeners.filter((x) => x.sheet === sheet.name)) await l.handler({ address, changeType: 'RangeEdited', worksheetId: sheet.name });
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = {
      name,
      cells: new Map(),
      merges: [],
      visibility: 'Visible',
      protected: false,
      page: { orientation: 'Portrait', zoom: { scale: 100 }, printArea: null, titleRows: null, headers: Object.fromEntries(HEADER_PARTS.map((p) => [p, ''])) },
      rowHeights: new Map(),
      colWidths: new Map(),
    };
    this.sheets.push(s);
    if (!this.activeName) this.activeName = name;
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  cell(sheet: FakeSheet, r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = sheet.cells.get(key);
    if (!cell) sheet.cells.set(key, (cell = emptyCell()));
    return cell;
  }
  /** Every sheet's values and formats, for "nothing changed" checks. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.sheets) {
      const cells: Record<string, FakeCell> = {};
      for (const [k, v] of s.cells) {
        const isEmpty = v.value === '' && JSON.stringify({ ...v, value: '' }) === JSON.stringify(emptyCell());
        if (!isEmpty) cells[k] = JSON.parse(JSON.stringify(v));
      }
      out[s.name] = {
        cells,
        merges: s.merges,
        visibility: s.visibility,
        page: JSON.parse(JSON.stringify(s.page)),
        rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        colWidths: [...s.colWidths.entries()].sort((a, b) => a[0] - b[0]),
      };
    }
    return out;
  }
  /** Values only. */
  values(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.sheets) for (const [k, v] of s.cells) if (v.value !== '') out[`${s.name}!${k}`] = v.value;
    return out;
  }
}

type Op = { method: string; bytes: number; run: () => number | void };

class PropertyNotLoaded extends Error {
  constructor(prop: string) {
    super(`PropertyNotLoaded: "${prop}" was read before load() and sync()`);
  }
}

/** A request context: queue, sync, record. */
export class FakeContext {
  readonly recording: Recording = { syncs: 0, calls: 0, syncBytes: [], responseBytes: [], payloadBytes: 0, maxResponseBytes: 0, byMethod: {} };
  readonly workbook: FakeWorkbook;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => this.queue('suspendScreenUpdatingUntilNextSync', [], () => undefined) };
  private ops: Op[] = [];
  /** Simulated milliseconds per round trip, for the benchmark. */
  /** When set, a sync whose response passes this many bytes fails, as Excel on the web does at 5 MB. */
  responseLimitBytes: number | null = null;
  constructor(
    readonly state: FakeWorkbookState,
    readonly latencyMs = 0,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(method: string, args: unknown[], run: () => number | void): void {
    this.recording.calls++;
    this.recording.byMethod[method] = (this.recording.byMethod[method] ?? 0) + 1;
    this.ops.push({ method, bytes: byteLength(args), run });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    let sent = 0;
    let received = 0;
    for (const op of ops) {
      sent += op.bytes;
      const response = op.run();
      if (typeof response === 'number') received += response;
    }
    this.recording.syncs++;
    if (this.responseLimitBytes !== null && received > this.responseLimitBytes) {
      this.recording.syncBytes.push(sent);
      this.recording.responseBytes.push(0);
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    this.recording.syncBytes.push(sent);
    this.recording.responseBytes.push(received);
    this.recording.payloadBytes = Math.max(this.recording.payloadBytes, sent);
    this.recording.maxResponseBytes = Math.max(this.recording.maxResponseBytes, received);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
  }
}

function byteLength(v: unknown): number {
  if (v === undefined) return 0;
  const s = JSON.stringify(v);
  return s === undefined ? 0 : s.length;
}

/** Loadable object: properties set by a load op become readable after sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(prop);
    return this.loaded.get(prop) as T;
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
    super();
  }
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  load(_props?: string): this {
    this.ctx.queue('worksheets.load', [_props], () => {
      const items = this.ctx.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        w.setLoaded('name', s.name);
        return w;
      });
      this.loaded.set('items', items);
      return byteLength(items.map((i) => i.name));
    });
    return this;
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(this.ctx.state.activeName));
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheet(name);
      if (!s) throw new Error(`ItemNotFound: worksheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.recording.calls++;
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name), true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue('worksheets.add', [name], () => {
      if (this.ctx.state.sheet(name)) throw new Error(`ItemAlreadyExists: worksheet "${name}"`);
      this.ctx.state.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name));
  }
}

export class FakeWorksheet extends Loadable {
  readonly protection: { protected: boolean; load: (p?: string) => void };
  constructor(
    private ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
    private nullable = false,
  ) {
    super();
    const self = this;
    this.protection = {
      get protected(): boolean {
        return self.get<boolean>('protection.protected');
      },
      load: () =>
        ctx.queue('protection.load', [], () => {
          self.loaded.set('protection.protected', !!self.resolve()?.protected);
          return 5;
        }),
    };
  }
  setLoaded(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }
  get name(): string {
    return this.get('name');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  set visibility(v: string) {
    this.ctx.queue('worksheet.visibility', [v], () => {
      const s = this.resolve();
      if (s) s.visibility = v;
    });
  }
  load(_props?: string): this {
    this.ctx.queue('worksheet.load', [_props], () => {
      const s = this.resolve();
      if (!s && !this.nullable) throw new Error('ItemNotFound');
      this.loaded.set('name', s?.name ?? '');
      this.loaded.set('isNullObject', !s);
      return 20;
    });
    return this;
  }
  delete(): void {
    this.ctx.queue('worksheet.delete', [], () => {
      const s = this.resolve();
      if (!s) {
        if (this.nullable) return;
        throw new Error('ItemNotFound');
      }
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      if (this.ctx.state.activeName === s.name) this.ctx.state.activeName = this.ctx.state.sheets[0]?.name ?? '';
    });
  }
  get pageLayout(): unknown {
    const ctx = this.ctx;
    const sheet = () => {
      const s = this.resolve();
      if (!s) throw new Error('ItemNotFound: worksheet');
      return s;
    };
    const loaded = new Map<string, unknown>();
    const headers: Record<string, unknown> = {};
    for (const part of HEADER_PARTS) {
      Object.defineProperty(headers, part, {
        get: () => {
          if (!loaded.has(part)) throw new PropertyNotLoaded(part);
          return loaded.get(part);
        },
        set: (v: string) => ctx.queue(`headersFooters.${part}`, [v], () => void (sheet().page.headers[part] = v)),
      });
    }
    (headers as { load: (p?: string) => void }).load = () =>
      ctx.queue('headersFooters.load', [], () => {
        for (const part of HEADER_PARTS) loaded.set(part, sheet().page.headers[part]);
        return 100;
      });
    const rangeOrNull = (which: 'printArea' | 'titleRows') => {
      const r = { isNullObject: false, address: '' } as { isNullObject: boolean; address: string; load: (p?: string) => void };
      const state = { loaded: false };
      Object.defineProperty(r, 'isNullObject', { get: () => (state.loaded ? !sheet().page[which] : (() => { throw new PropertyNotLoaded('isNullObject'); })()) });
      Object.defineProperty(r, 'address', { get: () => `${sheet().name}!${sheet().page[which] ?? ''}` });
      r.load = () => ctx.queue(`${which}.load`, [], () => void (state.loaded = true));
      return r;
    };
    const layout = {
      headersFooters: { defaultForAllPages: headers },
      load: (_p?: string) =>
        ctx.queue('pageLayout.load', [_p], () => {
          loaded.set('orientation', sheet().page.orientation);
          loaded.set('zoom', { ...sheet().page.zoom });
          return 60;
        }),
      setPrintArea: (a: string) => ctx.queue('setPrintArea', [a], () => void (sheet().page.printArea = a)),
      setPrintTitleRows: (a: string) => ctx.queue('setPrintTitleRows', [a], () => void (sheet().page.titleRows = a)),
      getPrintAreaOrNullObject: () => rangeOrNull('printArea'),
      getPrintTitleRowsOrNullObject: () => rangeOrNull('titleRows'),
    };
    Object.defineProperty(layout, 'orientation', {
      get: () => {
        if (!loaded.has('orientation')) throw new PropertyNotLoaded('orientation');
        return loaded.get('orientation');
      },
      set: (v: string) => ctx.queue('pageLayout.orientation', [v], () => void (sheet().page.orientation = v)),
    });
    Object.defineProperty(layout, 'zoom', {
      get: () => {
        if (!loaded.has('zoom')) throw new PropertyNotLoaded('zoom');
        return loaded.get('zoom');
      },
      set: (v: FakePage['zoom']) => ctx.queue('pageLayout.zoom', [v], () => void (sheet().page.zoom = { ...v })),
    });
    return layout;
  }
  get onChanged(): { add: (h: (e: unknown) => unknown) => { remove: () => void; context: FakeContext } } {
    return {
      add: (handler) => {
        const entry = { sheet: '', handler };
        this.ctx.queue('onChanged.add', [], () => {
          entry.sheet = this.resolve()?.name ?? '';
          this.ctx.state.listeners.push(entry);
        });
        return {
          context: this.ctx,
          remove: () => this.ctx.queue('onChanged.remove', [], () => {
            this.ctx.state.listeners = this.ctx.state.listeners.filter((l) => l !== entry);
          }),
        };
      },
    };
  }
  activate(): void {
    this.ctx.queue('worksheet.activate', [], () => {
      const s = this.resolve();
      if (s) this.ctx.state.activeName = s.name;
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.recording.calls++;
    return new FakeRange(this.ctx, this, () => {
      const s = this.resolve();
      if (!s) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, c] of s.cells) {
        if (c.value === '') continue;
        const [r, col] = k.split(',').map(Number);
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }
      return bottom < 0 ? null : { top, left, bottom, right };
    });
  }
  getRange(address: string): FakeRange {
    this.ctx.recording.calls++;
    const area = parseAddress(address);
    return new FakeRange(this.ctx, this, () => area);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.recording.calls++;
    return new FakeRange(this.ctx, this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(address: string): FakeRangeAreas {
    if (address.length > 8192) throw new Error(`InvalidArgument: address of ${address.length} characters passes Excel's 8,192 limit`);
    this.ctx.recording.calls++;
    this.ctx.recording.byMethod.getRanges = (this.ctx.recording.byMethod.getRanges ?? 0) + 1;
    return new FakeRangeAreas(this.ctx, this, address.split(',').map(parseAddress), address.length);
  }
}

type Area = { top: number; left: number; bottom: number; right: number };

/** "B3:G3" or "G5" → 0-based area. */
export function parseAddress(address: string): Area {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (cols) {
    const c = (l: string) => l.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { top: 0, left: c(cols[1]), bottom: 1_048_575, right: c(cols[2]) };
  }
  const [a, b] = bare.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new Error(`InvalidArgument: bad address "${address}"`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: col - 1 };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

function eachCell(state: FakeWorkbookState, sheet: FakeSheet, area: Area, f: (cell: FakeCell, r: number, c: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(state.cell(sheet, r, c), r, c);
}

class FakeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { color: string; bold: boolean; italic: boolean };
  wrapText!: boolean;
  verticalAlignment!: string;
  readonly borders: { getItem: (edge: string) => { style: string; color: string; weight: string } };
  constructor(ctx: FakeContext, apply: (method: string, args: unknown[], f: (cell: FakeCell) => void) => void) {
    const setter = (method: string, f: (cell: FakeCell, v: never) => void) => (v: unknown) => apply(method, [v], (cell) => f(cell, v as never));
    const fill = { clear: () => apply('format.fill.clear', [], (cell) => (cell.fill = null)) } as { color: string; clear: () => void };
    Object.defineProperty(fill, 'color', { set: setter('format.fill.color', (cell, v: string) => (cell.fill = v.toUpperCase())) });
    const font = {} as { color: string; bold: boolean; italic: boolean };
    Object.defineProperty(font, 'color', { set: setter('format.font.color', (cell, v: string) => (cell.fontColor = v.toUpperCase())) });
    Object.defineProperty(font, 'bold', { set: setter('format.font.bold', (cell, v: boolean) => (cell.bold = v)) });
    Object.defineProperty(font, 'italic', { set: setter('format.font.italic', (cell, v: boolean) => (cell.italic = v)) });
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
        Object.defineProperty(b, 'style', { set: setter(`border.style`, (cell, v: string) => (cell.borders[side].style = v)) });
        Object.defineProperty(b, 'color', { set: setter(`border.color`, (cell, v: string) => (cell.borders[side].color = v.toUpperCase())) });
        Object.defineProperty(b, 'weight', { set: setter(`border.weight`, (cell, v: string) => (cell.borders[side].weight = v)) });
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
    super();
    const format = new FakeFormat(ctx, (method, args, f) =>
      ctx.queue(method, args, () => {
        const s = this.sheetOrThrow();
        const a = this.area();
        if (a) eachCell(ctx.state, s, a, f);
      }),
    ) as FakeFormat & { columnWidth: number; load: (p?: string) => void };
    const width = this.columnWidthHandle();
    Object.defineProperty(format, 'columnWidth', { get: width.get, set: width.set });
    format.load = () => width.load();
    this.format = format;
  }
  private sheetOrThrow(): FakeSheet {
    const s = this.ws.resolve();
    if (!s) throw new Error('ItemNotFound: worksheet');
    return s;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.ctx.queue('range.values', [v], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      eachCell(this.ctx.state, s, a, (cell, r, c) => {
        const x = v[r - a.top]?.[c - a.left];
        cell.value = x === null || x === undefined ? '' : (x as string | number | boolean);
      });
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue('range.numberFormat', [v], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      eachCell(this.ctx.state, s, a, (cell, r, c) => (cell.numberFormat = String(v[r - a.top]?.[c - a.left] ?? 'General')));
    });
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
  load(props?: string): this {
    this.ctx.queue('range.load', [props], () => {
      const s = this.ws.resolve();
      const a = s ? this.area() : null;
      this.loaded.set('isNullObject', !a);
      if (!a || !s) return 10;
      const values: unknown[][] = [];
      const formats: string[][] = [];
      const text: string[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const vr: unknown[] = [];
        const fr: string[] = [];
        const tr: string[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const cell = s.cells.get(`${r},${c}`);
          vr.push(cell ? cell.value : '');
          fr.push(cell ? cell.numberFormat : 'General');
          tr.push(cell ? displayText(cell) : '');
        }
        values.push(vr);
        formats.push(fr);
        text.push(tr);
      }
      const want = (p: string) => !props || props.split(',').map((x) => x.trim()).includes(p);
      let bytes = 0;
      if (want('values')) {
        this.loaded.set('values', values);
        bytes += byteLength(values);
      }
      if (want('numberFormat')) {
        this.loaded.set('numberFormat', formats);
        bytes += byteLength(formats);
      }
      if (want('text')) {
        this.loaded.set('text', text);
        bytes += byteLength(text);
      }
      this.loaded.set('rowIndex', a.top);
      this.loaded.set('columnIndex', a.left);
      this.loaded.set('rowCount', a.bottom - a.top + 1);
      this.loaded.set('columnCount', a.right - a.left + 1);
      return bytes;
    });
    return this;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.recording.calls++;
    const areas = new FakeRangeAreas(this.ctx, this.ws, [], 0);
    areas.mergedOf = () => {
      const s = this.ws.resolve();
      const a = this.area();
      if (!s || !a) return [];
      return s.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
    };
    return areas;
  }
  getCellProperties(opts: unknown): { value: unknown[][] } {
    const result = {} as { value: unknown[][] };
    let ready = false;
    Object.defineProperty(result, 'value', {
      get: () => {
        if (!ready) throw new PropertyNotLoaded('ClientResult.value');
        return (result as unknown as { _v: unknown[][] })._v;
      },
    });
    this.ctx.queue('getCellProperties', [opts], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      const rows: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const cell = s.cells.get(`${r},${c}`) ?? emptyCell();
          const full = {
            format: {
              fill: { color: cell.fill ?? '#FFFFFF', pattern: cell.fill ? 'Solid' : 'None' },
              font: { color: cell.fontColor, bold: cell.bold, italic: cell.italic },
              borders: JSON.parse(JSON.stringify(cell.borders)),
              wrapText: cell.wrapText,
              verticalAlignment: cell.verticalAlignment,
            },
            hyperlink: cell.hyperlink ? { ...cell.hyperlink } : undefined,
          };
          row.push(pick(full, opts)); // only what was asked for comes back, as in Excel
        }
        rows.push(row);
      }
      (result as unknown as { _v: unknown[][] })._v = rows;
      ready = true;
      return byteLength(rows);
    });
    return result;
  }
  setCellProperties(data: Array<Array<Record<string, unknown>>>): void {
    this.ctx.queue('setCellProperties', [data], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      if (data.length !== a.bottom - a.top + 1) throw new Error('InvalidArgument: setCellProperties data does not match the range');
      eachCell(this.ctx.state, s, a, (cell, r, c) => {
        const p = data[r - a.top]?.[c - a.left] as {
          format?: { fill?: { color?: string }; font?: { color?: string; bold?: boolean; italic?: boolean }; borders?: Record<string, FakeBorder>; wrapText?: boolean; verticalAlignment?: string };
          hyperlink?: { documentReference?: string; address?: string; screenTip?: string };
        };
        if (!p) return;
        if (p.format?.fill?.color) cell.fill = p.format.fill.color.toUpperCase();
        if (p.format?.font) {
          if (p.format.font.color !== undefined) cell.fontColor = p.format.font.color.toUpperCase();
          if (p.format.font.bold !== undefined) cell.bold = p.format.font.bold;
          if (p.format.font.italic !== undefined) cell.italic = p.format.font.italic;
        }
        if (p.format?.wrapText !== undefined) cell.wrapText = p.format.wrapText;
        if (p.format?.verticalAlignment !== undefined) cell.verticalAlignment = p.format.verticalAlignment;
        if (p.format?.borders) {
          for (const side of ['top', 'bottom', 'left', 'right'] as const) {
            const b = p.format.borders[side];
            if (b) cell.borders[side] = { style: b.style, color: b.color.toUpperCase(), weight: b.weight };
          }
        }
        if (p.hyperlink) cell.hyperlink = p.hyperlink.documentReference || p.hyperlink.address ? { ...p.hyperlink } : null;
      });
    });
  }
  getRowProperties(_opts: unknown): { value: Array<{ format: { rowHeight: number } }> } {
    const result = {} as { value: Array<{ format: { rowHeight: number } }> };
    let v: Array<{ format: { rowHeight: number } }> | null = null;
    Object.defineProperty(result, 'value', {
      get: () => {
        if (!v) throw new PropertyNotLoaded('ClientResult.value');
        return v;
      },
    });
    this.ctx.queue('getRowProperties', [_opts], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      v = [];
      for (let r = a.top; r <= a.bottom; r++) v.push({ format: { rowHeight: s.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT } });
      return byteLength(v);
    });
    return result;
  }
  setRowProperties(data: Array<{ format?: { rowHeight?: number } }>): void {
    this.ctx.queue('setRowProperties', [data], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      data.forEach((d, i) => {
        const h = d?.format?.rowHeight;
        if (h === undefined) return;
        if (h === STANDARD_ROW_HEIGHT) s.rowHeights.delete(a.top + i);
        else s.rowHeights.set(a.top + i, h);
      });
    });
  }
  /** `range.format.columnWidth` of the first column (load, then read), and set for every column of the range. */
  columnWidthHandle(): { load: () => void; get: () => number; set: (w: number) => void } {
    let loaded: number | null = null;
    return {
      load: () =>
        this.ctx.queue('columnWidth.load', [], () => {
          const a = this.area()!;
          loaded = this.sheetOrThrow().colWidths.get(a.left) ?? STANDARD_COLUMN_WIDTH;
          return 10;
        }),
      get: () => {
        if (loaded === null) throw new PropertyNotLoaded('columnWidth');
        return loaded;
      },
      set: (w: number) =>
        this.ctx.queue('columnWidth', [w], () => {
          const a = this.area()!;
          const s = this.sheetOrThrow();
          for (let c = a.left; c <= a.right; c++) {
            if (w === STANDARD_COLUMN_WIDTH) s.colWidths.delete(c);
            else s.colWidths.set(c, w);
          }
        }),
    };
  }
  select(): void {
    this.ctx.queue('range.select', [], () => {
      const s = this.sheetOrThrow();
      const a = this.area()!;
      this.ctx.state.activeName = s.name;
      this.ctx.state.selected = `${s.name}!${a.top},${a.left}`;
    });
  }
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
    super();
    this.format = new FakeFormat(ctx, (method, args, f) =>
      ctx.queue(method, [...args, this.addressBytes], () => {
        const s = this.ws.resolve();
        if (!s) throw new Error('ItemNotFound: worksheet');
        for (const a of this.list) eachCell(ctx.state, s, a, f);
      }),
    );
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get areas(): { items: Array<{ rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }> } {
    return this.get('areas');
  }
  load(_props?: string): this {
    this.ctx.queue('rangeAreas.load', [_props], () => {
      const list = this.mergedOf ? this.mergedOf() : this.list;
      this.loaded.set('isNullObject', this.mergedOf ? list.length === 0 : false);
      const items = list.map((a) => ({ rowIndex: a.top, columnIndex: a.left, rowCount: a.bottom - a.top + 1, columnCount: a.right - a.left + 1 }));
      this.loaded.set('areas', { items });
      return byteLength(items);
    });
    return this;
  }
}

/** Keeps the parts of `value` that `shape` asks for (a load-options object of `true` leaves). */
function pick(value: unknown, shape: unknown): unknown {
  if (shape === true) return value;
  if (!shape || typeof shape !== 'object' || !value || typeof value !== 'object') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(shape as Record<string, unknown>)) {
    if (k === 'borders' && v && typeof v === 'object') {
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

/** Runs a batch the way `Excel.run` does, against the fake. */
export async function fakeRun<T>(state: FakeWorkbookState, f: (context: FakeContext) => Promise<T>, latencyMs = 0): Promise<{ result: T; recording: Recording }> {
  const context = new FakeContext(state, latencyMs);
  const result = await f(context);
  return { result, recording: context.recording };
}
