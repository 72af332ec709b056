/**
 * The journal: plan-rag's record of what it changed, so Clear and the next Apply put back exactly what a person
 * had, and only where plan-rag's mark is still there. One format for every host (the CLI clears what the Excel
 * add-in applied, and the other way round), kept in one sheet, "plan-rag journal", as text in column A.
 *
 * Rows are identified by content, not address: each recorded row keeps a hash of the text in the plan's
 * identifying columns (ref, action), so rows inserted, deleted or sorted since are found again.
 */
import type { CellValue } from '../grid';
import { hashTexts } from '../hash';
import type { CellFormat, PageSettings, SheetRef } from './types';

export const JOURNAL_SHEET = 'plan-rag journal';
export const JOURNAL_VERSION = 2;
/** The first cell of the journal sheet: tells a person what the sheet is, and the decoder that it is ours. */
export const JOURNAL_MARKER = 'plan-rag journal';
/** Characters per cell: under Excel's 32,767 and Sheets' 50,000 a cell. */
const CHUNK = 30_000;

/** A recorded row: where it was, and the hash of its identifying text. */
export interface JournalRow {
  /** 1-based sheet row at the time of the apply. */
  at: number;
  key: string;
}

/**
 * Everything one Apply changed. Cells are compact tuples into `rows` and `palette` to keep the record small (a
 * 10,000-row plan's journal is a few hundred KB).
 */
export interface Journal {
  version: typeof JOURNAL_VERSION;
  /** Which host wrote it ("xlsx", "Excel", "Google Sheets"). */
  host: string;
  /** The plan sheet (its id survives a rename). */
  sheet: SheetRef;
  asOf: string;
  /** The settings of that Apply (BRAG, tint, board...), for the pane and ribbon. */
  options: Record<string, unknown>;
  /** A hash of the text that decides states (status, timescale, RAG), to tell the person the sheet changed. */
  fingerprint: string;
  /** 0-based sheet columns whose text identifies a row (the ref and action columns). */
  keyCols: number[];
  rows: JournalRow[];
  /** Distinct formats, referred to by index. */
  palette: CellFormat[];
  /** [row index, 0-based sheet column, before (palette index), mark (palette index)]. */
  cells: Array<[number, number, number, number]>;
  /**
   * Values plan-rag wrote into empty cells (the key, the RAG column):
   * [row index, 0-based column, value, before (palette index), mark (palette index)].
   */
  added: Array<[number, number, string, number, number]>;
  /** Sheets plan-rag created, with the title it wrote in A1: Clear deletes a sheet only while both still match. */
  sheets: Array<{ name: string; title: string }>;
  /** [row index, height before (null: standard), height set]. */
  rowHeights: Array<[number, number | null, number]>;
  /** [0-based column, width before (null: standard), width set]. */
  columnWidths: Array<[number, number | null, number]>;
  page: { before: PageSettings; mark: PageSettings } | null;
}

/** What decoding found: a journal, nothing, or a record that cannot be read (and why). */
export type DecodedJournal = { journal: Journal; error: null } | { journal: null; error: string | null };

/**
 * The journal as the rows of its sheet (column A, as text): a marker row, a length-and-hash row, then the JSON
 * in chunks. Decoding checks both, so a hand-edited or truncated record is reported, never half-applied.
 *
 * @example decodeJournal(encodeJournal(j)).journal // equal to j
 */
export function encodeJournal(journal: Journal): string[][] {
  const json = JSON.stringify(journal);
  const rows: string[][] = [
    [
      `${JOURNAL_MARKER} v${JOURNAL_VERSION}: the record plan-rag's Clear uses to undo its formatting. Edit nothing here; delete this sheet only to forget it (or use "Remove plan-rag records").`,
    ],
    [JSON.stringify({ length: json.length, hash: hashTexts([json]) })],
  ];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

/**
 * Reads a journal from its sheet's values (column A). Returns `{ journal: null, error: null }` when the values are
 * not a journal at all (a person's own sheet with our name).
 */
export function decodeJournal(values: ReadonlyArray<ReadonlyArray<CellValue>>): DecodedJournal {
  const first = String(values[0]?.[0] ?? '');
  if (!first.startsWith(JOURNAL_MARKER)) {
    // plan-rag 0.1 kept the JSON from A1 on, with no marker
    const all = values.map((r) => String(r[0] ?? '')).join('');
    if (/^\{"version":1,/.test(all)) return { journal: null, error: 'this record was written by an older plan-rag (0.1) and cannot be read by this version' };
    return { journal: null, error: null };
  }
  const version = /\bv(\d+)\b/.exec(first);
  if (!version || Number(version[1]) !== JOURNAL_VERSION) {
    return { journal: null, error: `this record is version ${version ? version[1] : '?'}, and this plan-rag reads version ${JOURNAL_VERSION}` };
  }
  let meta: { length?: number; hash?: string };
  try {
    meta = JSON.parse(String(values[1]?.[0] ?? '')) as { length?: number; hash?: string };
  } catch {
    return { journal: null, error: 'the record has been edited (its second cell is not what plan-rag wrote)' };
  }
  const json = values
    .slice(2)
    .map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0])))
    .join('');
  if (json.length !== meta.length || hashTexts([json]) !== meta.hash) {
    return { journal: null, error: `the record is incomplete or has been edited (${json.length} of ${meta.length ?? '?'} characters)` };
  }
  try {
    const j = JSON.parse(json) as Journal;
    const problem = checkShape(j);
    return problem ? { journal: null, error: problem } : { journal: j, error: null };
  } catch (err) {
    return { journal: null, error: `the record does not parse (${err instanceof Error ? err.message : String(err)})` };
  }
}

