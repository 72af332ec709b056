/**
 * A reference host: a workbook held in memory, implementing the host contract as plainly as possible (no round
 * trips, no limits). The session's own tests run on it; the real hosts' fakes add what Excel and Sheets really do.
 */
import { a1, columnIndex, type CellValue, type Grid } from '../../src/core/grid';
import { groupsOf, mergeFormats, pickGroups } from '../../src/core/host/cellFormat';
import type {
  CellFormat,
  HostCapabilities,
  PageSettings,
  PlanHost,
  ProbeRequest,
  ProbeResult,
  ReadRequest,
  SheetInfo,
  WorkbookRead,
  WriteBatch,
  WriteResult,
} from '../../src/core/host/types';
import { isRecordName } from '../../src/core/host/ownSheets';

export interface MemCell {
  value: CellValue;
  format: CellFormat;
}

export interface MemSheet {
  name: string;
  id: string;
  visibility: SheetInfo['visibility'];
  protected: boolean;
  cells: Map<string, MemCell>;
  page: PageSettings;
  rowHeights: Map<number, number>;
  colWidths: Map<number, number>;
}

export const MEMORY_CAPS: HostCapabilities = {
  kind: 'file',
  borders: true,
  notes: true,
  printLayout: true,
  charts: false,
  rowHeights: true,
  columnWidths: true,
  veryHidden: true,
  linksOnTextOnly: false,
  linkRestyles: false,
};

export class MemoryHost implements PlanHost {
  name = 'memory';
  sheets: MemSheet[] = [];
  active = '';
  writes = 0;
  private nextId = 1;
  constructor(readonly capabilities: HostCapabilities = MEMORY_CAPS) {}

