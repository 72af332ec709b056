import { formatUkDate, type IsoDate } from '../calendarDate';
import type { SnapshotRow } from '../host/history';
export { HISTORY_HEADER, HISTORY_SHEET_NAME, historyValues, parseHistory, type SnapshotRow } from '../host/history';
import { a1, cellText, gridWidth, mergeLookup, type Grid } from '../grid';
import type { RagState } from '../status/classifyStatus';
import type { Assessment, AssessedRow } from './assess';
import { citedSiip, compareRefs, type AddedCell, type AddedSheet } from './formatPlan';
import type { Register } from './register';
import { STATE_LABELS, STATE_STYLES, type CellStyle } from './styles';

/** Page setup for printing the plan to the board. Hosts map it onto their own print settings. */
export interface PrintSetup {
  orientation: 'landscape';
  paper: 'A4';
  fitToWidth: 1;
  /** 1-based sheet rows repeated at the top of every page (the first header row). */
  titleRows: [number, number];
  /** The printed area, A1 (the table, with the RAG column). */
  printArea: string;
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
}

/** Everything "Prepare for board" adds on top of the ordinary formatting plan. */
export interface BoardPack {
  print: PrintSetup;
  /** A labelled RAG column at the right of the table (empty cells only), when the plan has none. */
  ragColumn: AddedCell[];
  /** 0-based sheet column of the added RAG column, or null. */
  ragColumnIndex: number | null;
  /** Row heights (1-based sheet row → points) so wrapped text shows in full. */
  rowHeights: Record<number, number>;
  summary: AddedSheet;
  /** The snapshot to record for this board. */
  snapshot: SnapshotRow[];
  changes: Changes;
}

export interface Changes {
  previousAsOf: IsoDate | null;
  newlyRed: AssessedRow[];
  newlyComplete: AssessedRow[];
  slipped: Array<{ row: AssessedRow; from: IsoDate; to: IsoDate }>;
}

export const SUMMARY_SHEET_NAME = 'Board summary';

/** Options for the board pack. */
export interface BoardOptions {
  /** The plan's name for the page header (defaults to the sheet name). */
  title?: string;
  brag?: boolean;
  /** Snapshots recorded before (from the history sheet). */
  history?: SnapshotRow[];
  /** Column widths of the plan sheet (1-based column → characters) to size rows by; default 10. */
  columnWidths?: Record<number, number>;
}

/**
 * Builds the board pack: print layout, a RAG letter column readable without colour, row heights for wrapped
 * text, a one-or-two-page summary sheet linked to the rows, and the snapshot to record, with what changed
 * since the previous board. Pure: the host writes it.
 */
