/**
 * One worksheet part: read in one pass (values, shared strings, number formats, merges, column widths, the
 * positions of its rows and top-level elements), and patched in place: only the cells, rows, columns, links and
 * page elements plan-rag changes are rewritten; every other byte of the part is copied as it was.
 */
import { a1, columnIndex, columnLetters, type CellRange, type CellValue, type Grid } from '../../core/grid';
import { isoToExcelSerial } from '../../core/calendarDate';
import { XlsxError } from './errors';
import { insertAt, type Span } from './opc';
import { displayedText } from './numberFormat';
import { isDateFormat } from '../../core/timescale/readTimescaleCell';
import type { Styles } from './styles';
import { CLOSE, decodeXstring, encodeXstring, END, escapeAttr, escapeText, getAttr, isSpace, OPEN, prefixOf, rawAttr, setAttr, TEXT, XmlScanner } from './xml';

/** Child order of a worksheet (CT_Worksheet). */
export const SHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Days from 1 January 1900 (serial 1 in the 1900 system) to 1 January 1904 (serial 0 in the 1904 system). */
export const DAYS_1900_TO_1904 = 1462;

/** Cells a grid may hold; past this a sheet is read only in part, and refused as a plan. */
export const MAX_CELLS = 5_000_000;
/** Empty rows (or columns) after which cells further away are not part of the grid (a stray far-away cell). */
const ROW_GAP = 5_000;
const COL_GAP = 200;

export interface ColDef {
  min: number;
  max: number;
  /** The `<col>` element as it is. */
  raw: string;
  /** The text before it (white space), kept with it. */
  pre?: string;
}

export interface LinkDef {
  ref: string;
  location?: string;
  rid?: string;
  tooltip?: string;
  raw: string;
  /** The text before it (white space), kept with it. */
  pre?: string;
}

export interface SheetRead {
  grid: Grid;
  /** The grid stops short of the sheet (too many cells): refused as a plan. */
  partial: { rows: number; cols: number } | null;
  protected: boolean;
  a1: string;
}

export class SheetDoc {
  readonly text: string;
  readonly prefix: string;
  root!: Span;
  children: Span[] = [];
  /** Rows of sheetData: number, start and end of the `<row>` element. */
  rowNum: number[] = [];
  /** The text after the last `<col>` (white space). */
  colsTrailing = '';
  /** The text after the last `<hyperlink>` (white space). */
  linksTrailing = '';
  rowStart: number[] = [];
  rowEnd: number[] = [];
  private rowIndex: Map<number, number> | null = null;
  cols: ColDef[] = [];
  links: LinkDef[] = [];
  merges: CellRange[] = [];
  /** The relationship id of the sheet's VML drawing (notes). */
  legacyDrawing: string | null = null;
  /**
   * The cells read, flat (a 100,000-row sheet holds some 800,000: an object and three arrays per row held about
   * 30 MB more): cell k is in column `cellCol[k]`, with value `cellVal[k]` and cell format `cellStyle[k]`; the
   * cells of row r (0-based) are `rowFirst[r]` up to the next row's first cell (`cellEnd` of that row).
   */
  private cellCol: number[] = [];
  private cellVal: CellValue[] = [];
  private cellStyle: number[] = [];
  /** Per row index (0-based) read, where its cells start and end in the flat lists (holes: no cells). */
  private rowFirst: number[] = [];
  private rowLast: number[] = [];
  /** Cells (flat index) that held an ISO date (t="d"): the same in either date system. */
  private isoCells: Set<number> | null = null;

  constructor(
    text: string,
    readonly part: string,
    /** Shared strings, to read values (none: only the index for patching). */
    readonly shared: string[] | null = null,
  ) {
    this.text = text;
    this.prefix = '';
    this.index();
    this.prefix = prefixOf(this.root.name);
  }

