/// <reference types="google-apps-script" />
import { columnLetters } from '../../src/core/grid';
/**
 * A strict fake of the part of Apps Script's SpreadsheetApp (and the services around it) the Sheets host uses. It
 * models what Sheets really does; each behaviour cites the section of docs/host-behaviour.md recording its source
 * (Google's reference pages, or public reports where Google is silent):
 *
 * - `insertSheet` makes the new sheet the active sheet (§18);
 * - `setValues` parses strings as if typed ("2015-01-21" a date, "1.10" the number 1.1) unless the cells are
 *   formatted as plain text "@" (§19);
 * - a new sheet has 1000 rows and 26 columns, and a range outside a sheet's size throws (§20);
 * - `getRichTextValues` gives null for cells whose value is not text; `getLinkUrl` is null when a cell holds
 *   several different links (§21);
 * - dates come back at midnight in the spreadsheet's time zone, which may differ from the script's (§22);
 * - an editor add-on builds its menu with `createAddonMenu()` (§23);
 * - a null colour or weight resets it to the default; an unfilled cell reads "#ffffff" (§24);
 * - the only visible sheet cannot be hidden, the last sheet cannot be deleted (§28);
 * - document properties hold 9 KB a value (§31); `LockService.getDocumentLock()` (§25).
 *
 * Every call is counted, so tests can hold the host to "calls do not grow with rows".
 */

export interface GRun {
  text: string;
  link: string | null;
  bold?: boolean;
}

export interface GCell {
  /** Numbers, text, booleans; a date is a serial number with a date format, as Sheets keeps it. */
  value: string | number | boolean;
  formula: string;
  numberFormat: string;
  /** null: no colour set (the default); an unfilled cell still reads "#ffffff" (§24). */
  background: string | null;
  fontColor: string | null;
  fontWeight: string;
  fontStyle: string;
  fontLine: string;
  wrap: boolean;
  verticalAlignment: string;
  note: string;
  /** The rich-text runs of a text cell. */
  runs: GRun[] | null;
}

const blank = (): GCell => ({
  value: '',
  formula: '',
  numberFormat: 'General',
  background: null,
  fontColor: null,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  wrap: false,
  verticalAlignment: 'bottom',
  note: '',
  runs: null,
});

export class GasRecorder {
  calls = 0;
  byMethod: Record<string, number> = {};
  count(method: string): void {
    this.calls++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }
}

/** An Apps Script exception (the message is what Sheets says). */
export class GasError extends Error {
  constructor(message: string) {
    super(`Exception: ${message}`);
  }
}

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

class RichText {
  constructor(private runs: GRun[]) {}
  getText(): string {
    return this.runs.map((r) => r.text).join('');
  }
  /** §21: null when there is no link, or several different links. */
  getLinkUrl(): string | null {
    const links = new Set(this.runs.filter((r) => r.text.length > 0).map((r) => r.link));
    return links.size === 1 ? [...links][0] : null;
  }
  getRuns(): RichText[] {
    return this.runs.map((r) => new RichText([r]));
  }
  copy(): RichTextBuilder {
    return new RichTextBuilder(this.runs.map((r) => ({ ...r })));
  }
  /** The runs, for the fake's own use. */
  runsOf(): GRun[] {
    return this.runs.map((r) => ({ ...r }));
  }
}

