/// <reference types="office-js" />
/**
 * "Prepare for board" in Excel: the board pack the core builds (print layout, RAG column, row heights, summary
 * sheet, status history), queued into the apply batch. What it changes on the plan sheet is captured first so
 * Clear can put it back.
 */
import { columnLetters, quoteSheetName } from '../../core/grid';
import { HISTORY_SHEET_NAME, historyValues, type BoardPack, type SnapshotRow } from '../../core/plan/boardPack';
import { groupByStyle } from '../../core/plan/formatPlan';
import type { CellStyle } from '../../core/plan/styles';
import { rangeAddresses } from '../../core/addresses';

/** What the board pack changed on the plan sheet, as it was before. */
export interface BoardJournal {
  orientation: string;
  zoom: Excel.PageLayoutZoomOptions;
  headers: Record<string, string>;
  /** The print area and title rows before, or null when there were none (Excel's API cannot remove them). */
  printArea: string | null;
  titleRows: string | null;
  rows: { first: number; heights: number[] } | null;
  columnWidth: { col: string; width: number } | null;
}

const HEADER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/** Queues the board pack; returns a function that, after the sync, gives what was captured. */
export function queueBoard(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  pack: BoardPack,
  history: SnapshotRow[],
  setFormat: (format: Excel.RangeFormat, style: CellStyle) => void,
): () => BoardJournal {
  // capture first (a batch runs in order, so these see the sheet before the changes below)
  const layout = ws.pageLayout;
  layout.load('orientation,zoom');
  const hf = layout.headersFooters.defaultForAllPages;
  hf.load(HEADER_PARTS.join(','));
  const area = layout.getPrintAreaOrNullObject();
  area.load('address,isNullObject');
  const titles = layout.getPrintTitleRowsOrNullObject();
  titles.load('address,isNullObject');
  const heightRows = Object.keys(pack.rowHeights).map(Number).sort((a, b) => a - b);
  const rowCapture = heightRows.length ? ws.getRange(`A${heightRows[0]}:A${heightRows[heightRows.length - 1]}`).getRowProperties({ format: { rowHeight: true } }) : null;
  const ragLetters = pack.ragColumnIndex !== null ? columnLetters(pack.ragColumnIndex) : null;
  const widthRange = ragLetters ? ws.getRange(`${ragLetters}:${ragLetters}`) : null;
  widthRange?.format.load('columnWidth');

  // the RAG column: one values write for its block (its cells are empty: the core checked), styles by group
  if (ragLetters && pack.ragColumn.length) {
    const rows = pack.ragColumn.map((c) => Number(/\d+$/.exec(c.cell)![0]));
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const byRow = new Map(pack.ragColumn.map((c) => [Number(/\d+$/.exec(c.cell)![0]), c]));
    const values: string[][] = [];
    for (let r = first; r <= last; r++) values.push([byRow.get(r)?.value ?? '']);
    ws.getRange(`${ragLetters}${first}:${ragLetters}${last}`).values = values;
    for (const address of rangeAddresses(pack.ragColumn.map((c) => c.cell))) {
      const f = ws.getRanges(address).format;
      f.wrapText = true;
      f.verticalAlignment = 'Top';
    }
    for (const g of groupByStyle(pack.ragColumn)) for (const address of rangeAddresses(g.cells)) setFormat(ws.getRanges(address).format, g.style);
    widthRange!.format.columnWidth = 80;
  }
  if (rowCapture) {
    const first = heightRows[0];
    const data: Excel.SettableRowProperties[] = [];
    for (let r = first; r <= heightRows[heightRows.length - 1]; r++) data.push(pack.rowHeights[r] ? { format: { rowHeight: pack.rowHeights[r] } } : {});
    ws.getRange(`A${first}:A${heightRows[heightRows.length - 1]}`).setRowProperties(data);
  }

  // print layout: landscape, every column on the page width, header row repeated, header and footer
  const p = pack.print;
  layout.orientation = 'Landscape';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintArea(p.printArea);
  layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  const esc = (t: string) => t.replace(/&/g, '&&');
  hf.leftHeader = `&10${esc(p.header.left)}`;
  hf.centerHeader = `&10${esc(p.header.center)}`;
  hf.rightHeader = '';
  hf.leftFooter = `&7${esc(p.footer.left)}`;
  hf.centerFooter = '';
  hf.rightFooter = `&8${p.footer.right}`;

  // the summary sheet (added: Clear deletes it) and the history sheet (kept across Clear)
  const summary = context.workbook.worksheets.add(pack.summary.name);
  const width = Math.max(...pack.summary.rows.map((r) => r.length), 1);
  const values = pack.summary.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? r[i].value : '')));
  summary.getRange(`A1:${columnLetters(width - 1)}${values.length}`).values = values;
  const styled = pack.summary.rows.flatMap((row, r) =>
    row.map((c, col) => ({ cell: `${columnLetters(col)}${r + 1}`, style: c.link ? { ...(c.style ?? {}), fontColor: '0563C1' } : c.style })),
  );
  for (const g of groupByStyle(styled)) for (const address of rangeAddresses(g.cells)) setFormat(summary.getRanges(address).format, g.style);
  for (let col = 0; col < width; col++) {
    const links = pack.summary.rows.map((r) => r[col]?.link);
    if (!links.some(Boolean)) continue;
    const letters = columnLetters(col);
    summary.getRange(`${letters}1:${letters}${values.length}`).setCellProperties(
      links.map((l) => [l ? { hyperlink: { documentReference: `${quoteSheetName(l.sheet)}!${l.target}` } } : {}]),
    );
  }
  pack.summary.columnWidths.forEach((w, i) => (summary.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = Math.round(w * 6)));
  summary.pageLayout.orientation = 'Landscape';
  summary.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };

  context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET_NAME).delete();
  const historySheet = context.workbook.worksheets.add(HISTORY_SHEET_NAME);
  const rows = historyValues(history, pack.snapshot);
  historySheet.getRange(`A1:E${rows.length}`).values = rows;
  historySheet.visibility = 'Hidden';

  return () => ({
    orientation: layout.orientation,
    zoom: layout.zoom,
    headers: Object.fromEntries(HEADER_PARTS.map((k) => [k, hf[k] ?? ''])),
    printArea: area.isNullObject ? null : area.address.replace(/^.*!/, ''),
    titleRows: titles.isNullObject ? null : titles.address.replace(/^.*!/, ''),
    rows: rowCapture ? { first: heightRows[0], heights: rowCapture.value.map((r) => r.format?.rowHeight ?? 15) } : null,
    columnWidth: ragLetters && widthRange ? { col: ragLetters, width: widthRange.format.columnWidth } : null,
  });
}

/** Queues putting the plan sheet's page settings, row heights and column width back. */
export function queueBoardRestore(ws: Excel.Worksheet, j: BoardJournal): void {
  const layout = ws.pageLayout;
  layout.orientation = j.orientation as Excel.PageOrientation;
  layout.zoom = j.zoom;
  const hf = layout.headersFooters.defaultForAllPages;
  for (const k of HEADER_PARTS) hf[k] = j.headers[k] ?? '';
  if (j.printArea) layout.setPrintArea(j.printArea);
  if (j.titleRows) layout.setPrintTitleRows(j.titleRows);
  if (j.rows) {
    ws.getRange(`A${j.rows.first}:A${j.rows.first + j.rows.heights.length - 1}`).setRowProperties(j.rows.heights.map((h) => ({ format: { rowHeight: h } })));
  }
  if (j.columnWidth) ws.getRange(`${j.columnWidth.col}:${j.columnWidth.col}`).format.columnWidth = j.columnWidth.width;
}
