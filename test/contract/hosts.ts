/**
 * The hosts under the shared contract: each loads a fixture, applies, clears, and exposes values and formats.
 */
import ExcelJS from 'exceljs';
import { assessWorkbook } from '../../src/core/plan/assess';
import { buildFormatPlan } from '../../src/core/plan/formatPlan';
import { applyRag, clearRag } from '../../src/hosts/excel/planSession';
import { applyPlan, clearPlan } from '../../src/hosts/xlsx/applyPlan';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { isOwnSheet } from '../../src/hosts/xlsx/workbookFile';
import { FakeContext, type FakeWorkbookState } from '../fakes/fakeExcel';
import { fakeFromWorkbook } from '../fakes/fromWorkbook';
import { stylesOf, valuesOf } from '../helpers/snapshot';
import { quoteSheetName } from '../../src/core/grid';
import { applyRag as gasApply, clearRag as gasClear } from '../../src/gas/session';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, type GSpreadsheet } from '../fakes/fakeSheets';

export interface HostUnderTest {
  name: string;
  load(file: string, sheet?: string): Promise<void>;
  apply(asOf: string): Promise<void>;
  clear(): Promise<void>;
  /** Every value on every sheet, by "sheet!row,col" (1-based), links read as their text. */
  values(): Record<string, unknown>;
  /** The plan sheet's formatting, in the host's own terms (compared only with itself). */
  formats(sheet: string): unknown;
  /** The fill colour (RRGGBB) of a cell, or null. */
  fill(sheet: string, address: string): string | null;
  /** Where a cell links to ("Sheet!A1"), or null. */
  link(sheet: string, address: string): string | null;
  sheetNames(): string[];
}

export class XlsxHost implements HostUnderTest {
  name = 'xlsx (ExcelJS)';
  wb = new ExcelJS.Workbook();
  async load(file: string) {
    this.wb = new ExcelJS.Workbook();
    await this.wb.xlsx.readFile(file);
  }
  async apply(asOf: string) {
    clearPlan(this.wb);
    const sheets = readSheets(this.wb, isOwnSheet);
    const a = assessWorkbook(sheets, { asOf });
    const plan = buildFormatPlan(sheets.find((s) => s.name === a.sheet)!.grid, a, a.sheet, a.register, {});
    applyPlan(this.wb, plan);
  }
  async clear() {
    clearPlan(this.wb);
  }
  values() {
    const v = valuesOf(this.wb, ['plan-rag journal']);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x]));
  }
  formats(sheet: string) {
    return stylesOf(this.wb.getWorksheet(sheet)!);
  }
  fill(sheet: string, address: string) {
    const f = this.wb.getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern | undefined;
    return f?.pattern === 'solid' && f.fgColor?.argb ? f.fgColor.argb.slice(2).toUpperCase() : null;
  }
  link(sheet: string, address: string) {
    const v = this.wb.getWorksheet(sheet)!.getCell(address).value as ExcelJS.CellHyperlinkValue;
    return v && typeof v === 'object' && 'hyperlink' in v ? v.hyperlink : null;
  }
  sheetNames() {
    return this.wb.worksheets.filter((w) => w.name !== 'plan-rag journal').map((w) => w.name);
  }
}

export class ExcelFakeHost implements HostUnderTest {
  name = 'Excel (office-js, recording fake)';
  state!: FakeWorkbookState;
  lastRecording: FakeContext['recording'] | null = null;
  async load(file: string, sheet?: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    this.state = fakeFromWorkbook(wb);
    this.state.activeName = sheet ?? this.state.sheets[0].name;
  }
  async apply(asOf: string) {
    const ctx = new FakeContext(this.state);
    const register = this.state.sheets.find((s) => /siip/i.test(s.name) && s.name !== 'SIIP index')?.name ?? null;
    await applyRag(ctx as unknown as Excel.RequestContext, { mergedAreas: true }, { registerSheet: register }, asOf);
    this.lastRecording = ctx.recording;
  }
  async clear() {
    const ctx = new FakeContext(this.state);
    await clearRag(ctx as unknown as Excel.RequestContext, { mergedAreas: true });
    this.lastRecording = ctx.recording;
  }
  values() {
    const out: Record<string, unknown> = {};
    for (const s of this.state.sheets) {
      if (s.name === 'plan-rag journal') continue;
      for (const [k, c] of s.cells) {
        if (c.value === '') continue;
        const [r, col] = k.split(',').map(Number);
        out[`${s.name}!${r + 1},${col + 1}`] = c.value;
      }
    }
    return out;
  }
  formats(sheet: string) {
    const s = this.state.sheet(sheet)!;
    const out: Record<string, unknown> = {};
    for (const [k, c] of [...s.cells.entries()].sort()) {
      const { value: _v, ...format } = c;
      void _v;
      if (JSON.stringify(format) !== JSON.stringify({ ...emptyFormat() })) out[k] = format;
    }
    return out;
  }
  fill(sheet: string, address: string) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c = this.state.sheet(sheet)!.cells.get(`${Number(m[2]) - 1},${col}`);
    return c?.fill ? c.fill.replace('#', '') : null;
  }
  link(sheet: string, address: string) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return this.state.sheet(sheet)!.cells.get(`${Number(m[2]) - 1},${col}`)?.hyperlink?.documentReference ?? null;
  }
  sheetNames() {
    return this.state.sheets.filter((s) => s.name !== 'plan-rag journal').map((s) => s.name);
  }
}