function checkShape(j: Journal): string | null {
  if (!j || typeof j !== 'object') return 'the record is empty';
  if (j.version !== JOURNAL_VERSION) return `unknown record version ${String(j.version)}`;
  if (!j.sheet || typeof j.sheet.name !== 'string') return 'the record names no plan sheet';
  for (const key of ['rows', 'palette', 'cells', 'added', 'sheets', 'rowHeights', 'columnWidths', 'keyCols'] as const) {
    if (!Array.isArray(j[key])) return `the record's "${key}" is missing`;
  }
  for (const [r, , b, m] of j.cells) if (!j.rows[r] || !j.palette[b] || !j.palette[m]) return 'the record refers to rows or formats it does not hold';
  for (const [r, , , b, m] of j.added) if (!j.rows[r] || !j.palette[b] || !j.palette[m]) return 'the record refers to rows or formats it does not hold';
  for (const [r] of j.rowHeights) if (!j.rows[r]) return 'the record refers to rows it does not hold';
  return null;
}

/**
 * Builds a journal's compact tables from plain entries.
 */
export class JournalBuilder {
  private rowIndex = new Map<number, number>();
  /** Palette index by a format's JSON (null once released: made again from the palette if asked). */
  private paletteIndex: Map<string, number> | null = new Map<string, number>();
  readonly journal: Journal;
  constructor(
    head: Pick<Journal, 'host' | 'sheet' | 'asOf' | 'options' | 'fingerprint' | 'keyCols'>,
    private keyOf: (sheetRow: number) => string,
  ) {
    this.journal = { version: JOURNAL_VERSION, ...head, rows: [], palette: [], cells: [], added: [], sheets: [], rowHeights: [], columnWidths: [], page: null };
  }
  /** Index of a 1-based sheet row in `rows`, adding it. */
  row(sheetRow: number): number {
    let i = this.rowIndex.get(sheetRow);
    if (i === undefined) {
      i = this.journal.rows.length;
      this.journal.rows.push({ at: sheetRow, key: this.keyOf(sheetRow) });
      this.rowIndex.set(sheetRow, i);
    }
    return i;
  }
  format(f: CellFormat): number {
    return this.formatKeyed(JSON.stringify(f), () => f);
  }
  /** A format's index by its JSON text (`key`, which the caller has made), made with `make` when new. */
  formatKeyed(key: string, make: () => CellFormat): number {
    if (!this.paletteIndex) {
      this.paletteIndex = new Map();
      this.journal.palette.forEach((f, n) => {
        const k = JSON.stringify(f);
        if (!this.paletteIndex!.has(k)) this.paletteIndex!.set(k, n);
      });
    }
    let i = this.paletteIndex.get(key);
    if (i === undefined) {
      i = this.journal.palette.length;
      this.journal.palette.push(make());
      this.paletteIndex.set(key, i);
    }
    return i;
  }
  /** Lets the palette's index go (its keys hold every note's text) until a format is recorded again. */
  releaseIndex(): void {
    this.paletteIndex = null;
  }
  cell(sheetRow: number, col: number, before: CellFormat, mark: CellFormat): void {
    this.cellAt(sheetRow, col, this.format(before), this.format(mark));
  }
  added(sheetRow: number, col: number, value: string, before: CellFormat, mark: CellFormat): void {
    this.addedAt(sheetRow, col, value, this.format(before), this.format(mark));
  }
  /** `cell`, with the formats given by palette index. */
  cellAt(sheetRow: number, col: number, before: number, mark: number): void {
    this.journal.cells.push([this.row(sheetRow), col, before, mark]);
  }
  /** `added`, with the formats given by palette index. */
  addedAt(sheetRow: number, col: number, value: string, before: number, mark: number): void {
    this.journal.added.push([this.row(sheetRow), col, value, before, mark]);
  }
}
