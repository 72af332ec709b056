// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import type ExcelJS from 'exceljs';

/** The hidden sheet where the add-in records what it changed, so Clear can restore it. */
export const JOURNAL_SHEET = 'plan-rag journal';
const CHUNK = 30_000;

/** What a cell looked like before the add-in touched it. */
export interface CellRecord {
  style: string;
  note: unknown;
  /** The cell's value before a link was added (links replace the value object with the same text + hyperlink). */
  value?: unknown;
}

export interface Journal {
  version: 1;
  sheet: string;
  asOf: string;
  cells: Record<string, CellRecord>;
  /** Cells the add-in filled that were empty (the key, an added RAG column). */
  added: string[];
  /** Sheets the add-in created. */
  sheets: string[];
  /** Sheet settings changed (page setup, header/footer, print titles, column widths), as they were. */
  sheetSettings?: { pageSetup?: unknown; headerFooter?: unknown; columns?: Record<string, { width?: number; hidden?: boolean }> };
  /** Row heights changed, as they were (1-based row → height or null). */
  rowHeights?: Record<string, number | null>;
}

/** Reads the journal from a workbook, or null when the workbook has none. */
export function readJournal(wb: ExcelJS.Workbook): Journal | null {
  const ws = wb.getWorksheet(JOURNAL_SHEET);
  if (!ws) return null;
  let json = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') json += v;
  }
  try {
    const j = JSON.parse(json) as Journal;
    return j && j.version === 1 ? j : null;
  } catch {
    return null;
  }
}

/** Writes the journal into its very hidden sheet (replacing any earlier one). */
export function writeJournal(wb: ExcelJS.Workbook, journal: Journal): void {
  const old = wb.getWorksheet(JOURNAL_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(JOURNAL_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(journal);
  for (let i = 0, r = 1; i < json.length || r === 1; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
}

/** Removes the journal sheet. */
export function removeJournal(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(JOURNAL_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}