class RichTextBuilder {
  constructor(private runs: GRun[] = [{ text: '', link: null }]) {}
  setText(t: string): this {
    this.runs = [{ text: t, link: null }];
    return this;
  }
  /** setLinkUrl(url) for the whole text, or setLinkUrl(start, end, url). */
  setLinkUrl(a: string | number | null, b?: number, c?: string | null): this {
    const text = this.runs.map((r) => r.text).join('');
    const [start, end, url] = typeof a === 'number' ? [a, b!, c ?? null] : [0, text.length, a];
    if (start === 0 && end >= text.length) {
      // the whole text: one link over every run, keeping their styles
      this.runs = this.runs.map((r) => ({ ...r, link: url }));
      return this;
    }
    const out: GRun[] = [];
    let at = 0;
    for (const r of this.runs) {
      const rs = at;
      const re = at + r.text.length;
      const cut = (x: number, y: number, link: string | null) => x < y && out.push({ ...r, text: text.slice(x, y), link });
      cut(rs, Math.max(rs, Math.min(re, start)), r.link);
      cut(Math.max(rs, start), Math.min(re, end), url);
      cut(Math.max(rs, Math.min(re, end)), re, r.link);
      at = re;
    }
    this.runs = out;
    return this;
  }
  build(): RichText {
    return new RichText(this.runs.map((r) => ({ ...r })));
  }
}

type Area = { top: number; left: number; bottom: number; right: number };

function a1ToArea(a1: string): Area {
  const bare = a1.replace(/^.*!/, '').replace(/\$/g, '');
  const col = (l: string) => l.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: -1 };
  const [a, b] = bare.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x);
    if (!m) throw new GasError(`Range not found`);
    return { r: Number(m[2]) - 1, c: col(m[1]) };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { top: s.r, left: s.c, bottom: e.r, right: e.c };
}

/** Midnight on a calendar day in a time zone, as an instant (§22). */
export function midnightIn(timeZone: string, y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const offset = zoneOffset(timeZone, guess);
  return new Date(guess - offset);
}

function zoneOffset(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at;
}

/** `Utilities.formatDate` for "yyyy-MM-dd" in a time zone. */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return format.replace('yyyy', get('year')).replace('MM', get('month')).replace('dd', get('day'));
}

