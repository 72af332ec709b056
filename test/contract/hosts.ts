/**
 * The hosts under the shared contract, each with the workbook behind it: load a fixture, let the session run, and
 * look at the result; and act as a person would between runs (edit, paint, insert rows, rename, add a sheet).
 */
import ExcelJS from 'exceljs';
import { columnIndex, type CellValue } from '../../src/core/grid';
import type { PlanHost, ProbeRequest, ReadRequest, SheetRef, WriteBatch } from '../../src/core/host/types';
import type { SyncPlanHost } from '../../src/core/session/steps';
import { ExcelHost } from '../../src/hosts/excel/excelHost';
import { openXlsx, type XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { stylesOf, valuesOf } from '../helpers/snapshot';
import { GasHost } from '../../src/hosts/gas/gasHost';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { fakeRunner, fakeWorkbookFrom, parseAddress, type FakeWorkbookState, type Recording } from '../fakes/fakeExcel';
import { fakeFromWorkbook } from '../fakes/fromWorkbook';
import { MemoryHost } from '../fakes/memoryHost';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate, type GSpreadsheet } from '../fakes/fakeSheets';

/** A host under test, with the workbook behind it. Every look and every edit is async (a file host re-reads). */
export interface HostUnderTest {
  name: string;
  host: PlanHost;
  load(file: string): Promise<void>;
  loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>): Promise<void>;
  /** Every value on every sheet but the journal, by "sheet!A1". */
  values(): Promise<Record<string, unknown>>;
  /** A sheet's formatting as the host's API reports it (compared only with itself). */
  formats(sheet: string): Promise<unknown>;
  fill(sheet: string, address: string): Promise<string | null>;
  link(sheet: string, address: string): Promise<string | null>;
  sheetNames(): Promise<string[]>;
  /** The text in a cell. */
  text(sheet: string, address: string): Promise<string>;
  // a person's actions
  edit(sheet: string, address: string, value: string): Promise<void>;
  paint(sheet: string, address: string, color: string): Promise<void>;
  addLink(sheet: string, address: string, target: string): Promise<void>;
  insertRows(sheet: string, before: number, count: number): Promise<void>;
  rename(sheet: string, to: string): Promise<void>;
  addSheet(name: string, rows: string[][]): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Corrupts plan-rag's journal as a careless edit would. */
  damageJournal(): Promise<void>;
  /** The largest request a write sent, where the host has a limit (Excel on the web: 5 MB). */
  largestRequest(): Promise<number>;
}