export function buildBoardPack(grid: Grid, a: Assessment, sheet: string, register: Register | null, options: BoardOptions = {}): BoardPack {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const addr = (r: number, c: number) => a1(origin.row + r, origin.col + c);
  const brag = !!options.brag;

  // RAG column: right of the table, only where the plan has no RAG column and the cells are empty.
  const hasRag = a.layout.blocks.some((b) => b.columns.rag !== undefined);
  let ragCol: number | null = null;
  const ragColumn: AddedCell[] = [];
  if (!hasRag && a.layout.found) {
    ragCol = a.layout.lastCol + 1;
    while (columnHasText(grid, ragCol, a.layout.headerRows[0] ?? 0, a.layout.lastRow)) ragCol++;
    for (const h of a.layout.headerRows) ragColumn.push({ cell: addr(h, ragCol), value: 'RAG', style: { bold: true, border: { style: 'thin', color: '808080' } } });
    for (const row of a.rows) {
      const shown = row.state === 'complete' && brag ? 'blue' : row.state;
      const label = STATE_LABELS[shown];
      const words = row.state === 'none' ? 'Not started' : row.state === 'complete' ? (brag ? 'B Complete' : 'Complete') : `${label.letter} ${label.word}`;
      const extra = row.overdue ? `\nOverdue ${row.daysOverdue}d` : row.timescale.needsDate ? '\nNeeds date' : '';
      const style: CellStyle = { bold: true, border: { style: 'thin', color: '808080' }, ...(shown === 'none' ? {} : STATE_STYLES[shown]) };
      ragColumn.push({ cell: addr(row.gridRow, ragCol), value: `${words}${extra}`, style });
    }
  }

  const lastPrintCol = ragCol ?? a.layout.lastCol;
  const firstHeader = a.layout.headerRows[0] ?? 0;
  const firstRow = Math.min(firstHeader, ...a.layout.sections.map((s) => s.row));
  const asOfText = formatUkDate(a.asOf);
  const title = options.title ?? sheet;
  const key = brag
    ? 'Key: R Red = off track or past due with no update; A Amber = slipping or past due; G Green = on track; B Blue = complete; Not started = not yet due. Bold red date = overdue.'
    : 'Key: R Red = off track or past due with no update; A Amber = slipping or past due; G Green = on track; Complete; Not started = not yet due. Bold red date = overdue.';
  const print: PrintSetup = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: 1,
    titleRows: [origin.row + firstHeader + 1, origin.row + firstHeader + 1],
    printArea: `${addr(firstRow, a.layout.firstCol)}:${addr(a.layout.lastRow, lastPrintCol)}`,
    header: { left: title, center: `RAG as of ${asOfText}`, right: '' },
    footer: { left: key, center: '', right: 'Page &P of &N' },
  };

  const rowHeights = estimateRowHeights(grid, a, options.columnWidths ?? {}, ragCol, origin.row);
  const changes = compare(a, options.history ?? []);
  const snapshot: SnapshotRow[] = a.rows.map((r) => ({ asOf: a.asOf, row: r.row, ref: r.ref, state: r.state, due: r.timescale.due }));
  const summary = summarySheet(a, sheet, register, changes, addr, brag);
  return { print, ragColumn, ragColumnIndex: ragCol === null ? null : origin.col + ragCol, rowHeights, summary, snapshot, changes };
}

function columnHasText(grid: Grid, col: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) if (cellText(grid, r, col).trim() !== '') return true;
  return false;
}

/** Heights in points for rows whose wrapped text needs more than one line, from column widths in characters. */
function estimateRowHeights(grid: Grid, a: Assessment, widths: Record<number, number>, ragCol: number | null, originRow: number): Record<number, number> {
  const mergeAt = mergeLookup(grid);
  const out: Record<number, number> = {};
  const width = gridWidth(grid);
  const rows = new Set<number>([...a.rows.map((r) => r.gridRow), ...a.layout.noteRows, ...a.layout.headerRows, ...a.layout.sections.map((s) => s.row)]);
  const flagged = new Set(a.rows.filter((x) => x.overdue || x.timescale.needsDate).map((x) => x.gridRow));
  for (const r of rows) {
    let lines = 1;
    for (let c = a.layout.firstCol; c <= Math.min(width - 1, a.layout.lastCol); c++) {
      const m = mergeAt(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      if (m && m.bottom > m.top) continue; // a vertical merge shares its rows' height
      const text = cellText(grid, r, c);
      if (!text) continue;
      let chars = 0;
      if (m) for (let k = m.left; k <= m.right; k++) chars += widths[k + 1] ?? 10;
      else chars = widths[c + 1] ?? 10;
      lines = Math.max(lines, wrappedLines(text, Math.max(4, chars * 1.2 - 1)));
    }
    if (ragCol !== null && flagged.has(r)) lines = Math.max(lines, 2);
    if (lines > 1) out[originRow + r + 1] = Math.min(409, Math.ceil(lines * 13.5 + 4));
  }
  return out;
}

/**
 * Lines a text takes when wrapped at `chars` characters per line, counting its own line breaks.
 * @example wrappedLines('a\nb', 10) // 2
 */
export function wrappedLines(text: string, chars: number): number {
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let count = 1;
    let line = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line === 0) line = word.length;
      else if (line + 1 + word.length <= chars) line += 1 + word.length;
      else {
        count++;
        line = word.length;
      }
      while (line > chars) {
        count++;
        line -= chars;
      }
    }
    lines += count;
  }
  return lines;
}

