/**
 * The hosts under the shared contract, each with the workbook behind it: load a fixture, let the session run, and
 * look at the result; and act as a person would between runs (edit, paint, insert rows, rename, add a sheet).
 */
import ExcelJS from 'exceljs';
import { columnIndex, type CellValue } from '../../src/core/grid';
import type { PlanHost, ProbeRequest, ReadRequest, SheetRef, WriteBatch } from '../../src/core/host/types';
import type { SyncPlanHost } from '../../src/core/session/steps';
import { ExcelHost } from '../../src/hosts/excel/excelHost';
import { GasHost } from '../../src/hosts/gas/gasHost';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { fakeRunner, fakeWorkbookFrom, parseAddress, type FakeWorkbookState, type Recording } from '../fakes/fakeExcel';
import { fakeFromWorkbook } from '../fakes/fromWorkbook';
import { MemoryHost } from '../fakes/memoryHost';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate, type GSpreadsheet } from '../fakes/fakeSheets';

export interface HostUnderTest {
  name: string;
  host: PlanHost;
  load(file: string): Promise<void>;
  loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>): void;
  /** Every value on every sheet but the journal, by "sheet!A1". */
  values(): Record<string, unknown>;
  /** A sheet's formatting as the host's API reports it (compared only with itself). */
  formats(sheet: string): unknown;
  fill(sheet: string, address: string): string | null;
  link(sheet: string, address: string): string | null;
  sheetNames(): string[];
  /** The text in a cell. */
  text(sheet: string, address: string): string;
  // a person's actions
  edit(sheet: string, address: string, value: string): void;
  paint(sheet: string, address: string, color: string): void;
  addLink(sheet: string, address: string, target: string): void;
  insertRows(sheet: string, before: number, count: number): void;
  rename(sheet: string, to: string): void;
  addSheet(name: string, rows: string[][]): void;
  deleteSheet(name: string): void;
  /** Corrupts plan-rag's journal as a careless edit would. */
  damageJournal(): void;
  /** The largest request a write sent, where the host has a limit (Excel on the web: 5 MB). */
  largestRequest(): number;
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

