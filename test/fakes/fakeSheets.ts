/**
 * A recording fake of the part of Apps Script's SpreadsheetApp the Google Sheets host uses. Every call is
 * counted, so tests can hold the host to "calls do not grow with rows".
 */

export interface GCell {
  value: string | number | boolean | Date;
  numberFormat: string;
  background: string;
  fontColor: string;
  fontWeight: string;
  fontStyle: string;
  link: string | null;
}

const blank = (): GCell => ({ value: '', numberFormat: '', background: '#ffffff', fontColor: '#000000', fontWeight: 'normal', fontStyle: 'normal', link: null });

export class GasRecorder {
  calls = 0;
  byMethod: Record<string, number> = {};
  count(method: string): void {
    this.calls++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }
}

class RichText {
  constructor(
    private text: string,
    private link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

class RichTextBuilder {
  private text = '';
  private link: string | null = null;
  setText(t: string): this {
    this.text = t;
    return this;
  }
  setLinkUrl(url: string | null): this {
    this.link = url;
    return this;
  }
  build(): RichText {
    return new RichText(this.text, this.link);
  }
}

type Area = { top: number; left: number; bottom: number; right: number };

function a1ToArea(a1: string): Area {
  const bare = a1.replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 0 };
  const [a, b] = bare.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    return { r: Number(m[2]) - 1, c: m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

export class GSheet {
  cells = new Map<string, GCell>();
  merges: Area[] = [];
  hidden = false;
  constructor(
    private book: GSpreadsheet,
    public name: string,
    public id: number,
  ) {}
  cell(r: number, c: number): GCell {
    let x = this.cells.get(`${r},${c}`);
    if (!x) this.cells.set(`${r},${c}`, (x = blank()));
    return x;
  }
  getName() {
    this.book.rec.count('getName');
    return this.name;
  }
  getSheetId() {
    this.book.rec.count('getSheetId');
    return this.id;
  }
  hideSheet() {
    this.book.rec.count('hideSheet');
    this.hidden = true;
    return this;
  }
  activate() {
    this.book.rec.count('activate');
    this.book.active = this;
    return this;
  }
  getDataRange() {
    this.book.rec.count('getDataRange');
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      if (c.value === '') continue;
      const [r, col] = k.split(',').map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return new GRange(this, { top: 0, left: 0, bottom, right });
  }
  getRange(a: string | number, col?: number, rows?: number, cols?: number) {
    this.book.rec.count('getRange');
    if (typeof a === 'number') return new GRange(this, { top: a - 1, left: col! - 1, bottom: a - 2 + (rows ?? 1), right: col! - 2 + (cols ?? 1) });
    return new GRange(this, a1ToArea(a));
  }
  getRangeList(list: string[]) {
    this.book.rec.count('getRangeList');
    return new GRangeList(this, list.map(a1ToArea));
  }
}

function each(sheet: GSheet, area: Area, f: (cell: GCell, r: number, c: number) => void) {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(sheet.cell(r, c), r, c);
}

export class GRange {
  constructor(
    private sheet: GSheet,
    private area: Area,
  ) {}
  private rec(m: string) {
    (this.sheet as unknown as { book: GSpreadsheet }).book.rec.count(m);
  }
  private grid<T>(f: (c: GCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(f(this.sheet.cells.get(`${r},${c}`) ?? blank()));
      out.push(row);
    }
    return out;
  }
  private set<T>(m: string, values: T[][], f: (c: GCell, v: T) => void) {
    this.rec(m);
    each(this.sheet, this.area, (cell, r, c) => f(cell, values[r - this.area.top][c - this.area.left]));
    return this;
  }
  getRow() {
    return this.area.top + 1;
  }
  getColumn() {
    return this.area.left + 1;
  }
  getLastRow() {
    return this.area.bottom + 1;
  }
  getLastColumn() {
    return this.area.right + 1;
  }
  getValues() {
    this.rec('getValues');
    return this.grid((c) => c.value);
  }
  getDisplayValues() {
    this.rec('getDisplayValues');
    return this.grid((c) => (c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value)));
  }
  getNumberFormats() {
    this.rec('getNumberFormats');
    return this.grid((c) => c.numberFormat);
  }
  getMergedRanges() {
    this.rec('getMergedRanges');
    return this.sheet.merges.map((m) => new GRange(this.sheet, m));
  }
  getBackgrounds() {
    this.rec('getBackgrounds');
    return this.grid((c) => c.background);
  }
  getFontColors() {
    this.rec('getFontColors');
    return this.grid((c) => c.fontColor);
  }
  getFontWeights() {
    this.rec('getFontWeights');
    return this.grid((c) => c.fontWeight);
  }
  getFontStyles() {
    this.rec('getFontStyles');
    return this.grid((c) => c.fontStyle);
  }
  getRichTextValues() {
    this.rec('getRichTextValues');
    return this.grid((c) => new RichText(c.value instanceof Date ? '' : String(c.value), c.link));
  }
  setBackgrounds(v: string[][]) {
    return this.set('setBackgrounds', v, (c, x) => (c.background = x));
  }
  setFontColors(v: string[][]) {
    return this.set('setFontColors', v, (c, x) => (c.fontColor = x));
  }
  setFontWeights(v: string[][]) {
    return this.set('setFontWeights', v, (c, x) => (c.fontWeight = x));
  }
  setFontStyles(v: string[][]) {
    return this.set('setFontStyles', v, (c, x) => (c.fontStyle = x));
  }
  setValues(v: unknown[][]) {
    return this.set('setValues', v, (c, x) => (c.value = x as GCell['value']));
  }
  setRichTextValues(v: RichText[][]) {
    return this.set('setRichTextValues', v, (c, x) => {
      if (typeof c.value === 'string') c.value = x.getText();
      c.link = x.getLinkUrl();
    });
  }
  setNumberFormat(f: string) {
    this.rec('setNumberFormat');
    each(this.sheet, this.area, (c) => (c.numberFormat = f));
    return this;
  }
  activate() {
    this.rec('activate');
    const book = (this.sheet as unknown as { book: GSpreadsheet }).book;
    book.active = this.sheet;
    book.selected = `${this.sheet.name}!${this.area.top + 1}`;
    return this;
  }
}

export class GRangeList {
  constructor(
    private sheet: GSheet,
    private areas: Area[],
  ) {}
  private all(m: string, f: (c: GCell) => void) {
    (this.sheet as unknown as { book: GSpreadsheet }).book.rec.count(m);
    for (const a of this.areas) each(this.sheet, a, f);
    return this;
  }
  setBackground(v: string) {
    return this.all('RangeList.setBackground', (c) => (c.background = v.toLowerCase()));
  }
  setFontColor(v: string) {
    return this.all('RangeList.setFontColor', (c) => (c.fontColor = v.toLowerCase()));
  }
  setFontWeight(v: string) {
    return this.all('RangeList.setFontWeight', (c) => (c.fontWeight = v));
  }
  setFontStyle(v: string) {
    return this.all('RangeList.setFontStyle', (c) => (c.fontStyle = v));
  }
  clearContent() {
    return this.all('RangeList.clearContent', (c) => (c.value = ''));
  }
}

export class GSpreadsheet {
  sheets: GSheet[] = [];
  active: GSheet | null = null;
  selected: string | null = null;
  private nextId = 100;
  constructor(public rec: GasRecorder) {}
  addSheet(name: string): GSheet {
    const s = new GSheet(this, name, this.nextId++);
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }
  getActiveSheet() {
    this.rec.count('getActiveSheet');
    return this.active!;
  }
  getSheets() {
    this.rec.count('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.rec.count('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string) {
    this.rec.count('insertSheet');
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    return this.addSheet(name);
  }
  deleteSheet(sheet: GSheet) {
    this.rec.count('deleteSheet');
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  getSpreadsheetTimeZone() {
    return 'Europe/London';
  }
  /** Values and formats of every sheet, for "nothing changed" checks. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.sheets) {
      const cells: Record<string, unknown> = {};
      for (const [k, c] of [...s.cells.entries()].sort()) if (JSON.stringify(c) !== JSON.stringify(blank())) cells[k] = { ...c, value: c.value instanceof Date ? c.value.toISOString() : c.value };
      out[s.name] = { cells, merges: s.merges, hidden: s.hidden };
    }
    return out;
  }
}

/** A fake SpreadsheetApp around a spreadsheet. */
export function fakeSpreadsheetApp(book: GSpreadsheet) {
  const menus: string[][] = [];
  return {
    menus,
    getActiveSpreadsheet: () => {
      book.rec.count('getActiveSpreadsheet');
      return book;
    },
    newRichTextValue: () => new RichTextBuilder(),
    getUi: () => ({
      createMenu: (name: string) => {
        const items: string[] = [name];
        const menu = {
          addItem: (label: string, fn: string) => {
            items.push(`${label} → ${fn}`);
            return menu;
          },
          addToUi: () => void menus.push(items),
        };
        return menu;
      },
      alert: (m: string) => {
        throw new Error(`alert: ${m}`);
      },
      showSidebar: () => undefined,
    }),
  };
}

/** Builds a spreadsheet from grids; numbers with a date format become Dates, as Sheets returns them. */
export function fakeSpreadsheetFrom(sheets: Array<{ name: string; values: unknown[][]; numberFormats?: unknown[][]; merges?: Area[] }>): GSpreadsheet {
  const book = new GSpreadsheet(new GasRecorder());
  for (const s of sheets) {
    const sheet = book.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = sheet.cell(r, c);
        const f = String(s.numberFormats?.[r]?.[c] ?? '');
        cell.numberFormat = f;
        cell.value = typeof v === 'number' && /[dy]/i.test(f) ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000) : (v as GCell['value']);
      }),
    );
    sheet.merges = s.merges ?? [];
  }
  return book;
}