  private index(): void {
    const t = this.text;
    const s = new XmlScanner(t, this.part);
    let root: Span | null = null;
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok !== OPEN) continue;
      if (s.depth === 1) {
        root = { local: s.local, name: s.name, start: s.start, end: t.length, openEnd: s.end, selfClosing: s.selfClosing };
        continue;
      }
      if (s.depth !== 2) continue;
      const span: Span = { local: s.local, name: s.name, start: s.start, end: 0, openEnd: s.end, selfClosing: s.selfClosing };
      switch (span.local) {
        case 'sheetData':
          span.end = this.readSheetData(s);
          break;
        case 'cols':
          span.end = this.readList(s, 'col', (raw, pre) => ({ min: Number(getAttr(raw, 'min')), max: Number(getAttr(raw, 'max')), raw, pre }), this.cols);
          break;
        case 'hyperlinks':
          span.end = this.readList(
            s,
            'hyperlink',
            (raw, pre) => ({ ref: getAttr(raw, 'ref') ?? '', location: getAttr(raw, 'location'), rid: ridOf(raw), tooltip: getAttr(raw, 'tooltip'), raw, pre }),
            this.links,
          );
          break;
        case 'mergeCells':
          span.end = this.readList(s, 'mergeCell', (raw) => rangeOf(getAttr(raw, 'ref') ?? ''), this.merges as Array<CellRange | null>);
          this.merges = this.merges.filter((m) => m !== null);
          break;
        case 'legacyDrawing':
          this.legacyDrawing = ridOf(t.slice(s.start, s.end)) ?? null;
          span.end = s.skipElement();
          break;
        default:
          span.end = s.skipElement();
      }
      this.children.push(span);
    }
    if (!root) s.fail('no root element', 0);
    this.root = root!;
    if (root!.end === t.length) {
      const close = t.lastIndexOf('</');
      if (close > root!.start) root!.end = t.indexOf('>', close) + 1;
    }
  }

  private readList<T>(s: XmlScanner, local: string, make: (raw: string, pre: string) => T, out: T[]): number {
    const depth = s.depth;
    if (s.selfClosing) return s.skipElement();
    let prevEnd = s.end;
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok === CLOSE && s.depth === depth - 1) {
        if (local === 'col') this.colsTrailing = this.text.slice(prevEnd, s.start);
        if (local === 'hyperlink') this.linksTrailing = this.text.slice(prevEnd, s.start);
        return s.end;
      }
      if (tok === OPEN && s.depth === depth + 1) {
        const a = s.start;
        const isIt = s.local === local;
        const b = s.skipElement();
        if (isIt) out.push(make(this.text.slice(a, b), this.text.slice(prevEnd, a)));
        prevEnd = b;
      }
    }
    return s.end;
  }

  private readSheetData(s: XmlScanner): number {
    const t = this.text;
    if (s.selfClosing) return s.skipElement();
    let rowNo = 0;
    let seenRows: Set<number> | null = null;
    const rowCols: number[] = [];
    let rowIndex = -1;
    let col = -1;
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok === CLOSE) {
        if (s.depth === 1) return s.end; // </sheetData>
        if (s.depth === 2) this.rowEnd.push(s.end);
        continue;
      }
      if (tok !== OPEN) continue;
      if (s.depth === 3 && s.local === 'row') {
        const r = rawAttr(t, s.attrStart, s.attrEnd, 'r');
        const was = rowNo;
        rowNo = r !== undefined ? Number(r) : rowNo + 1;
        // rows out of order (invalid, but each has its number) are read by number; a row given twice is refused
        if (!(rowNo > was)) {
          seenRows ??= new Set(this.rowNum);
          if (seenRows.has(rowNo) || !(rowNo >= 1)) throw disorder(this.part, `has row ${r} twice`);
        }
        seenRows?.add(rowNo);
        rowCols.length = 0;
        this.rowNum.push(rowNo);
        this.rowStart.push(s.start);
        rowIndex = -1;
        col = -1;
        continue;
      }
      if (s.depth === 4 && s.local === 'c') {
        const ref = rawAttr(t, s.attrStart, s.attrEnd, 'r');
        const was = col;
        col = ref !== undefined ? columnIndex(ref.replace(/\d+$/, '')) : col + 1;
        // likewise cells: out of order they are read by address; a cell given twice is refused
        if (!(col > was) && (rowCols.includes(col) || col < 0)) throw disorder(this.part, `has cell ${ref ?? a1(rowNo - 1, col)} twice`);
        rowCols.push(col);
        const st = rawAttr(t, s.attrStart, s.attrEnd, 's');
        const type = rawAttr(t, s.attrStart, s.attrEnd, 't') ?? 'n';
        const value = this.readCell(s, type);
        if (value === null && st === undefined) continue;
        const k = this.cellCol.length;
        if (rowIndex < 0) {
          rowIndex = rowNo - 1;
          this.rowFirst[rowIndex] = k;
        }
        this.rowLast[rowIndex] = k + 1;
        // a t="d" cell holds an ISO date, the same in either date system
        if (type === 'd' && typeof value === 'number') (this.isoCells ??= new Set()).add(k);
        this.cellCol.push(col);
        this.cellVal.push(value);
        this.cellStyle.push(st === undefined ? 0 : Number(st));
      }
    }
    return s.end;
  }

  /** A cell's value from its children (the scanner is on `<c>`). Formulas give their cached result. */
  private readCell(s: XmlScanner, type: string): CellValue {
    if (s.selfClosing) {
      s.next();
      return null;
    }
    const depth = s.depth;
    let v: string | null = null;
    let inline: string | null = null;
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok === CLOSE && s.depth === depth - 1) break;
      if (tok !== OPEN) continue;
      if (s.local === 'v') v = s.innerText();
      else if (s.local === 'is') inline = this.richText(s);
      else s.skipElement();
    }
    switch (type) {
      case 's':
        return v === null ? null : (this.shared?.[Number(v)] ?? null);
      case 'inlineStr':
        return inline;
      case 'str':
        return v === null ? null : decodeXstring(v);
      case 'b':
        return v === null ? null : v.trim() === '1' || v.trim() === 'true';
      case 'e':
        return v;
      case 'd': {
        if (v === null) return null;
        const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
        return iso ? isoToExcelSerial(iso[1]) : v;
      }
      default: {
        if (v === null || v.trim() === '') return null;
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      }
    }
  }

  /** The text of a rich-text element (`<is>`, `<si>`): its `<t>` runs, without phonetic runs. */
  richText(s: XmlScanner): string {
    if (s.selfClosing) {
      s.next();
      return '';
    }
    const depth = s.depth;
    let out = '';
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok === CLOSE && s.depth === depth - 1) break;
      if (tok === OPEN && (s.local === 'rPh' || s.local === 'phoneticPr')) s.skipElement();
      else if (tok === OPEN && s.local === 't') out += s.innerText();
    }
    return decodeXstring(out);
  }

  /** The grid of values the core reads. */
  grid(styles: Styles, name: string, date1904 = false): SheetRead {
    const { cellCol, cellVal, rowFirst, rowLast } = this;
    const rows: number[] = [];
    for (let r = 0; r < rowFirst.length; r++) if (rowFirst[r] !== undefined) rows.push(r);
    // rows: stop at a long run of empty rows (a stray far-away cell is not part of the plan)
    let lastRow = -1;
    let firstRow = -1;
    for (const r of rows) {
      let any = false;
      for (let k = rowFirst[r]; k < rowLast[r] && !any; k++) any = cellVal[k] !== null && cellVal[k] !== '';
      if (!any) continue;
      if (lastRow >= 0 && r - lastRow > ROW_GAP) break;
      if (firstRow < 0) firstRow = r;
      lastRow = r;
    }
    // content that starts far down is read from there (the grid's origin), not from row 1
    const top = firstRow > ROW_GAP ? firstRow : 0;
    const usedCols = new Set<number>();
    for (const r of rows) if (r <= lastRow) for (let k = rowFirst[r]; k < rowLast[r]; k++) if (cellVal[k] !== null) usedCols.add(cellCol[k]);
    const sortedCols = [...usedCols].sort((a, b) => a - b);
    let lastCol = -1;
    for (const c of sortedCols) {
      if (lastCol >= 0 && c - lastCol > COL_GAP) break;
      lastCol = c;
    }
    let height = lastRow + 1 - top;
    const width = lastCol + 1;
    let partial: SheetRead['partial'] = null;
    if (height * width > MAX_CELLS) {
      partial = { rows: height, cols: width };
      height = Math.max(1, Math.floor(MAX_CELLS / Math.max(1, width)));
    }
    const covered = new Map<number, Array<[number, number]>>();
    for (const m of this.merges) {
      if (m.top - top >= height || m.bottom < top) continue;
      for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, top + height - 1); r++) {
        const list = covered.get(r - top) ?? [];
        list.push([r === m.top ? m.left + 1 : m.left, m.right]);
        covered.set(r - top, list);
      }
    }
    const values: CellValue[][] = new Array(height);
    const numberFormats: (string | null | undefined)[][] = new Array(height);
    const text: (string | null | undefined)[][] = new Array(height);
    for (let r = 0; r < height; r++) {
      const from = rowFirst[r + top];
      const vals: CellValue[] = [];
      if (from !== undefined) {
        const cov = covered.get(r);
        for (let i = from; i < rowLast[r + top]; i++) {
          const c = cellCol[i];
          if (c >= width) continue;
          let v = cellVal[i];
          if (v === null) continue;
          if (cov && cov.some(([a, b]) => c >= a && c <= b)) continue;
          while (vals.length < c) vals.push(null);
          const xf = this.cellStyle[i];
          const code = xf !== 0 ? styles.numberFormat(xf) : 'General';
          // the 1904 date system counts days from 1 January 1904: the core reads serials of the 1900 system
          if (date1904 && typeof v === 'number' && isDateFormat(code) && !this.isoCells?.has(i)) v += DAYS_1900_TO_1904;
          vals[c] = v;
          if (xf !== 0) {
            if (code !== 'General') {
              (numberFormats[r] ??= [])[c] = code;
              if (typeof v === 'number') {
                const shown = displayedText(v, code);
                if (shown !== null) (text[r] ??= [])[c] = shown;
              }
            }
          }
        }
      }
      values[r] = vals;
    }
    const merges = this.merges
      .filter((m) => m.top >= top && m.top - top < height)
      .map((m) => ({ top: m.top - top, bottom: m.bottom - top, left: m.left, right: m.right }));
    const first = top === 0 ? values[0]?.[0] : null;
    void name;
    const grid: Grid = { values, numberFormats, text, merges };
    if (top > 0) grid.origin = { row: top, col: 0 };
    return { grid, partial, protected: this.isProtected(), a1: first === null || first === undefined ? '' : String(first) };
  }

  /** Frees the per-cell values once the grid is built. */
  dropCells(): void {
    this.cellCol = [];
    this.cellVal = [];
    this.cellStyle = [];
    this.rowFirst = [];
    this.rowLast = [];
    this.isoCells = null;
  }

  isProtected(): boolean {
    const p = this.child('sheetProtection');
    if (!p) return false;
    const v = getAttr(this.text.slice(p.start, p.openEnd), 'sheet');
    return v === '1' || v === 'true';
  }

  child(local: string): Span | undefined {
    return this.children.find((c) => c.local === local);
  }

  childText(local: string): string | null {
    const c = this.child(local);
    return c ? this.text.slice(c.start, c.end) : null;
  }

  rowAt(row: number): number | undefined {
    if (!this.rowIndex) {
      this.rowIndex = new Map();
      for (let i = 0; i < this.rowNum.length; i++) this.rowIndex.set(this.rowNum[i], i);
    }
    return this.rowIndex.get(row);
  }

  /** The start tag of a row's element, or null. */
  rowTag(row: number): string | null {
    const i = this.rowAt(row);
    if (i === undefined) return null;
    const s = new XmlScanner(this.text, this.part, this.rowStart[i], this.rowEnd[i], false);
    s.next();
    return this.text.slice(s.start, s.end);
  }

  /** The xf of every asked-for cell in a row (the cell's own, else the row's, else the column's). */
  stylesIn(row: number, cols: ReadonlySet<number>): Map<number, { xf: number; isText: boolean; exists: boolean }> {
    const out = new Map<number, { xf: number; isText: boolean; exists: boolean }>();
    const i = this.rowAt(row);
    let rowDefault: number | null = null;
    if (i !== undefined) {
      const t = this.text;
      const s = new XmlScanner(t, this.part, this.rowStart[i], this.rowEnd[i], false);
      let col = -1;
      for (let tok = s.next(); tok !== END; tok = s.next()) {
        if (tok !== OPEN) continue;
        if (s.local === 'row') {
          if (truthy(rawAttr(t, s.attrStart, s.attrEnd, 'customFormat'))) rowDefault = Number(rawAttr(t, s.attrStart, s.attrEnd, 's') ?? 0);
          continue;
        }
        if (s.local !== 'c' || s.depth !== 2) continue;
        const ref = rawAttr(t, s.attrStart, s.attrEnd, 'r');
        col = ref !== undefined ? columnIndex(ref.replace(/\d+$/, '')) : col + 1;
        if (cols.has(col)) {
          const type = rawAttr(t, s.attrStart, s.attrEnd, 't');
          const hasValue = !s.selfClosing;
          out.set(col, {
            xf: Number(rawAttr(t, s.attrStart, s.attrEnd, 's') ?? 0),
            isText: hasValue && (type === 's' || type === 'inlineStr' || type === 'str'),
            exists: true,
          });
        }
        s.skipElement();
      }
    }
    for (const c of cols) if (!out.has(c)) out.set(c, { xf: rowDefault ?? this.colStyle(c), isText: false, exists: false });
    return out;
  }

  colStyle(col: number): number {
    const d = this.cols.find((x) => col + 1 >= x.min && col + 1 <= x.max);
    return d ? Number(getAttr(d.raw, 'style') ?? 0) : 0;
  }

  /** The width of a column (0-based) where set, else null. */
  colWidth(col: number): number | null {
    const d = this.cols.find((x) => col + 1 >= x.min && col + 1 <= x.max);
    const w = d ? getAttr(d.raw, 'width') : undefined;
    return w === undefined ? null : Number(w);
  }

  /** The custom height of a row (points), else null. */
  rowHeight(row: number): number | null {
    const tag = this.rowTag(row);
    if (!tag || !truthy(getAttr(tag, 'customHeight'))) return null;
    const ht = getAttr(tag, 'ht');
    return ht === undefined ? null : Number(ht);
  }

  /** Column widths in characters (0-based column → width) for the columns that have one. */
  widths(upTo: number): Record<number, number> {
    const out: Record<number, number> = {};
    for (const d of this.cols) {
      const w = getAttr(d.raw, 'width');
      if (w === undefined) continue;
      for (let c = d.min; c <= Math.min(d.max, upTo); c++) out[c - 1] = Number(w);
    }
    return out;
  }

  private linkIndex: Map<string, LinkDef> | null = null;
  private rangeLinks: LinkDef[] = [];

  /** The link on a cell: an internal location, or an external address (with its #fragment). */
  linkAt(cell: string, target: (rid: string) => string | null): string | null {
    if (!this.linkIndex) {
      this.linkIndex = new Map();
      for (const l of this.links) {
        if (/^[A-Z]+\d+$/.test(l.ref)) {
          if (!this.linkIndex.has(l.ref)) this.linkIndex.set(l.ref, l);
        } else this.rangeLinks.push(l);
      }
    }
    const l = this.linkIndex.get(cell) ?? this.rangeLinks.find((x) => covers(x.ref, cell));
    if (!l) return null;
    if (l.rid) {
      const t = target(l.rid);
      if (t === null) return l.location ?? null;
      // some writers (ExcelJS) put an in-workbook link in the relationship as "#'Sheet'!A1": that is a location
      if (t.startsWith('#')) return (l.location ?? t).replace(/^#/, '');
      return l.location ? `${t}#${l.location}` : t;
    }
    return l.location ?? null;
  }
}