async function gridsOf(file: string): Promise<{ wb: ExcelJS.Workbook; sheets: Array<{ name: string; values: CellValue[][]; numberFormats?: (string | null | undefined)[][]; merges?: Array<{ top: number; left: number; bottom: number; right: number }> }> }> {
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
  loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.host = MemoryHost.from(sheets.map((s) => ({ name: s.name, rows: s.values })), { kind: 'live' });
  }
  values() {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.host.values())) out[k] = v;
    return out;
  }
  formats(sheet: string) {
    return this.host.formats(sheet);
  }
  fill(sheet: string, address: string) {
    return this.host.at(sheet, address).format.fill?.color ?? null;
  }
  link(sheet: string, address: string) {
    return this.host.at(sheet, address).format.link ?? null;
  }
  sheetNames() {
    return this.host.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  text(sheet: string, address: string) {
    const v = this.host.at(sheet, address).value;
    return v === null ? '' : String(v);
  }
  edit(sheet: string, address: string, value: string) {
    this.host.at(sheet, address).value = value;
  }
  paint(sheet: string, address: string, color: string) {
    this.host.at(sheet, address).format = { ...this.host.at(sheet, address).format, fill: { color } };
  }
  addLink(sheet: string, address: string, target: string) {
    this.host.at(sheet, address).format = { ...this.host.at(sheet, address).format, link: target };
  }
  insertRows(sheet: string, before: number, count: number) {
    this.host.insertRows(sheet, before, count);
  }
  rename(sheet: string, to: string) {
    this.host.sheet(sheet).name = to;
    if (this.host.active === sheet) this.host.active = to;
  }
  addSheet(name: string, rows: string[][]) {
    const s = this.host.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (this.host.cell(s, r + 1, c).value = v)));
  }
  deleteSheet(name: string) {
    this.host.sheets = this.host.sheets.filter((s) => s.name !== name);
    if (this.host.active === name) this.host.active = this.host.sheets[0].name;
  }
  damageJournal() {
    const j = this.host.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    this.host.cell(j, 3, 0).value = 'oops';
  }
  largestRequest() {
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
  loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.state = fakeWorkbookFrom(sheets);
    this.make();
  }
  values() {
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
  formats(sheet: string) {
    return (this.state.observable() as Record<string, { cells: unknown }>)[this.state.sheet(sheet)!.name].cells;
  }
  private cell(sheet: string, address: string) {
    const a = parseAddress(address);
    return this.state.sheet(sheet)!.cells.get(`${a.top},${a.left}`);
  }
  fill(sheet: string, address: string) {
    const f = this.cell(sheet, address)?.fill;
    return f ? f.color.replace('#', '') : null;
  }
  link(sheet: string, address: string) {
    return this.cell(sheet, address)?.hyperlink?.documentReference ?? null;
  }
  sheetNames() {
    return this.state.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  text(sheet: string, address: string) {
    const v = this.cell(sheet, address)?.value;
    return v === undefined ? '' : String(v);
  }
  edit(sheet: string, address: string, value: string) {
    void this.state.edit(sheet, address, value);
  }
  paint(sheet: string, address: string, color: string) {
    this.state.paint(sheet, address, `#${color}`);
  }
  addLink(sheet: string, address: string, target: string) {
    const a = parseAddress(address);
    const c = this.state.cell(this.state.sheet(sheet)!, a.top, a.left);
    c.hyperlink = { documentReference: target };
    c.font = { ...c.font, color: '#0563C1', underline: 'Single' };
  }
  insertRows(sheet: string, before: number, count: number) {
    this.state.insertRows(sheet, before - 1, count);
  }
  rename(sheet: string, to: string) {
    const s = this.state.sheet(sheet)!;
    s.name = to;
    if (this.state.activeName === sheet) this.state.activeName = to;
  }
  addSheet(name: string, rows: string[][]) {
    const s = this.state.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => (this.state.cell(s, r, c).value = v)));
  }
  deleteSheet(name: string) {
    this.state.sheets = this.state.sheets.filter((s) => s.name !== name);
    if (this.state.activeName === name) this.state.activeName = this.state.sheets.find((s) => s.visibility === 'Visible')!.name;
  }
  damageJournal() {
    const j = this.state.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    this.state.cell(j, 2, 0).value = 'oops';
  }
  largestRequest() {
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
    this.gas = new GasHost(fakeSpreadsheetApp(this.book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, { formatDate, barChartType: 'BAR' as unknown as GoogleAppsScript.Charts.ChartType });
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
          if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) s.cell(r - 1, col - 1).background = `#${fill.fgColor.argb.slice(2).toLowerCase()}`;
          if (c.font?.bold) s.cell(r - 1, col - 1).fontWeight = 'bold';
        }),
      );
    }
    this.make();
  }
  loadGrid(sheets: Array<{ name: string; values: CellValue[][] }>) {
    this.book = fakeSpreadsheetFrom(sheets);
    this.make();
  }
  values() {
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
  formats(sheet: string) {
    const snap = this.book.snapshot() as Record<string, { cells: Record<string, { runs: Array<{ link: string | null }> | null }> }>;
    const cells = snap[sheet].cells;
    // a sheet made again gets a new id: compare links by the sheet they open
    return JSON.parse(JSON.stringify(cells).replace(/#gid=(\d+)/g, (_m, id) => `#sheet=${this.book.sheets.find((x) => x.id === Number(id))?.name}`));
  }
  private cell(sheet: string, address: string) {
    const a = parseAddress(address);
    return this.book.sheets.find((s) => s.name === sheet)!.cells.get(`${a.top},${a.left}`);
  }
  fill(sheet: string, address: string) {
    const b = this.cell(sheet, address)?.background;
    return b ? b.replace('#', '').toUpperCase() : null;
  }
  link(sheet: string, address: string) {
    const url = this.cell(sheet, address)?.runs?.[0]?.link;
    const m = url ? /^#gid=(\d+)&range=(.+)$/.exec(url) : null;
    if (!m) return url ?? null;
    const target = this.book.sheets.find((s) => s.id === Number(m[1]))!;
    return `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(target.name) ? target.name : `'${target.name}'`}!${m[2]}`;
  }
  sheetNames() {
    return this.book.sheets.filter((s) => !s.name.startsWith('plan-rag journal')).map((s) => s.name);
  }
  text(sheet: string, address: string) {
    const v = this.cell(sheet, address)?.value;
    return v === undefined ? '' : String(v);
  }
  edit(sheet: string, address: string, value: string) {
    const a = parseAddress(address);
    const c = this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left);
    c.value = value;
    c.runs = [{ text: value, link: null }];
  }
  paint(sheet: string, address: string, color: string) {
    const a = parseAddress(address);
    this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left).background = `#${color.toLowerCase()}`;
  }
  addLink(sheet: string, address: string, target: string) {
    const a = parseAddress(address);
    const c = this.book.sheets.find((s) => s.name === sheet)!.cell(a.top, a.left);
    c.runs = [{ text: String(c.value), link: target }];
  }
  insertRows(sheet: string, before: number, count: number) {
    const s = this.book.sheets.find((x) => x.name === sheet)!;
    const moved = new Map<string, (typeof s.cells extends Map<string, infer V> ? V : never)>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= before - 1 ? `${r + count},${col}` : k, c);
    }
    s.cells = moved;
    s.maxRows += count;
  }
  rename(sheet: string, to: string) {
    this.book.sheets.find((s) => s.name === sheet)!.name = to;
  }
  addSheet(name: string, rows: string[][]) {
    const s = this.book.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = s.cell(r, c);
        cell.value = v;
        cell.runs = [{ text: v, link: null }];
      }),
    );
  }
  deleteSheet(name: string) {
    this.book.sheets = this.book.sheets.filter((s) => s.name !== name);
    if (this.book.active?.name === name) this.book.active = this.book.sheets.find((s) => !s.hidden)!;
  }
  damageJournal() {
    const j = this.book.sheets.find((s) => s.name.startsWith('plan-rag journal'))!;
    j.cell(2, 0).value = 'oops';
  }
  largestRequest() {
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