function key(sheet: string, r: number, c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${sheet}!${s}${r + 1}`;
}

async function gridsOf(file: string): Promise<{
  wb: ExcelJS.Workbook;
  sheets: Array<{
    name: string;
    values: CellValue[][];
    numberFormats?: (string | null | undefined)[][];
    merges?: Array<{ top: number; left: number; bottom: number; right: number }>;
  }>;
}> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, sheets: readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })) };
}

/** The reference host: a plain in-memory workbook. */
export class MemoryUnderTest implements HostUnderTest {
  name = 'memory (reference)';
  host!: MemoryHost;
  async load(file: string) {
    const { sheets } = await gridsOf(file);
    this.loadGrid(sheets);
  }
  async loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.host = MemoryHost.from(
      sheets.map((s) => ({ name: s.name, rows: s.values })),
      { kind: 'live' },
    );
  }
  async values() {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.host.values())) out[k] = v;
    return out;
  }
  async formats(sheet: string) {
    return this.host.formats(sheet);
  }
  async fill(sheet: string, address: string) {
    return this.host.at(sheet, address).format.fill?.color ?? null;
  }
  async link(sheet: string, address: string) {
    return this.host.at(sheet, address).format.link ?? null;
  }
  async sheetNames() {
    return this.host.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  async text(sheet: string, address: string) {
    const v = this.host.at(sheet, address).value;
    return v === null ? '' : String(v);
  }
  async edit(sheet: string, address: string, value: string) {
    this.host.at(sheet, address).value = value;
  }
  async paint(sheet: string, address: string, color: string) {
    this.host.at(sheet, address).format = { ...this.host.at(sheet, address).format, fill: { color } };
  }
  async addLink(sheet: string, address: string, target: string) {
    this.host.at(sheet, address).format = { ...this.host.at(sheet, address).format, link: target };
  }
  async insertRows(sheet: string, before: number, count: number) {
    this.host.insertRows(sheet, before, count);
  }
  async rename(sheet: string, to: string) {
    this.host.sheet(sheet).name = to;
    if (this.host.active === sheet) this.host.active = to;
  }
  async addSheet(name: string, rows: string[][]) {
    const s = this.host.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (this.host.cell(s, r + 1, c).value = v)));
  }
  async deleteSheet(name: string) {
    this.host.sheets = this.host.sheets.filter((s) => s.name !== name);
    if (this.host.active === name) this.host.active = this.host.sheets[0].name;
  }
  async damageJournal() {
    const j = this.host.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    this.host.cell(j, 3, 0).value = 'oops';
  }
  async largestRequest() {
    return 0;
  }
}

/** Excel through office-js, against the strict fake (Excel on the web: 5 MB limits). */
export class ExcelUnderTest implements HostUnderTest {
  name = 'Excel (office-js, strict fake)';
  state!: FakeWorkbookState;
  recordings: Recording[] = [];
  host!: ExcelHost;
  private make() {
    this.recordings = [];
    this.host = new ExcelHost(fakeRunner(this.state, this.recordings), { mergedAreas: true });
  }
  async load(file: string) {
    const { wb } = await gridsOf(file);
    this.state = fakeFromWorkbook(wb);
    this.make();
  }
  async loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.state = fakeWorkbookFrom(sheets);
    this.make();
  }
  async values() {
    const out: Record<string, unknown> = {};
    for (const s of this.state.sheets) {
      if (s.name.startsWith('plan-rag journal')) continue;
      for (const [k, c] of s.cells) {
        if (c.value === '') continue;
        const [r, col] = k.split(',').map(Number);
        out[key(s.name, r, col)] = c.value;
      }
    }
    return out;
  }
  async formats(sheet: string) {
    return (this.state.observable() as Record<string, { cells: unknown }>)[this.state.sheet(sheet)!.name].cells;
  }
  private cell(sheet: string, address: string) {
    const a = parseAddress(address);
    return this.state.sheet(sheet)!.cells.get(`${a.top},${a.left}`);
  }
  async fill(sheet: string, address: string) {
    const f = this.cell(sheet, address)?.fill;
    return f ? f.color.replace('#', '') : null;
  }
  async link(sheet: string, address: string) {
    return this.cell(sheet, address)?.hyperlink?.documentReference ?? null;
  }
  async sheetNames() {
    return this.state.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  async text(sheet: string, address: string) {
    const v = this.cell(sheet, address)?.value;
    return v === undefined ? '' : String(v);
  }
  async edit(sheet: string, address: string, value: string) {
    void this.state.edit(sheet, address, value);
  }
  async paint(sheet: string, address: string, color: string) {
    this.state.paint(sheet, address, `#${color}`);
  }
  async addLink(sheet: string, address: string, target: string) {
    const a = parseAddress(address);
    const c = this.state.cell(this.state.sheet(sheet)!, a.top, a.left);
    c.hyperlink = { documentReference: target };
    c.font = { ...c.font, color: '#0563C1', underline: 'Single' };
  }
  async insertRows(sheet: string, before: number, count: number) {
    this.state.insertRows(sheet, before - 1, count);
  }
  async rename(sheet: string, to: string) {
    const s = this.state.sheet(sheet)!;
    s.name = to;
    if (this.state.activeName === sheet) this.state.activeName = to;
  }
  async addSheet(name: string, rows: string[][]) {
    const s = this.state.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (this.state.cell(s, r, c).value = v)));
  }
  async deleteSheet(name: string) {
    this.state.sheets = this.state.sheets.filter((s) => s.name !== name);
    if (this.state.activeName === name) this.state.activeName = this.state.sheets.find((s) => s.visibility === 'Visible')!.name;
  }
  async damageJournal() {
    const j = this.state.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    this.state.cell(j, 2, 0).value = 'oops';
  }
  async largestRequest() {
    return Math.max(0, ...this.recordings.map((r) => r.payloadBytes));
  }
}