  /** A workbook from rows of values per sheet. */
  static from(sheets: Array<{ name: string; rows: CellValue[][] }>, caps?: Partial<HostCapabilities>): MemoryHost {
    const h = new MemoryHost({ ...MEMORY_CAPS, ...caps });
    for (const s of sheets) {
      const sheet = h.addSheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== '') h.cell(sheet, r + 1, c).value = v;
        }),
      );
    }
    h.active = sheets[0]?.name ?? '';
    return h;
  }

  addSheet(name: string, visibility: SheetInfo['visibility'] = 'visible'): MemSheet {
    const s: MemSheet = {
      name,
      id: `id${this.nextId++}`,
      visibility,
      protected: false,
      cells: new Map(),
      page: {},
      rowHeights: new Map(),
      colWidths: new Map(),
    };
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): MemSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  /** The cell at a 1-based row and 0-based column (created empty). */
  cell(sheet: MemSheet, row: number, col: number): MemCell {
    const key = a1(row - 1, col);
    let c = sheet.cells.get(key);
    if (!c) sheet.cells.set(key, (c = { value: null, format: {} }));
    return c;
  }
  at(sheetName: string, address: string): MemCell {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return this.cell(this.sheet(sheetName), Number(m[2]), columnIndex(m[1]));
  }
  /** Inserts empty rows before a 1-based row, moving everything below down (as a person would in Excel). */
  insertRows(sheetName: string, before: number, count = 1): void {
    const s = this.sheet(sheetName);
    const moved = new Map<string, MemCell>();
    for (const [k, c] of s.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(k)!;
      const row = Number(m[2]);
      moved.set(row >= before ? `${m[1]}${row + count}` : k, c);
    }
    s.cells = moved;
  }

  private grid(s: MemSheet): Grid {
    let rows = 0;
    let cols = 0;
    for (const [k, c] of s.cells) {
      if (c.value === null || c.value === '') continue;
      const m = /^([A-Z]+)(\d+)$/.exec(k)!;
      rows = Math.max(rows, Number(m[2]));
      cols = Math.max(cols, columnIndex(m[1]) + 1);
    }
    const values: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < cols; c++) row.push(s.cells.get(a1(r, c))?.value ?? null);
      values.push(row);
    }
    return { values };
  }

  async read(request: ReadRequest): Promise<WorkbookRead> {
    const wanted =
      request.sheets === 'all'
        ? this.sheets
        : this.sheets.filter((s) =>
            (request.sheets as Array<unknown>).some((w) =>
              w === 'active' ? s.name === this.active : typeof w === 'string' ? w === s.name : (w as { name: string }).name === s.name,
            ),
          );
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        visibility: s.visibility,
        protected: s.protected,
        a1: String(s.cells.get('A1')?.value ?? ''),
      })),
      active: this.active ? { name: this.active, id: this.sheet(this.active).id } : null,
      grids: wanted.map((s) => ({ sheet: { name: s.name, id: s.id }, grid: this.grid(s), page: { ...s.page }, columnWidths: Object.fromEntries(s.colWidths) })),
      records: this.sheets
        .filter((s) => isRecordName(s.name))
        .map((s) => ({ sheet: { name: s.name, id: s.id }, values: this.grid(s).values.map((r) => r.slice(0, 6)) })),
    };
  }

  async probe(sheetRef: { name: string }, request: ProbeRequest): Promise<ProbeResult> {
    const s = this.sheet(sheetRef.name);
    const cells = new Map<string, CellFormat & { isText?: boolean }>();
    for (const [address, groups] of request.cells) {
      const c = s.cells.get(address);
      const f = full(c?.format ?? {});
      cells.set(address, { ...pickGroups(f, groups), isText: typeof c?.value === 'string' });
    }
    const rowHeights = new Map(request.rows.map((r) => [r, s.rowHeights.get(r) ?? null]));
    const columnWidths = new Map(request.cols.map((c) => [c, s.colWidths.get(c) ?? null]));
    return { cells, rowHeights, columnWidths };
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    this.writes++;
    if (batch.journal) {
      if (batch.journal.replaces) this.sheets = this.sheets.filter((x) => x.name !== batch.journal!.replaces!.name);
      if (batch.journal.rows) {
        const j = this.addSheet(batch.journal.name, 'veryHidden');
        batch.journal.rows.forEach((row, r) => (this.cell(j, r + 1, 0).value = row[0]));
      }
    }
    const s = this.sheet(batch.sheet.name);
    for (const g of batch.formats) for (const cell of g.cells) this.set(s, cell, g.format);
    for (const l of batch.links) this.set(s, l.cell, { link: l.link });
    for (const n of batch.notes) this.set(s, n.cell, { note: n.note });
    for (const v of batch.values) this.at(s.name, v.cell).value = v.value;
    for (const h of batch.rowHeights) {
      if (h.height === null) s.rowHeights.delete(h.row);
      else s.rowHeights.set(h.row, h.height);
    }
    for (const w of batch.columnWidths) {
      if (w.width === null) s.colWidths.delete(w.col);
      else s.colWidths.set(w.col, w.width);
    }
    if (batch.page) s.page = { ...s.page, ...batch.page };
    for (const d of batch.deleteSheets) this.sheets = this.sheets.filter((x) => x.name !== d.name);
    for (const n of batch.addSheets) {
      let added: MemSheet;
      if (n.replaces) {
        added = this.sheet(n.replaces.name);
        added.cells = new Map();
      } else {
        if (this.sheets.some((x) => x.name.toLowerCase() === n.name.toLowerCase())) throw new Error(`sheet ${n.name} exists`);
        added = this.addSheet(n.name, n.visibility);
        if (n.index !== undefined) this.sheets.splice(n.index, 0, this.sheets.pop()!);
      }
      n.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          const cell = this.cell(added, r + 1, col);
          cell.value = c.value;
          if (c.format) cell.format = mergeFormats(cell.format, c.format);
        }),
      );
    }
    if (batch.history) {
      if (batch.history.replaces) this.sheets = this.sheets.filter((x) => x.name !== batch.history!.replaces!.name);
      const h = this.addSheet(batch.history.name, 'hidden');
      batch.history.rows.forEach((row, r) => row.forEach((v, c) => (this.cell(h, r + 1, c).value = v)));
    }
    if (batch.activate) this.active = batch.activate.name;
    return { syncs: 0 };
  }

  private set(s: MemSheet, address: string, f: CellFormat): void {
    const c = this.at(s.name, address);
    c.format = mergeFormats(c.format, f);
  }

  /** Values of every sheet but plan-rag's journal, for "no value changed" checks. */
  values(): Record<string, CellValue> {
    const out: Record<string, CellValue> = {};
    for (const s of this.sheets) {
      if (s.name.startsWith('plan-rag journal')) continue;
      for (const [k, c] of s.cells) if (c.value !== null && c.value !== '') out[`${s.name}!${k}`] = c.value;
    }
    return out;
  }
  /** Formats of one sheet (cells with any), for "clear restores" checks. */
  formats(sheetName: string): Record<string, CellFormat> {
    const out: Record<string, CellFormat> = {};
    for (const [k, c] of [...this.sheet(sheetName).cells].sort()) {
      const f = full(c.format);
      const shown = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== false && v !== undefined && v !== 'General'));
      if (Object.keys(shown).length > 0) out[k] = shown as CellFormat;
    }
    return out;
  }
}

/** A format with every group filled in ("none" where unset), as a real host reports it. */
function full(f: CellFormat): CellFormat {
  return {
    fill: f.fill ?? null,
    fontColor: f.fontColor ?? null,
    bold: f.bold ?? false,
    italic: f.italic ?? false,
    underline: f.underline ?? false,
    borders: f.borders ?? null,
    link: f.link ?? null,
    note: f.note ?? null,
    numberFormat: f.numberFormat ?? 'General',
    wrap: f.wrap ?? false,
    verticalAlignment: f.verticalAlignment ?? null,
  };
}

export { groupsOf };