// --- patching ---------------------------------------------------------------------------------------------------

export interface CellEdit {
  /** New xf from the current one, or undefined to leave the style. */
  style?: (current: number) => number;
  /** A value to write (text), null to empty the cell, undefined to leave it. */
  value?: string | null;
}

export interface SheetEdits {
  cells: Map<string, CellEdit>;
  /** Row → height in points, or null for the standard height (with the original automatic height, if known). */
  rowHeights: Map<number, { height: number | null; restore?: string | null; restoreCustom?: string | null }>;
  /**
   * 0-based column → width, or null for none, or `{ raw }`: the `<col>` element the column had before plan-rag set
   * its width (from the host's memo), put back as it was (its range cut to the column, so it joins its neighbours).
   */
  colWidths: Map<number, number | null | { raw: string }>;
  /** Links: cell → new `<hyperlink>` element text, or null to remove the cell's link. */
  links: Map<string, string | { text: string; at: number } | null>;
  /** Top-level elements to set (element text) or remove (null), by local name. */
  elements: Map<string, string | null>;
}

export function emptyEdits(): SheetEdits {
  return { cells: new Map(), rowHeights: new Map(), colWidths: new Map(), links: new Map(), elements: new Map() };
}

/** The sheet's text with the edits made; everything else copied as it was. */
export function patchSheet(doc: SheetDoc, edits: SheetEdits): string {
  return patchSheetPieces(doc, edits).join('');
}