function keyOf(r: { ref: string | null; row: number }): string {
  return r.ref ? `ref:${r.ref}` : `row:${r.row}`;
}

/** What changed since the latest snapshot taken before this as-of date (or the latest other one). */
export function compare(a: Assessment, history: SnapshotRow[]): Changes {
  const dates = [...new Set(history.map((h) => h.asOf))].filter((d) => d < a.asOf).sort();
  const previousAsOf = dates.length > 0 ? dates[dates.length - 1] : null;
  const before = new Map(history.filter((h) => h.asOf === previousAsOf).map((h) => [keyOf(h), h]));
  const changes: Changes = { previousAsOf, newlyRed: [], newlyComplete: [], slipped: [] };
  if (!previousAsOf) return changes;
  for (const row of a.rows) {
    const was = before.get(keyOf(row));
    if (!was) continue;
    if (row.state === 'red' && was.state !== 'red') changes.newlyRed.push(row);
    if (row.state === 'complete' && was.state !== 'complete') changes.newlyComplete.push(row);
    if (row.timescale.due && was.due && row.timescale.due > was.due) changes.slipped.push({ row, from: was.due, to: row.timescale.due });
  }
  return changes;
}

type SheetRow = AddedSheet['rows'][number];
const BOLD: CellStyle = { bold: true };
const HEAD: CellStyle = { bold: true, fill: 'D9E1F2', border: { style: 'thin', color: '808080' } };