/** Google Sheets through Apps Script, against the strict fake; the session is driven synchronously there. */
export class SheetsUnderTest implements HostUnderTest {
  name = 'Google Sheets (Apps Script, strict fake)';
  book!: GSpreadsheet;
  gas!: GasHost;
  host!: PlanHost;
  private make() {
    this.gas = new GasHost(fakeSpreadsheetApp(this.book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, {
      formatDate,
      barChartType: 'BAR' as unknown as GoogleAppsScript.Charts.ChartType,
    });
    this.host = asAsync(this.gas);
  }
  async load(file: string) {
    const { wb, sheets } = await gridsOf(file);
    this.book = fakeSpreadsheetFrom(sheets);
    // the sheet's own fills, as Sheets would show them
    for (const s of this.book.sheets) {
      wb.getWorksheet(s.name)!.eachRow((row, r) =>
        row.eachCell((c, col) => {
          const fill = c.fill as ExcelJS.FillPattern | undefined;
          if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
            s.cell(r - 1, col - 1).background = `#${fill.fgColor.argb.slice(2).toLowerCase()}`;
          if (c.font?.bold) s.cell(r - 1, col - 1).fontWeight = 'bold';
        }),
      );
    }
    this.make();
  }
  async loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.book = fakeSpreadsheetFrom(sheets);
    this.make();
  }
  async values() {
    const out: Record<string, unknown> = {};
    for (const s of this.book.sheets) {
      if (s.name.startsWith('plan-rag journal')) continue;
      for (const [k, c] of s.cells) {
        if (c.value === '') continue;
        const [r, col] = k.split(',').map(Number);
        out[key(s.name, r, col)] = c.value;
      }
    }
    return out;
  }
  async formats(sheet: string) {
    const snap = this.book.snapshot() as Record<string, { cells: Record<string, { runs: Array<{ link: string | null }> | null }> }>;
    const cells = snap[sheet].cells;
    // a sheet made again gets a new id: compare links by the sheet they open
    return JSON.parse(JSON.stringify(cells).replace(/#gid=(\d+)/g, (_m, id) => `#sheet=${this.book.sheets.find((x) => x.id === Number(id))?.name}`));
  }
  private cell(sheet: string, address: string) {
    const a = parseAddress(address);
    return this.book.sheets.find((s) => s.name === sheet)!.cells.get(`${a.top},${a.left}`);
  }
  async fill(sheet: string, address: string) {
    const b = this.cell(sheet, address)?.background;
    return b ? b.replace('#', '').toUpperCase() : null;
  }
  async link(sheet: string, address: string) {
    const url = this.cell(sheet, address)?.runs?.[0]?.link;
    const m = url ? /^#gid=(\d+)&range=(.+)$/.exec(url) : null;
    if (!m) return url ?? null;
    const target = this.book.sheets.find((s) => s.id === Number(m[1]))!;
    return `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(target.name) ? target.name : `'${target.name}'`}!${m[2]}`;
  }
  async sheetNames() {
    return this.book.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  async text(sheet: string, address: string) {
    const v = this.cell(sheet, address)?.value;
    return v === undefined ? '' : String(v);
  }
  async edit(sheet: string, address: string, value: string) {
    const a = parseAddress(address);
    const c = this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left);
    c.value = value;
    c.runs = [{ text: value, link: null }];
  }
  async paint(sheet: string, address: string, color: string) {
    const a = parseAddress(address);
    this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left).background = `#${color.toLowerCase()}`;
  }
  async addLink(sheet: string, address: string, target: string) {
    const a = parseAddress(address);
    const c = this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left);
    c.runs = [{ text: String(c.value), link: target }];
  }
  async insertRows(sheet: string, before: number, count: number) {
    const s = this.book.sheets.find((x) => x.name === sheet)!;
    const moved = new Map<string, typeof s.cells extends Map<string, infer V> ? V : never>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= before - 1 ? `${r + count},${col}` : k, c);
    }
    s.cells = moved;
    s.maxRows += count;
  }
  async rename(sheet: string, to: string) {
    this.book.sheets.find((s) => s.name === sheet)!.name = to;
  }
  async addSheet(name: string, rows: string[][]) {
    const s = this.book.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = s.cell(r, c);
        cell.value = v;
        cell.runs = [{ text: v, link: null }];
      }),
    );
  }
  async deleteSheet(name: string) {
    this.book.sheets = this.book.sheets.filter((s) => s.name !== name);
    if (this.book.active?.name === name) this.book.active = this.book.sheets.find((s) => !s.hidden)!;
  }
  async damageJournal() {
    const j = this.book.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    j.cell(2, 0).value = 'oops';
  }
  async largestRequest() {
    return 0;
  }
}

/**
 * The .xlsx package host. Between runs a person edits the file in another program: here ExcelJS loads it, changes
 * it and saves it (renumbering styles as any other program may), and the host opens the new bytes.
 */
