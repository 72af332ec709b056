// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../../core/grid';
import { HISTORY_HEADER, HISTORY_SHEET_NAME, historyValues, parseHistory, type BoardPack, type SnapshotRow } from '../../core/plan/boardPack';
import { setStyle } from './applyPlan';
import { readJournal, writeJournal } from './journal';

/** Reads the snapshots recorded in the history sheet (none when there is no such sheet). */
export function readHistory(wb: ExcelJS.Workbook): SnapshotRow[] {
  const ws = wb.getWorksheet(HISTORY_SHEET_NAME);
  if (!ws) return [];
  const values: unknown[][] = [];
  ws.eachRow((row) => values.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value)));
  return parseHistory([HISTORY_HEADER, ...values.slice(1)]);
}

/**
 * Records this board's snapshot in the history sheet: rows for the same as-of date are replaced, others kept.
 * The history is the board's record, so Clear leaves it (only `clear --all` removes it).
 */
export function recordSnapshot(wb: ExcelJS.Workbook, snapshot: SnapshotRow[]): void {
  const rows = historyValues(readHistory(wb), snapshot);
  const old = wb.getWorksheet(HISTORY_SHEET_NAME);
  if (old) wb.removeWorksheet(old.id);
  // Hidden: it is the add-in's record, kept across Clear, and is not part of the printed pack.
  const ws = wb.addWorksheet(HISTORY_SHEET_NAME, { state: 'hidden' });
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  [12, 10, 8, 10, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * Applies the board pack to a workbook after the ordinary plan: print layout, the RAG column, row heights, and
 * the summary sheet. What it changes is added to the journal so Clear restores it.
 */
export function applyBoardPack(wb: ExcelJS.Workbook, sheetName: string, pack: BoardPack): void {
  const journal = readJournal(wb);
  if (!journal) throw new Error('apply the formatting plan before the board pack');
  const ws = wb.getWorksheet(sheetName)!;
  journal.sheetSettings = {
    pageSetup: JSON.parse(JSON.stringify(ws.pageSetup ?? {})),
    headerFooter: JSON.parse(JSON.stringify(ws.headerFooter ?? {})),
    columns: {},
  };
  journal.rowHeights = {};

  for (const a of pack.ragColumn) {
    const cell = ws.getCell(a.cell);
    if (cell.value !== null && cell.value !== undefined && cell.value !== '') continue;
    journal.cells[a.cell] = journal.cells[a.cell] ?? { style: JSON.stringify(cell.style ?? {}), note: null };
    cell.value = a.value;
    setStyle(cell, a.style ?? {});
    cell.alignment = { vertical: 'top', wrapText: true };
    journal.added.push(a.cell);
  }
  if (pack.ragColumnIndex !== null) {
    const column = ws.getColumn(pack.ragColumnIndex + 1);
    journal.sheetSettings.columns![String(pack.ragColumnIndex + 1)] = { width: column.width, hidden: column.hidden };
    column.width = 13;
  }
  for (const [row, height] of Object.entries(pack.rowHeights)) {
    const r = ws.getRow(Number(row));
    journal.rowHeights[row] = r.height ?? null;
    if (!r.height || r.height < height) r.height = height;
  }

  const p = pack.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    // ExcelJS puts a $ before each column only: give the rows theirs so the defined name is absolute
    printArea: p.printArea.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
    printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.25, footer: 0.3 },
  };
  const hf = (part: { left: string; center: string; right: string }, size: number) =>
    `${part.left ? `&L&${size}${escapeHf(part.left)}` : ''}${part.center ? `&C&${size}${escapeHf(part.center)}` : ''}${part.right ? `&R&${size}${part.right}` : ''}`;
  ws.headerFooter = { ...ws.headerFooter, oddHeader: hf(p.header, 10), oddFooter: hf(p.footer, 7) };

  // The summary sheet (created or replaced on each run)
  let name = pack.summary.name;
  const existing = wb.getWorksheet(name);
  if (existing && !journal.sheets.includes(name)) for (let i = 2; wb.getWorksheet(name); i++) name = `${pack.summary.name} (${i})`;
  const sheet = wb.addWorksheet(name);
  pack.summary.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  pack.summary.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const cell = sheet.getCell(r + 1, col + 1);
      cell.value = c.link ? ({ text: String(c.value), hyperlink: `${quoteSheetName(c.link.sheet)}!${c.link.target}` } as ExcelJS.CellHyperlinkValue) : c.value;
      if (c.style) setStyle(cell, c.style);
      if (c.link) setStyle(cell, { fontColor: '0563C1' });
      cell.alignment = { vertical: 'top' };
    }),
  );
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.3 } };
  sheet.headerFooter = { oddHeader: `&L&10${escapeHf(p.header.left)}&C&10${escapeHf(p.header.center)}`, oddFooter: '&R&8Page &P of &N' };
  journal.sheets.push(name);
  writeJournal(wb, journal);
}

/** Header/footer text is code: "&" starts a code, so a plan named "L&I" needs "&&". */
function escapeHf(text: string): string {
  return text.replace(/&/g, '&&');
}