function summarySheet(
  a: Assessment,
  sheet: string,
  register: Register | null,
  changes: Changes,
  addr: (r: number, c: number) => string,
  brag: boolean,
): AddedSheet {
  const rows: SheetRow[] = [];
  const link = (r: AssessedRow) => ({ sheet, target: addr(r.gridRow, a.layout.firstCol) });
  const label = (r: AssessedRow) => r.ref ?? `row ${r.row}`;
  const short = (s: string, n = 90) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > n ? `${t.slice(0, n - 1)}…` : t;
  };
  const stateWord = (s: RagState) => (s === 'complete' ? (brag ? 'Blue (complete)' : 'Complete') : s === 'none' ? 'Not started' : STATE_LABELS[s].word);

  rows.push([{ value: `Board summary: ${sheet}`, style: { bold: true } }]);
  rows.push([{ value: `RAG as of ${formatUkDate(a.asOf)}. ${a.rows.length} actions. Each ref links to its row in the plan.` }]);
  for (const m of a.messages) rows.push([{ value: m, style: { italic: true } }]);
  rows.push([]);

  // Counts per section and state
  const order: RagState[] = ['red', 'amber', 'green', 'complete', 'none'];
  rows.push([{ value: 'Section', style: HEAD }, ...order.map((s) => ({ value: stateWord(s), style: { ...HEAD, ...(s === 'none' ? {} : STATE_STYLES[brag && s === 'complete' ? 'blue' : s]), bold: true } })), { value: 'Total', style: HEAD }]);
  const sections = new Map<string, AssessedRow[]>();
  for (const r of a.rows) {
    // a section carried on to the next page ("... (Continued)") counts with the section it continues
    const name = r.section ? short([r.section.ref, r.section.title.replace(/\s*\(continued\)\s*$/i, '')].filter(Boolean).join(' '), 70) : '(no section)';
    const list = sections.get(name);
    if (list) list.push(r);
    else sections.set(name, [r]);
  }
  for (const [name, list] of sections) {
    rows.push([{ value: name }, ...order.map((s) => ({ value: list.filter((r) => r.state === s).length })), { value: list.length, style: BOLD }]);
  }
  rows.push([{ value: 'All actions', style: BOLD }, ...order.map((s) => ({ value: a.counts[s], style: BOLD })), { value: a.rows.length, style: BOLD }]);
  rows.push([]);

  const hasStatus = a.layout.blocks.some((b) => b.columns.status !== undefined || b.columns.rag !== undefined);
  const hasTimescale = a.layout.blocks.some((b) => b.columns.timescale !== undefined);
  if (!hasStatus) rows.push([{ value: 'This plan has no status or RAG column: states come from the timescales alone, so nothing can show as complete.', style: { italic: true } }]);
  if (!hasTimescale) rows.push([{ value: 'This plan has no timescale column: no action can be overdue, and every action shows as not started.', style: { italic: true } }]);

  // Overdue
  const overdue = a.rows.filter((r) => r.overdue).sort((x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0));
  rows.push([{ value: `Overdue actions (${overdue.length})`, style: BOLD }]);
  if (overdue.length > 0) {
    rows.push(['Ref', 'State', 'Due', 'Days overdue', 'Lead', 'Action'].map((v) => ({ value: v, style: HEAD })));
    for (const r of overdue) {
      rows.push([
        { value: label(r), link: link(r) },
        { value: stateWord(r.state), style: r.state === 'none' ? undefined : STATE_STYLES[r.state] },
        { value: formatUkDate(r.timescale.due!) },
        { value: r.daysOverdue ?? 0 },
        { value: short(r.lead, 30) },
        { value: short(r.action, 80) },
      ]);
    }
  } else rows.push([{ value: hasTimescale ? 'None.' : 'None: the plan has no timescales.' }]);
  rows.push([]);

  // Needs a date
  const undated = a.rows.filter((r) => r.timescale.needsDate);
  rows.push([{ value: `Timescales that need a date (${undated.length})`, style: BOLD }]);
  for (const r of undated) {
    rows.push([{ value: label(r), link: link(r) }, { value: short(r.timescale.text || '(blank)', 70) }, { value: '' }, { value: '' }, { value: short(r.lead, 30) }, { value: short(r.action, 80) }]);
  }
  if (undated.length === 0) rows.push([{ value: 'None.' }]);
  rows.push([]);

  // SIIP
  const cited = citedSiip(a.rows);
  rows.push([{ value: 'SIIP references', style: BOLD }]);
  if (cited.size === 0) rows.push([{ value: 'No action cites the SIIP.' }]);
  else rows.push([{ value: `Cited: ${[...cited.keys()].join(', ')}` }]);
  if (register) {
    const nowhere = [...cited.keys()].filter((ref) => !register.rows.has(ref));
    const uncited = [...register.rows.keys()].filter((ref) => !cited.has(ref)).sort(compareRefs);
    rows.push([{ value: `Not in the register (sheet "${register.sheet}"): ${nowhere.length ? nowhere.join(', ') : 'none'}` }]);
    rows.push([{ value: `Register items no action cites: ${uncited.length ? uncited.join(', ') : 'none'}` }]);
  } else if (cited.size > 0) {
    rows.push([{ value: 'No SIIP register sheet in this workbook: references cannot be checked against it.' }]);
  }
  rows.push([]);

  // Changes
  rows.push([{ value: changes.previousAsOf ? `Changes since the board of ${formatUkDate(changes.previousAsOf)}` : 'Changes since the previous board', style: BOLD }]);
  if (!changes.previousAsOf) rows.push([{ value: 'No earlier snapshot: this board pack records the first one (sheet "RAG history").' }]);
  else {
    const line = (title: string, list: AssessedRow[]) =>
      rows.push([{ value: `${title} (${list.length})` }, ...list.slice(0, 30).map((r) => ({ value: label(r), link: link(r) }))]);
    line('Newly red', changes.newlyRed);
    line('Newly complete', changes.newlyComplete);
    rows.push([
      { value: `Due dates slipped (${changes.slipped.length})` },
      ...changes.slipped.slice(0, 30).map((s) => ({ value: `${label(s.row)}: ${formatUkDate(s.from)} → ${formatUkDate(s.to)}`, link: link(s.row) })),
    ]);
  }
  return { name: SUMMARY_SHEET_NAME, columnWidths: [60, 12, 13, 13, 30, 80, 10], rows };
}