function emptyFormat() {
  const none = { style: 'None', color: '#000000', weight: 'Thin' };
  return { numberFormat: 'General', fill: null, fontColor: '#000000', bold: false, italic: false, wrapText: false, verticalAlignment: 'Bottom', borders: { top: none, bottom: none, left: none, right: none }, hyperlink: null };
}

export class GasFakeHost implements HostUnderTest {
  name = 'Google Sheets (Apps Script, recording fake)';
  book!: GSpreadsheet;
  async load(file: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    this.book = fakeSpreadsheetFrom(readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })));
    // the sheet's own fills, as Sheets would show them
    for (const s of this.book.sheets) {
      wb.getWorksheet(s.name)!.eachRow((row, r) =>
        row.eachCell((c, col) => {
          const fill = c.fill as ExcelJS.FillPattern | undefined;
          if (fill?.pattern === 'solid' && fill.fgColor?.argb) s.cell(r - 1, col - 1).background = `#${fill.fgColor.argb.slice(2).toLowerCase()}`;
          if (c.font?.bold) s.cell(r - 1, col - 1).fontWeight = 'bold';
        }),
      );
    }
  }
  private app() {
    return fakeSpreadsheetApp(this.book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }
  async apply(asOf: string) {
    gasApply(this.app(), {}, asOf);
  }
  async clear() {
    gasClear(this.app());
  }
  values() {
    const out: Record<string, unknown> = {};
    for (const s of this.book.sheets) {
      if (s.name === 'plan-rag journal') continue;
      for (const [k, c] of s.cells) {
        if (c.value === '') continue;
        const [r, col] = k.split(',').map(Number);
        out[`${s.name}!${r + 1},${col + 1}`] = c.value instanceof Date ? c.value.toISOString() : c.value;
      }
    }
    return out;
  }
  formats(sheet: string) {
    const s = this.book.sheets.find((x) => x.name === sheet)!;
    const out: Record<string, unknown> = {};
    for (const [k, c] of [...s.cells.entries()].sort()) {
      const { value: _v, ...f } = c;
      void _v;
      // a sheet made again gets a new gid: compare links by the sheet they open
      const link = f.link ? f.link.replace(/^#gid=(\d+)/, (_m, id) => `#sheet=${this.book.sheets.find((x) => x.id === Number(id))?.name}`) : null;
      if (f.background !== '#ffffff' || f.fontColor !== '#000000' || f.fontWeight !== 'normal' || f.fontStyle !== 'normal' || f.link) out[k] = { ...f, link };
    }
    return out;
  }
  private cell(sheet: string, address: string) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return this.book.sheets.find((s) => s.name === sheet)!.cells.get(`${Number(m[2]) - 1},${col}`);
  }
  fill(sheet: string, address: string) {
    const b = this.cell(sheet, address)?.background;
    return b && b !== '#ffffff' ? b.replace('#', '').toUpperCase() : null;
  }
  link(sheet: string, address: string) {
    const url = this.cell(sheet, address)?.link;
    const m = url ? /^#gid=(\d+)&range=(.+)$/.exec(url) : null;
    if (!m) return null;
    const target = this.book.sheets.find((s) => s.id === Number(m[1]))!;
    return `${quoteSheetName(target.name)}!${m[2]}`;
  }
  sheetNames() {
    return this.book.sheets.filter((s) => s.name !== 'plan-rag journal').map((s) => s.name);
  }
}