const isDateFormat = (f: string) => /[dy]/i.test(f.replace(/"[^"]*"/g, '')) && f !== '@';

/** For tests of the self-check: a spreadsheet that ignores the plain-text format (not how Sheets behaves). */
export const brokenBehaviour = { textFormatIgnored: false };

/** §19: a string through setValues is parsed as if typed, unless the cell is plain text. */
function writeTyped(cell: GCell, v: unknown, tz: string): void {
  cell.formula = '';
  cell.runs = null;
  if (v instanceof Date) {
    const day = formatDate(v, tz, 'yyyy-MM-dd').split('-').map(Number);
    cell.value = Math.round((Date.UTC(day[0], day[1] - 1, day[2]) - Date.UTC(1899, 11, 30)) / 86_400_000);
    if (!isDateFormat(cell.numberFormat)) cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  if (typeof v !== 'string') {
    cell.value = v as number | boolean;
    return;
  }
  if (v === '') {
    cell.value = '';
    return;
  }
  if (cell.numberFormat === '@' && !brokenBehaviour.textFormatIgnored) {
    cell.value = v;
    cell.runs = [{ text: v, link: null }];
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) {
    cell.value = Math.round((Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - Date.UTC(1899, 11, 30)) / 86_400_000);
    if (!isDateFormat(cell.numberFormat)) cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  if (/^=/.test(v)) {
    cell.formula = v;
    cell.value = '';
    return;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v.trim())) {
    cell.value = Number(v);
    return;
  }
  if (/^(true|false)$/i.test(v)) {
    cell.value = v.toLowerCase() === 'true';
    return;
  }
  cell.value = v;
  cell.runs = [{ text: v, link: null }];
}

export class GSheet {
  cells = new Map<string, GCell>();
  merges: Area[] = [];
  hidden = false;
  maxRows = 1000;
  maxCols = 26;
  protections = 0;
  colWidths = new Map<number, number>();
  charts: Array<{ type: unknown; range: string; options: Record<string, unknown> }> = [];
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
  private rec(m: string) {
    this.book.rec.count(m);
  }
  getName() {
    this.rec('getName');
    return this.name;
  }
  setName(n: string) {
    this.rec('setName');
    this.name = n;
    return this;
  }
  getSheetId() {
    this.rec('getSheetId');
    return this.id;
  }
  isSheetHidden() {
    this.rec('isSheetHidden');
    return this.hidden;
  }
  hideSheet() {
    this.rec('hideSheet');
    // §28: the only visible sheet cannot be hidden
    if (!this.hidden && this.book.sheets.filter((s) => !s.hidden).length === 1) throw new GasError("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet() {
    this.rec('showSheet');
    this.hidden = false;
    return this;
  }
  activate() {
    this.rec('activate');
    this.book.active = this;
    return this;
  }
  getMaxRows() {
    this.rec('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.rec('getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(after: number, n: number) {
    this.rec('insertRowsAfter');
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, n: number) {
    this.rec('insertColumnsAfter');
    this.maxCols += n;
    return this;
  }
  clearContents() {
    this.rec('clearContents');
    for (const c of this.cells.values()) {
      c.value = '';
      c.formula = '';
      c.runs = null;
    }
    return this;
  }
  clear() {
    this.rec('clear');
    this.cells = new Map();
    return this;
  }
  getCharts() {
    this.rec('getCharts');
    return [...this.charts];
  }
  removeChart(c: unknown) {
    this.rec('removeChart');
    this.charts = this.charts.filter((x) => x !== c);
  }
  getProtections(type: unknown) {
    this.rec('getProtections');
    void type;
    return Array.from({ length: this.protections }, () => ({}));
  }
  getColumnWidth(c: number) {
    this.rec('getColumnWidth');
    return this.colWidths.get(c) ?? 100;
  }
  setColumnWidth(c: number, w: number) {
    this.rec('setColumnWidth');
    this.colWidths.set(c, w);
    return this;
  }
  getDataRange() {
    this.rec('getDataRange');
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.formula) continue;
      const [r, col] = k.split(',').map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return new GRange(this, { top: 0, left: 0, bottom, right });
  }
  getRange(a: string | number, col?: number, rows?: number, cols?: number) {
    this.rec('getRange');
    const area = typeof a === 'number' ? { top: a - 1, left: col! - 1, bottom: a - 2 + (rows ?? 1), right: col! - 2 + (cols ?? 1) } : a1ToArea(a);
    if (area.right < 0) area.right = this.maxCols - 1;
    // §20: numeric coordinates beyond the sheet throw at once
    if (area.bottom >= this.maxRows || area.right >= this.maxCols || area.top < 0 || area.left < 0) throw new GasError(OUTSIDE);
    return new GRange(this, area);
  }
  getRangeList(list: string[]) {
    this.rec('getRangeList');
    return new GRangeList(this, list.map(a1ToArea));
  }
  newChart() {
    this.rec('newChart');
    const spec = { type: null as unknown, range: '', options: {} as Record<string, unknown> };
    const b = {
      setChartType: (t: unknown) => ((spec.type = t), b),
      addRange: (r: GRange) => ((spec.range = r.getA1Notation()), b),
      setOption: (k: string, v: unknown) => ((spec.options[k] = v), b),
      setPosition: () => b,
      build: () => spec,
    };
    return b;
  }
  insertChart(chart: { type: unknown; range: string; options: Record<string, unknown> }) {
    this.rec('insertChart');
    this.charts.push(chart);
  }
  tz(): string {
    return this.book.timeZone;
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
    const rows = this.area.bottom - this.area.top + 1;
    const cols = this.area.right - this.area.left + 1;
    if (values.length !== rows || values.some((r) => r.length !== cols)) {
      throw new GasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`,
      );
    }
    each(this.sheet, this.area, (cell, r, c) => f(cell, values[r - this.area.top][c - this.area.left]));
    return this;
  }
  getA1Notation() {
    return `${columnLetters(this.area.left)}${this.area.top + 1}:${columnLetters(this.area.right)}${this.area.bottom + 1}`;
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
  /** §22: dates come back as Dates at midnight in the spreadsheet's time zone. */
  getValues() {
    this.rec('getValues');
    const tz = this.sheet.tz();
    return this.grid((c): unknown => {
      if (typeof c.value === 'number' && isDateFormat(c.numberFormat)) {
        const d = new Date(Date.UTC(1899, 11, 30) + c.value * 86_400_000);
        return midnightIn(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      }
      return c.value;
    });
  }
  getDisplayValues() {
    this.rec('getDisplayValues');
    return this.grid((c) => display(c));
  }
  getDisplayValue() {
    this.rec('getDisplayValue');
    return display(this.sheet.cells.get(`${this.area.top},${this.area.left}`) ?? blank());
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
    return this.grid((c) => c.background ?? '#ffffff');
  }
  getFontColors() {
    this.rec('getFontColors');
    return this.grid((c) => c.fontColor ?? '#000000');
  }
  getFontWeights() {
    this.rec('getFontWeights');
    return this.grid((c) => c.fontWeight);
  }
  getFontStyles() {
    this.rec('getFontStyles');
    return this.grid((c) => c.fontStyle);
  }
  getFontLines() {
    this.rec('getFontLines');
    return this.grid((c) => c.fontLine);
  }
  getWraps() {
    this.rec('getWraps');
    return this.grid((c) => c.wrap);
  }
  getVerticalAlignments() {
    this.rec('getVerticalAlignments');
    return this.grid((c) => c.verticalAlignment);
  }
  getNotes() {
    this.rec('getNotes');
    return this.grid((c) => c.note);
  }
  getFormulas() {
    this.rec('getFormulas');
    return this.grid((c) => c.formula);
  }
  /** §21: null for a cell whose value is not text (numbers, dates, booleans, formulas). */
  getRichTextValues() {
    this.rec('getRichTextValues');
    return this.grid((c) =>
      typeof c.value === 'string' && !c.formula && c.value !== ''
        ? new RichText(c.runs ?? [{ text: c.value, link: null }])
        : c.value === '' && !c.formula
          ? new RichText([{ text: '', link: null }])
          : null,
    );
  }
  setValues(v: unknown[][]) {
    const tz = this.sheet.tz();
    return this.set('setValues', v, (c, x) => writeTyped(c, x, tz));
  }
  getValue() {
    return this.getValues()[0][0];
  }
  getRichTextValue() {
    return this.getRichTextValues()[0][0];
  }
  setRichTextValue(v: RichText) {
    return this.setRichTextValues([[v]]);
  }
  getBackground() {
    return this.getBackgrounds()[0][0];
  }
  /** §24: null resets the colour. */
  setBackground(v: string | null) {
    this.rec('setBackground');
    each(this.sheet, this.area, (c) => (c.background = v === null ? null : v.toLowerCase()));
    return this;
  }
  setValue(v: unknown) {
    this.rec('setValue');
    writeTyped(this.sheet.cell(this.area.top, this.area.left), v, this.sheet.tz());
    return this;
  }
  setNumberFormat(f: string) {
    this.rec('setNumberFormat');
    each(this.sheet, this.area, (c) => (c.numberFormat = f));
    return this;
  }
  setNumberFormats(v: string[][]) {
    return this.set('setNumberFormats', v, (c, x) => (c.numberFormat = x));
  }
  setNotes(v: string[][]) {
    return this.set('setNotes', v, (c, x) => (c.note = x ?? ''));
  }
  setRichTextValues(v: RichText[][]) {
    return this.set('setRichTextValues', v, (c, x) => {
      if (!x) throw new GasError('Cannot convert null to a RichTextValue.');
      c.runs = x.runsOf();
      c.value = x.getText();
      c.formula = '';
    });
  }
  activate() {
    this.rec('activate');
    const book = (this.sheet as unknown as { book: GSpreadsheet }).book;
    book.active = this.sheet;
    book.selected = `${this.sheet.name}!${this.area.top + 1}`;
    return this;
  }
}

function display(c: GCell): string {
  if (typeof c.value === 'number' && isDateFormat(c.numberFormat)) {
    const d = new Date(Date.UTC(1899, 11, 30) + c.value * 86_400_000);
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return String(c.value);
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
  /** §24: null resets the colour. */
  setBackground(v: string | null) {
    return this.all('RangeList.setBackground', (c) => (c.background = v === null ? null : v.toLowerCase()));
  }
  setFontColor(v: string | null) {
    return this.all('RangeList.setFontColor', (c) => (c.fontColor = v === null ? null : v.toLowerCase()));
  }
  setFontWeight(v: string | null) {
    return this.all('RangeList.setFontWeight', (c) => (c.fontWeight = v ?? 'normal'));
  }
  setFontStyle(v: string | null) {
    return this.all('RangeList.setFontStyle', (c) => (c.fontStyle = v ?? 'normal'));
  }
  setFontLine(v: string | null) {
    return this.all('RangeList.setFontLine', (c) => (c.fontLine = v ?? 'none'));
  }
  setNumberFormat(v: string) {
    return this.all('RangeList.setNumberFormat', (c) => (c.numberFormat = v));
  }
  setWrap(v: boolean) {
    return this.all('RangeList.setWrap', (c) => (c.wrap = v));
  }
  setVerticalAlignment(v: string | null) {
    return this.all('RangeList.setVerticalAlignment', (c) => (c.verticalAlignment = v ?? 'bottom'));
  }
  clearContent() {
    return this.all('RangeList.clearContent', (c) => {
      c.value = '';
      c.formula = '';
      c.runs = null;
    });
  }
}

export class GSpreadsheet {
  sheets: GSheet[] = [];
  active: GSheet | null = null;
  selected: string | null = null;
  /** The spreadsheet's time zone (§22); the script runs in the process's own. */
  timeZone = 'Europe/London';
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
  /** §18: the new sheet becomes the active sheet; §20: it is 1000 × 26. */
  insertSheet(name: string, index?: number) {
    this.rec.count('insertSheet');
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const s = this.addSheet(name);
    if (index !== undefined) this.sheets.splice(index, 0, this.sheets.pop()!);
    this.active = s;
    return s;
  }
  deleteSheet(sheet: GSheet) {
    this.rec.count('deleteSheet');
    if (this.sheets.length === 1) throw new GasError("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
  }
  getSpreadsheetTimeZone() {
    this.rec.count('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  /** Values and formats of every sheet, for "nothing changed" checks. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const empty = JSON.stringify(blank());
    for (const s of this.sheets) {
      const cells: Record<string, unknown> = {};
      for (const [k, c] of [...s.cells.entries()].sort()) {
        // a plain text cell's single unlinked run is the same as no runs recorded
        const norm = { ...c, runs: c.runs && c.runs.length === 1 && !c.runs[0].link && !c.runs[0].bold ? null : c.runs };
        if (JSON.stringify(norm) !== empty) cells[k] = norm;
      }
      out[s.name] = { cells, merges: s.merges, hidden: s.hidden };
    }
    return out;
  }
}

/** A fake SpreadsheetApp around a spreadsheet, and the services the host and entry points use. */
export function fakeSpreadsheetApp(book: GSpreadsheet) {
  const menus: Array<{ kind: 'addon' | 'custom'; items: string[] }> = [];
  const alerts: string[] = [];
  return {
    menus,
    alerts,
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    getActiveSpreadsheet: () => {
      book.rec.count('getActiveSpreadsheet');
      return book;
    },
    newRichTextValue: () => new RichTextBuilder(),
    getUi: () => {
      const menu = (kind: 'addon' | 'custom', name: string) => {
        const items: string[] = [name];
        const m = {
          addItem: (label: string, fn: string) => (items.push(`${label} → ${fn}`), m),
          addSeparator: () => (items.push('—'), m),
          addToUi: () => void menus.push({ kind, items }),
        };
        return m;
      };
      return {
        createAddonMenu: () => menu('addon', '(add-on)'),
        createMenu: (name: string) => menu('custom', name),
        alert: (m: string) => void alerts.push(m),
        showSidebar: () => undefined,
      };
    },
  };
}

/** PropertiesService with the 9 KB a value limit (§31). */
export function fakeProperties() {
  const store = new Map<string, string>();
  const props = {
    getProperty: (k: string) => store.get(k) ?? null,
    setProperty: (k: string, v: string) => {
      if (k.length + v.length > 9 * 1024) throw new GasError('Argument too large: value');
      store.set(k, v);
      return props;
    },
  };
  return { store, service: { getDocumentProperties: () => props } };
}

/** LockService: one lock per document (§25). */
export function fakeLockService() {
  let held = false;
  return {
    getDocumentLock: () => ({
      tryLock: () => (held ? false : (held = true)),
      releaseLock: () => void (held = false),
      hasLock: () => held,
    }),
    hold: (v: boolean) => void (held = v),
  };
}

/** Builds a spreadsheet from grids (values as the core reads them: dates as serials with a date format). */
export function fakeSpreadsheetFrom(
  sheets: Array<{ name: string; values: unknown[][]; numberFormats?: unknown[][]; merges?: Area[] }>,
  timeZone = 'Europe/London',
): GSpreadsheet {
  const book = new GSpreadsheet(new GasRecorder());
  book.timeZone = timeZone;
  for (const s of sheets) {
    const sheet = book.addSheet(s.name);
    sheet.maxRows = Math.max(1000, s.values.length);
    sheet.maxCols = Math.max(26, ...s.values.map((r) => r.length));
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = sheet.cell(r, c);
        const f = String(s.numberFormats?.[r]?.[c] ?? '');
        if (f) cell.numberFormat = f;
        cell.value = v as GCell['value'];
        if (typeof v === 'string') cell.runs = [{ text: v, link: null }];
      }),
    );
    sheet.merges = s.merges ?? [];
  }
  return book;
}

// Signatures checked against Google's type definitions: a fake method whose shape drifts from Apps Script's stops
// compiling here (methods returning plain data; those returning other Apps Script objects are checked by use).
type Check<Fake, Real> = Fake extends Real ? true : never;
type R = GoogleAppsScript.Spreadsheet.Range;
export const typeChecks: [
  Check<ReturnType<GRange['getBackgrounds']>, ReturnType<R['getBackgrounds']>>,
  Check<ReturnType<GRange['getFontColors']>, ReturnType<R['getFontColors']>>,
  Check<ReturnType<GRange['getNotes']>, ReturnType<R['getNotes']>>,
  Check<ReturnType<GRange['getFormulas']>, ReturnType<R['getFormulas']>>,
  Check<ReturnType<GRange['getNumberFormats']>, ReturnType<R['getNumberFormats']>>,
  Check<ReturnType<GRange['getDisplayValues']>, ReturnType<R['getDisplayValues']>>,
  Check<ReturnType<GRange['getWraps']>, ReturnType<R['getWraps']>>,
  Check<Parameters<GRange['setNotes']>, Parameters<R['setNotes']>>,
  Check<Parameters<GRange['setNumberFormats']>, Parameters<R['setNumberFormats']>>,
  Check<ReturnType<GSpreadsheet['getSpreadsheetTimeZone']>, ReturnType<GoogleAppsScript.Spreadsheet.Spreadsheet['getSpreadsheetTimeZone']>>,
  Check<ReturnType<GSheet['getSheetId']>, ReturnType<GoogleAppsScript.Spreadsheet.Sheet['getSheetId']>>,
  Check<ReturnType<GSheet['getMaxRows']>, ReturnType<GoogleAppsScript.Spreadsheet.Sheet['getMaxRows']>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