export class XlsxUnderTest implements HostUnderTest {
  name = '.xlsx package';
  bytes!: Uint8Array;
  private current!: XlsxHost;
  host!: PlanHost;
  private async reset(bytes: Uint8Array) {
    this.bytes = bytes;
    this.current = await openXlsx(bytes);
    this.host = {
      name: 'xlsx',
      capabilities: this.current.capabilities,
      read: (r) => this.current.read(r),
      probe: (s, r) => this.current.probe(s, r),
      write: async (b) => {
        const out = await this.current.write(b);
        this.bytes = this.current.toBytes();
        return out;
      },
    };
  }
  async load(file: string) {
    const fs = await import('fs');
    await this.reset(new Uint8Array(await fs.promises.readFile(file)));
  }
  async loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '') ws.getCell(r + 1, c + 1).value = v;
        }),
      );
    }
    await this.reset(new Uint8Array(await wb.xlsx.writeBuffer()));
  }
  /** ExcelJS's reading of the current bytes, for looking. */
  private async book(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(this.bytes) as unknown as ArrayBuffer);
    return wb;
  }
  /** A person's edit in another program: loaded, changed and saved by ExcelJS; the host opens the new bytes. */
  private async change(f: (wb: ExcelJS.Workbook) => void) {
    const wb = await this.book();
    f(wb);
    await this.reset(new Uint8Array(await wb.xlsx.writeBuffer()));
  }
  async values() {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(valuesOf(await this.book(), ['plan-rag journal']))) {
      const [sheet, rc] = k.split('!');
      const [r, c] = rc.split(',').map(Number);
      out[key(sheet, r - 1, c - 1)] = v;
    }
    return out;
  }
  async formats(sheet: string) {
    return stylesOf((await this.book()).getWorksheet(sheet)!);
  }
  async fill(sheet: string, address: string) {
    const f = (await this.book()).getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern | undefined;
    return f?.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb ? f.fgColor.argb.slice(2).toUpperCase() : null;
  }
  async link(sheet: string, address: string) {
    // ExcelJS does not read internal links: the package host's own reading of the sheet's <hyperlink>
    const r = await this.current.probe({ name: sheet, id: '' }, { cells: new Map([[address, new Set(['link' as const])]]), rows: [], cols: [] });
    return r.cells.get(address)?.link ?? null;
  }
  async sheetNames() {
    const read = await this.current.read({ sheets: [] });
    return read.sheets.map((s) => s.name).filter((n) => !n.startsWith('plan-rag journal'));
  }
  async text(sheet: string, address: string) {
    const v = (await this.book()).getWorksheet(sheet)!.getCell(address).value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
    return String(v);
  }
  async edit(sheet: string, address: string, value: string) {
    await this.change((wb) => (wb.getWorksheet(sheet)!.getCell(address).value = value));
  }
  async paint(sheet: string, address: string, color: string) {
    await this.change((wb) => (wb.getWorksheet(sheet)!.getCell(address).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color}` } }));
  }
  async addLink(sheet: string, address: string, target: string) {
    await this.change((wb) => {
      const cell = wb.getWorksheet(sheet)!.getCell(address);
      cell.value = { text: String(cell.value ?? ''), hyperlink: `#${target}` } as ExcelJS.CellHyperlinkValue;
    });
  }
  async insertRows(sheet: string, before: number, count: number) {
    await this.change((wb) => wb.getWorksheet(sheet)!.spliceRows(before, 0, ...Array.from({ length: count }, () => [])));
  }
  async rename(sheet: string, to: string) {
    await this.change((wb) => (wb.getWorksheet(sheet)!.name = to));
  }
  async addSheet(name: string, rows: string[][]) {
    await this.change((wb) => {
      const ws = wb.addWorksheet(name);
      rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    });
  }
  async deleteSheet(name: string) {
    await this.change((wb) => wb.removeWorksheet(wb.getWorksheet(name)!.id));
  }
  async damageJournal() {
    await this.change((wb) => (wb.getWorksheet('plan-rag journal')!.getCell('A3').value = 'oops'));
  }
  async largestRequest() {
    return 0;
  }
}

/** A synchronous host seen through the async contract (the suite drives every host the same way). */
export function asAsync(h: SyncPlanHost): PlanHost {
  return {
    name: h.name,
    capabilities: h.capabilities,
    read: async (r: ReadRequest) => h.read(r),
    probe: async (s: SheetRef, r: ProbeRequest) => h.probe(s, r),
    write: async (b: WriteBatch) => h.write(b),
  };
}

export { columnIndex };