/**
 * `patchSheet` in pieces, in order (slices of the text as it was, and the new text between them), not joined: a
 * 100,000-row sheet is not held twice over. `more` are further splices of the sheet's text.
 */
export function patchSheetPieces(doc: SheetDoc, edits: SheetEdits, more: Array<{ at: number; end: number; text: string }> = []): string[] {
  const t = doc.text;
  const splices: Array<{ at: number; end: number; text: string }> = [...more];
  const p = doc.prefix;

  // cells and rows
  const byRow = new Map<number, Array<[number, CellEdit]>>();
  for (const [address, e] of edits.cells) {
    // "AB12": the letters' column and the row (a plan's edits are some 140,000 cells: no regex, no map per row)
    let col = 0;
    let k = 0;
    for (; k < address.length; k++) {
      const c = address.charCodeAt(k);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    const letters = k;
    let r = 0;
    for (; k < address.length; k++) {
      const c = address.charCodeAt(k);
      if (c < 48 || c > 57) break;
      r = r * 10 + (c - 48);
    }
    if (letters === 0 || k === letters || k !== address.length) throw new Error(`${doc.part}: "${address}" is not a cell address`);
    let row = byRow.get(r);
    if (!row) byRow.set(r, (row = []));
    row.push([col - 1, e]);
  }
  for (const r of edits.rowHeights.keys()) if (!byRow.has(r)) byRow.set(r, []);
  const newRows: Array<[number, string]> = [];
  for (const [r, cellEdits] of byRow) {
    const i = doc.rowAt(r);
    const height = edits.rowHeights.get(r);
    if (i !== undefined) {
      const replaced = patchRow(doc, t.slice(doc.rowStart[i], doc.rowEnd[i]), r, cellEdits, height, p, doc.rowStart[i]);
      if (typeof replaced === 'string') splices.push({ at: doc.rowStart[i], end: doc.rowEnd[i], text: replaced });
      else for (const x of replaced) splices.push(x);
    } else {
      const built = patchRow(doc, `<${p}row r="${r}"/>`, r, cellEdits, height, p) as string;
      if (built) newRows.push([r, built]);
    }
  }
  if (newRows.length > 0) {
    newRows.sort((a, b) => a[0] - b[0]);
    const sd = doc.child('sheetData');
    if (!sd) throw new Error(`${doc.part}: no sheetData`);
    if (sd.selfClosing) {
      splices.push({ at: sd.start, end: sd.end, text: `${t.slice(sd.start, sd.end - 2)}>${newRows.map((x) => x[1]).join('')}</${sd.name}>` });
    } else {
      // each new row goes before the first existing row with a higher number
      const closeAt = t.lastIndexOf('</', sd.end - 1);
      let k = 0;
      const groups = new Map<number, string>();
      for (const [r, text] of newRows) {
        while (k < doc.rowNum.length && doc.rowNum[k] < r) k++;
        const at = k < doc.rowNum.length ? doc.rowStart[k] : closeAt;
        groups.set(at, (groups.get(at) ?? '') + text);
      }
      for (const [at, text] of groups) splices.push({ at, end: at, text });
    }
  }

  // columns
  if (edits.colWidths.size > 0) {
    const cols = patchCols(doc.cols, edits.colWidths, p);
    const span = doc.child('cols');
    const text =
      cols.length > 0
        ? `${span ? t.slice(span.start, span.openEnd).replace(/\/>$/, '>') : `<${p}cols>`}${cols.map((c) => (c.pre ?? '') + c.raw).join('')}${doc.colsTrailing}</${span?.name ?? `${p}cols`}>`
        : '';
    if (span) splices.push({ at: span.start, end: span.end, text });
    else if (text) {
      const at = insertAt(doc.children, doc.root, SHEET_ORDER, 'cols');
      splices.push({ at, end: at, text });
    }
  }

  // links
  if (edits.links.size > 0) {
    const kept = doc.links.filter((l) => !edits.links.has(l.ref));
    const added = [...edits.links.values()].filter((x) => x !== null);
    const span = doc.child('hyperlinks');
    // each kept link keeps the white space before it, and the list its white space before the close; a person's
    // link put back (`{ text, at }`) goes back to its place in the list
    const all = kept.map((l) => (l.pre ?? '') + l.raw);
    for (const x of added.filter((x) => typeof x === 'object').sort((a, b) => a.at - b.at)) all.splice(Math.min(x.at, all.length), 0, x.text);
    for (const x of added) if (typeof x === 'string') all.push(x);
    const text =
      all.length > 0
        ? `${span ? t.slice(span.start, span.openEnd).replace(/\/>$/, '>') : `<${p}hyperlinks>`}${all.join('')}${kept.length > 0 ? doc.linksTrailing : ''}</${span?.name ?? `${p}hyperlinks`}>`
        : '';
    if (span) {
      // keep the element's own text where nothing in it changed
      if (!(kept.length === doc.links.length && added.length === 0)) splices.push({ at: span.start, end: span.end, text });
    } else if (text) edits.elements.set('hyperlinks', text);
  }

  // other top-level elements
  for (const [local, text] of edits.elements) {
    const span = doc.child(local);
    if (span) splices.push({ at: span.start, end: span.end, text: text ?? '' });
    else if (text) {
      const at = insertAt(doc.children, doc.root, SHEET_ORDER, local);
      splices.push({ at, end: at, text });
    }
  }
  return splicePieces(t, splices);
}

export function splice(t: string, splices: Array<{ at: number; end: number; text: string }>): string {
  return splicePieces(t, splices).join('');
}

/** The text with the splices made, in pieces (empty pieces left out). */
export function splicePieces(t: string, splices: Array<{ at: number; end: number; text: string }>): string[] {
  splices.sort((a, b) => a.at - b.at || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const s of splices) {
    if (s.at > pos) parts.push(t.slice(pos, s.at));
    if (s.text !== '') parts.push(s.text);
    pos = s.end;
  }
  if (pos < t.length) parts.push(t.slice(pos));
  return parts;
}

/** A row or cell given twice (invalid SpreadsheetML, which Excel repairs): which value is meant is unclear. */
function disorder(part: string, what: string): XlsxError {
  return new XlsxError(
    part,
    `${what}, so which value is meant is unclear`,
    'Open the workbook in Excel (it offers to repair it) or LibreOffice, save it as .xlsx, and run plan-rag on that.',
    'damaged',
  );
}

/** A row's new text: its cells patched or added in column order, its height set. Empty when nothing is left. */
function patchRow(
  doc: SheetDoc,
  rowText: string,
  r: number,
  cellEdits: Array<[number, CellEdit]>,
  height: { height: number | null; restore?: string | null; restoreCustom?: string | null } | undefined,
  p: string,
  /** Where the row starts in the sheet's text: given, a row whose cells only change is answered in splices of them. */
  base?: number,
): string | Array<{ at: number; end: number; text: string }> {
  if (base !== undefined && !height) {
    const quick = patchCellsInPlace(doc, rowText, r, cellEdits, p, base);
    if (quick) return quick;
  }
  const s = new XmlScanner(rowText, doc.part, 0, rowText.length, false);
  s.next();
  const s0 = s.end;
  let tag = rowText.slice(0, s0);
  const selfClosing = s.selfClosing;
  const rowName = s.name;
  const rowDefault = truthy(getAttr(tag, 'customFormat')) ? Number(getAttr(tag, 's') ?? 0) : null;
  // each cell keeps the text before it (white space a producer put between elements), and the row its last
  const cells: Array<{ col: number; raw: string; explicit: boolean; pre?: string; at?: number; end?: number; was?: string }> = [];
  let trailing = '';
  let closeAt = -1;
  if (!selfClosing) {
    let col = -1;
    let prevEnd = s.end;
    for (let tok = s.next(); tok !== END; tok = s.next()) {
      if (tok === OPEN && s.depth === 2) {
        const a = s.start;
        const ref = s.local === 'c' ? s.attr('r') : undefined;
        if (s.local === 'c') col = ref !== undefined ? columnIndex(ref.replace(/\d+$/, '')) : col + 1;
        const b = s.skipElement();
        const raw = rowText.slice(a, b);
        cells.push({ col: s.local === 'c' ? col : -1, raw, explicit: ref !== undefined, pre: rowText.slice(prevEnd, a), at: a, end: b, was: raw });
        prevEnd = b;
      } else if (tok === CLOSE && s.depth === 0) {
        trailing = rowText.slice(prevEnd, s.start);
        closeAt = s.start;
      }
    }
  }
  let inserted = false;
  let removed = false;
  for (const [col, e] of cellEdits.sort((a, b) => a[0] - b[0])) {
    let k = cells.findIndex((c) => c.col === col);
    if (k < 0) {
      const base = rowDefault ?? doc.colStyle(col);
      k = cells.findIndex((c) => c.col > col);
      if (k < 0) k = cells.length;
      const raw = `<${p}c r="${a1(r - 1, col)}"${base ? ` s="${base}"` : ''}/>`;
      cells.splice(k, 0, { col, raw, explicit: true });
      inserted = true;
    }
    cells[k].raw = patchCell(cells[k].raw, e, p);
    const inherited = rowDefault ?? doc.colStyle(col);
    if (isBare(cells[k].raw, inherited)) {
      cells.splice(k, 1);
      removed = true;
    }
  }

  if (inserted && cells.some((c) => !c.explicit)) {
    // positions are implied by order: a cell whose place a new one took gets its address; the others stay as
    // they were (a cell added after the last one changes nothing before it, and clear gives back the same text)
    let last = -1;
    for (const c of cells) {
      if (c.col < 0) continue;
      if (!c.explicit && c.col !== last + 1) {
        c.raw = c.raw.replace(/^<([^\s/>]+)/, `<$1 r="${columnLetters(c.col)}${r}"`);
        c.explicit = true;
      }
      last = c.col;
    }
  }
  if (height) {
    if (height.height === null) {
      tag = setAttr(tag, 'customHeight', height.restoreCustom ?? null);
      tag = setAttr(tag, 'ht', height.restore ?? null);
    } else {
      tag = setAttr(tag, 'ht', String(height.height));
      tag = setAttr(tag, 'customHeight', '1');
    }
  }
  const tagWas = rowText.slice(0, s0);
  if (base !== undefined && !selfClosing && !inserted && !removed && cells.length > 0 && closeAt >= 0 && rowText.slice(closeAt) === `</${rowName}>`) {
    // the row's own text stays: only its start tag (a height) and the cells that changed are new (the row would
    // be written back the same)
    const out: Array<{ at: number; end: number; text: string }> = [];
    if (tag !== tagWas) out.push({ at: base, end: base + tagWas.length, text: tag });
    for (const c of cells) if (c.raw !== c.was) out.push({ at: base + c.at!, end: base + c.end!, text: c.raw });
    return out;
  }
  const bareRow = cells.length === 0 && /^<[^\s/>]+\s+r="\d+"\s*\/?>$/.test(tag);
  if (bareRow) return '';
  if (cells.length === 0) return tag.endsWith('/>') ? tag : tag.replace(/>$/, '/>');
  return `${tag.replace(/\s*\/>$/, '>')}${cells.map((c) => (c.pre ?? '') + c.raw).join('')}${trailing}</${rowName}>`;
}

/**
 * `patchRow`'s common case without reading the row again (a 100,000-row plan's rows are all patched, and reading
 * each again took as long as reading the sheet): every cell edited is already there with its address, and none is
 * left bare. Each is found by its address (` r="G12"` in a `<c` start tag: text cannot hold a "<", so a match
 * inside a cell's text is not taken for one) and patched on its own. Null when any cell is not so: the row is then
 * read in full. The splices are those the full reading gives.
 */
function patchCellsInPlace(
  doc: SheetDoc,
  rowText: string,
  r: number,
  cellEdits: Array<[number, CellEdit]>,
  p: string,
  base: number,
): Array<{ at: number; end: number; text: string }> | null {
  const tagEnd = rowText.indexOf('>');
  if (tagEnd < 1 || rowText.charCodeAt(tagEnd - 1) === 47 /* / */) return null;
  const tag = rowText.slice(0, tagEnd + 1);
  const rowDefault = truthy(getAttr(tag, 'customFormat')) ? Number(getAttr(tag, 's') ?? 0) : null;
  const open = `<${p}c`;
  const close = `</${p}c>`;
  const out: Array<{ at: number; end: number; text: string }> = [];
  // in column order, as the full reading patches them (a cell's new format is numbered in the order made)
  for (const [col, e] of cellEdits.sort((a, b) => a[0] - b[0])) {
    const key = ` r="${columnLetters(col)}${r}"`;
    const at = rowText.indexOf(key, tagEnd);
    if (at < 0) return null;
    const start = rowText.lastIndexOf('<', at);
    if (!rowText.startsWith(open, start) || !isSpace(rowText.charCodeAt(start + open.length))) return null;
    const gt = rowText.indexOf('>', start);
    if (gt < at) return null;
    let end: number;
    if (rowText.charCodeAt(gt - 1) === 47 /* / */) end = gt + 1;
    else {
      const c = rowText.indexOf(close, gt);
      if (c < 0) return null;
      end = c + close.length;
    }
    const raw = rowText.slice(start, end);
    const next = patchCell(raw, e, p);
    if (isBare(next, rowDefault ?? doc.colStyle(col))) return null;
    if (next !== raw) out.push({ at: base + start, end: base + end, text: next });
  }
  out.sort((a, b) => a.at - b.at);
  return out;
}

function patchCell(raw: string, e: CellEdit, p: string): string {
  const s = new XmlScanner(raw, 'cell', 0, raw.length, false);
  s.next();
  let tag = raw.slice(0, s.end);
  const name = s.name;
  let body = s.selfClosing ? '' : raw.slice(s.end, raw.lastIndexOf('</'));
  if (e.style) {
    const now = Number(getAttr(tag, 's') ?? 0);
    const next = e.style(now);
    if (next !== now) tag = setAttr(tag, 's', next === 0 ? null : String(next));
  }
  if (e.value !== undefined) {
    body = body.replace(/<(\w+:)?(f|v|is)\b[^>]*?\/>|<(\w+:)?(f|v|is)\b[\s\S]*?<\/(\w+:)?(f|v|is)>/g, '');
    if (e.value === null) tag = setAttr(tag, 't', null);
    else {
      tag = setAttr(tag, 't', 'inlineStr');
      const text = encodeXstring(e.value);
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      body = `<${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is>${body}`;
    }
  }
  tag = tag.replace(/\s*\/>$/, '>');
  return body ? `${tag}${body}</${name}>` : tag.replace(/>$/, '/>');
}

/** A cell element with nothing that a missing cell would not have. */
function isBare(raw: string, inherited: number): boolean {
  if (!raw.endsWith('/>')) return false;
  const attrs = raw.replace(/^<[^\s/>]+/, '').replace(/\/>$/, '');
  const names = [...attrs.matchAll(/([^\s=]+)\s*=/g)].map((m) => m[1]);
  if (names.some((n) => n !== 'r' && n !== 's')) return false;
  return Number(getAttr(raw, 's') ?? 0) === inherited;
}

/**
 * The `<col>` list with widths changed: a range is split where one column changes. A column put back as it was
 * (`{ raw }`, the element from the host's memo) joins the pieces of its old range again; nothing else is joined, so
 * alike neighbours a tool wrote one column each stay as written.
 */
export function patchCols(cols: readonly ColDef[], widths: Map<number, number | null | { raw: string }>, p: string): ColDef[] {
  const list = cols.map((c) => ({ ...c }));
  // the old ranges of the columns put back: pieces inside one of them join again
  const windows: Array<{ min: number; max: number }> = [];
  for (const [col0, width] of widths) {
    const col = col0 + 1;
    const back = width !== null && typeof width === 'object' ? width.raw : null;
    if (back !== null) windows.push({ min: Number(getAttr(back, 'min') ?? col), max: Number(getAttr(back, 'max') ?? col) });
    const k = list.findIndex((c) => col >= c.min && col <= c.max);
    if (k < 0) {
      if (width === null) continue;
      const raw = back !== null ? setRange(back, col, col) : `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
      let at = list.findIndex((c) => c.min > col);
      if (at < 0) at = list.length;
      list.splice(at, 0, { min: col, max: col, raw });
      continue;
    }
    const c = list[k];
    let mid = setRange(c.raw, col, col);
    const same = mid;
    if (back !== null) {
      mid = setRange(back, col, col);
    } else if (width === null) {
      mid = setAttr(setAttr(mid, 'width', null), 'customWidth', null);
    } else {
      mid = setAttr(mid, 'width', String(width));
      mid = setAttr(mid, 'customWidth', '1');
    }
    if (mid === same && back === null) continue;
    const parts: ColDef[] = [];
    if (c.min < col) parts.push({ min: c.min, max: col - 1, raw: setRange(c.raw, c.min, col - 1), pre: c.pre });
    const empty = !/\s(?!min=|max=)[^\s=]+\s*=/.test(mid.replace(/^<[^\s/>]+/, ''));
    if (!empty) parts.push({ min: col, max: col, raw: mid, pre: c.min < col ? '' : c.pre });
    if (c.max > col) parts.push({ min: col + 1, max: c.max, raw: setRange(c.raw, col + 1, c.max), pre: parts.length > 0 ? '' : c.pre });
    list.splice(k, 1, ...parts);
  }
  if (windows.length === 0) return list;
  const out: ColDef[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    const joins =
      last &&
      last.max + 1 === c.min &&
      windows.some((w) => last.min >= w.min && c.max <= w.max) &&
      setRange(last.raw, 0, 0) === setRange(c.raw, 0, 0) &&
      (c.pre ?? '') === '';
    if (joins) {
      last.max = c.max;
      last.raw = setRange(last.raw, last.min, c.max);
    } else out.push({ ...c });
  }
  return out;
}

function setRange(raw: string, min: number, max: number): string {
  return setAttr(setAttr(raw, 'min', String(min)), 'max', String(max));
}

// ---------------------------------------------------------------------------------------------------------------

function truthy(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function ridOf(raw: string): string | undefined {
  const m = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(raw);
  return m ? m[1] : undefined;
}

/** "B2:D4" → a 0-based range. */
export function rangeOf(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

/** True when a ref ("A1", "A1:B3", or several separated by spaces) covers a cell. */
export function covers(ref: string, cell: string): boolean {
  const c = rangeOf(cell);
  if (!c) return false;
  return ref.split(/\s+/).some((part) => {
    const r = rangeOf(part);
    return !!r && c.top >= r.top && c.top <= r.bottom && c.left >= r.left && c.left <= r.right;
  });
}

/** A `<hyperlink>` element for a cell. */
export function hyperlinkElement(p: string, cell: string, link: { location?: string; rid?: string; tooltip?: string; ns?: string }): string {
  return `<${p}hyperlink ref="${cell}"${link.rid ? ` r:id="${link.rid}"${link.ns ?? ''}` : ''}${link.location !== undefined ? ` location="${escapeAttr(link.location)}"` : ''}${link.tooltip ? ` tooltip="${escapeAttr(link.tooltip.slice(0, 255))}"` : ''}/>`;
}

export { TEXT };
