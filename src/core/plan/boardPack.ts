import { formatUkDate } from '../calendarDate';
import type { SnapshotRow } from '../host/history';
export { HISTORY_HEADER, HISTORY_SHEET_NAME, historyValues, parseHistory, type SnapshotRow } from '../host/history';
import type { PageSettings } from '../host/types';
import { a1, cellText, gridWidth, mergeLookup, type Grid } from '../grid';
import { buildChaseList, type ChaseList } from '../leads/chaseList';
import { chaseListSheet } from '../leads/chaseSheet';
import { findLeads, type LeadIndex } from '../leads/findLeads';
import type { GlossaryEntry } from '../leads/glossary';
import type { RagState } from '../status/classifyStatus';
import type { Assessment, AssessedRow } from './assess';
import { buildDashboard } from './dashboard';
import { compare, type Changes, type Direction } from './direction';
export { compare, type Changes, type Direction } from './direction';
import { citedSiip, compareRefs, type AddedCell, type AddedSheet } from './formatPlan';
import { boardSheetPage, choosePrint, type PrintChoice } from './printLayout';
import type { Register } from './register';
import { sectionCounts, STATE_ORDER } from './sections';
import { capacity, clip, lines, spanCapacity } from './sheetText';
import { DIRECTION_LABELS, HEADING_STYLE, PRINT_STATE_STYLES, STATE_LABELS, TITLE_STYLE, type CellStyle } from './styles';

/**
 * Page setup for printing the plan to the board. Hosts map it onto their own print settings (`page` below is the
 * same in host-neutral `PageSettings`). Never fit-to-width: a scale chosen so no text prints under 8 pt, on A4, or
 * A3 where the plan is too wide (see `choosePrint`).
 */
export interface PrintSetup {
  orientation: 'landscape';
  paper: 'A4' | 'A3';
  /** Always null: the scale decides (fit-to-width shrank the sample plan to 6.5 pt). */
  fitToWidth: number | null;
  /** Zoom percent. */
  scale: number;
  /** Font size for the header and footer, so they print at 8 pt or more at this scale (hosts used 7 pt). */
  headerFooterPt: number;
  /** What was chosen and why, in words. */
  choice: PrintChoice;
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
  /** The plan sheet's page settings, host-neutral (the print setup with its scale). */
  page: PageSettings;
  /** A labelled RAG column at the right of the table (empty cells only), when the plan has none. */
  ragColumn: AddedCell[];
  /** 0-based sheet column of the added RAG column, or null. */
  ragColumnIndex: number | null;
  /** Row heights (1-based sheet row → points) so wrapped text shows in full. */
  rowHeights: Record<number, number>;
  /** The first printed page: RAG by section with a chart, totals, the key, the direction of travel. */
  dashboard: AddedSheet;
  /** Counts, overdue actions with their leads, timescales needing a date, SIIP, every change one per line. */
  summary: AddedSheet;
  /** Each lead's open actions, most urgent first. */
  chaseList: AddedSheet;
  /** The board pack's sheets in print order: dashboard, summary, chase list. */
  sheets: AddedSheet[];
  /** The leads of the plan and the chase list as data (for the pane and `plan-rag leads`). */
  leads: LeadIndex;
  chase: ChaseList;
  /** The snapshot to record for this board. */
  snapshot: SnapshotRow[];
  changes: Changes;
}

export const SUMMARY_SHEET_NAME = 'Board summary';
/** Width of the RAG column the board pack adds (characters; the session sets it). */
export const RAG_COLUMN_WIDTH = 15;

/** Options for the board pack. */
export interface BoardOptions {
  /** The plan's name for the page header (defaults to the sheet name). */
  title?: string;
  brag?: boolean;
  /** Snapshots recorded before (from the history sheet). */
  history?: SnapshotRow[];
  /** Column widths of the plan sheet (1-based column → characters) to size rows and choose the scale by; default 10. */
  columnWidths?: Record<number, number>;
  /** The workbook's glossary (abbreviation | meaning), for matching leads (see `findGlossary`). */
  glossary?: GlossaryEntry[] | null;
  /** The plan's text size in points, where known (default 11, Excel's). */
  bodyPt?: number;
  /** What the host can show (as `FormatOptions.host`): without borders, the key does not promise them. Default: borders. */
  host?: { borders: boolean };
}

/**
 * Builds the board pack: print layout, a RAG column readable without colour (with the direction of travel), row
 * heights for wrapped text, the dashboard, summary and chase-list sheets linked to the rows, and the snapshot to
 * record, with what changed since the previous board. Pure: the host writes it.
 */
export function buildBoardPack(grid: Grid, a: Assessment, sheet: string, register: Register | null, options: BoardOptions = {}): BoardPack {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const addr = (r: number, c: number) => a1(origin.row + r, origin.col + c);
  const brag = !!options.brag;
  const changes = compare(a, options.history ?? []);
  const direction = new Map<number, Direction>(changes.actions.map((c) => [c.row.row, c.direction]));

  // RAG column: right of the table, only where the plan has no RAG column and the cells are empty.
  const hasRag = a.layout.blocks.some((b) => b.columns.rag !== undefined);
  let ragCol: number | null = null;
  const ragColumn: AddedCell[] = [];
  const ragLines = new Map<number, number>();
  if (!hasRag && a.layout.found) {
    ragCol = a.layout.lastCol + 1;
    while (columnHasText(grid, ragCol, a.layout.headerRows[0] ?? 0, a.layout.lastRow)) ragCol++;
    for (const h of a.layout.headerRows)
      ragColumn.push({ cell: addr(h, ragCol), value: 'RAG', style: { bold: true, border: { style: 'thin', color: '808080' } } });
    for (const row of a.rows) {
      const shown = row.state === 'complete' && brag ? 'blue' : row.state;
      const label = STATE_LABELS[shown];
      const words = row.state === 'none' ? 'Not started' : row.state === 'complete' ? (brag ? 'B Complete' : 'Complete') : `${label.letter} ${label.word}`;
      const extra = row.overdue ? `\nOverdue ${row.daysOverdue}d` : row.timescale.needsDate ? '\nNeeds date' : '';
      const d = direction.get(row.row);
      const travel = d ? `\n${DIRECTION_LABELS[d].arrow} ${DIRECTION_LABELS[d].word}` : '';
      const value = `${words}${extra}${travel}`;
      ragColumn.push({ cell: addr(row.gridRow, ragCol), value, style: PRINT_STATE_STYLES[shown] });
      ragLines.set(row.gridRow, value.split('\n').length);
    }
  }

  const lastPrintCol = ragCol ?? a.layout.lastCol;
  const firstHeader = a.layout.headerRows[0] ?? 0;
  const firstRow = Math.min(firstHeader, ...a.layout.sections.map((s) => s.row));
  const asOfText = formatUkDate(a.asOf);
  const title = options.title ?? sheet;
  const key = brag
    ? 'Key: R Red = off track or past due with no update; A Amber = slipping or past due; G Green = on track; B Blue = complete; Not started = not yet due. Bold red date = overdue. Full key on the dashboard.'
    : 'Key: R Red = off track or past due with no update; A Amber = slipping or past due; G Green = on track; Complete; Not started = not yet due. Bold red date = overdue. Full key on the dashboard.';
  const widths: number[] = [];
  for (let c = a.layout.firstCol; c <= lastPrintCol; c++) widths.push(c === ragCol ? RAG_COLUMN_WIDTH : (options.columnWidths?.[origin.col + c + 1] ?? 10));
  const choice = choosePrint(widths, { bodyPt: options.bodyPt });
  const print: PrintSetup = {
    orientation: 'landscape',
    paper: choice.paper,
    fitToWidth: null,
    scale: choice.scale,
    headerFooterPt: choice.headerFooterPt,
    choice,
    titleRows: [origin.row + firstHeader + 1, origin.row + firstHeader + 1],
    printArea: `${addr(firstRow, a.layout.firstCol)}:${addr(a.layout.lastRow, lastPrintCol)}`,
    header: { left: title, center: `RAG as of ${asOfText}`, right: '' },
    footer: { left: key, center: '', right: 'Page {page} of {pages}' },
  };
  const page: PageSettings = {
    orientation: print.orientation,
    paper: print.paper,
    fitToWidth: null,
    scale: print.scale,
    printArea: print.printArea,
    titleRows: `$${print.titleRows[0]}:$${print.titleRows[1]}`,
    header: print.header,
    footer: print.footer,
  };

  const rowHeights = estimateRowHeights(grid, a, options.columnWidths ?? {}, ragLines, origin.row);
  const snapshot: SnapshotRow[] = a.rows.map((r) => ({ asOf: a.asOf, row: r.row, ref: r.ref, state: r.state, due: r.timescale.due, overdue: r.overdue }));
  const gridRowOf = new Map(a.rows.map((r) => [r.row, r.gridRow]));
  const link = (row: number) => {
    const r = gridRowOf.get(row);
    return { sheet, target: r !== undefined ? addr(r, a.layout.firstCol) : `A${row}` };
  };
  const leads = findLeads(a.rows, options.glossary ?? null);
  const chase = buildChaseList(a, leads);
  const dashboard = buildDashboard(a, sheet, changes, link, { brag, title, borders: options.host?.borders ?? true });
  const summary = summarySheet(a, sheet, register, changes, leads, link, brag);
  const chaseList = chaseListSheet(chase, link, { title });
  return {
    print,
    page,
    ragColumn,
    ragColumnIndex: ragCol === null ? null : origin.col + ragCol,
    rowHeights,
    dashboard,
    summary,
    chaseList,
    sheets: [dashboard, summary, chaseList],
    leads,
    chase,
    snapshot,
    changes,
  };
}

function columnHasText(grid: Grid, col: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) if (cellText(grid, r, col).trim() !== '') return true;
  return false;
}

/** Heights in points for rows whose wrapped text needs more than one line, from column widths in characters. */
function estimateRowHeights(
  grid: Grid,
  a: Assessment,
  widths: Record<number, number>,
  ragLines: Map<number, number>,
  originRow: number,
): Record<number, number> {
  const mergeAt = mergeLookup(grid);
  const out: Record<number, number> = {};
  const width = gridWidth(grid);
  const rows = new Set<number>([...a.rows.map((r) => r.gridRow), ...a.layout.noteRows, ...a.layout.headerRows, ...a.layout.sections.map((s) => s.row)]);
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
    lines = Math.max(lines, ragLines.get(r) ?? 1);
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

type SheetRow = AddedSheet['rows'][number];
const BOLD: CellStyle = { bold: true };

/**
 * Section (and Ref) | Red (State) | Amber (Due) | Green (Days) | Complete | Not started | Total | (room): 126
 * characters, 691 pt, inside A4 landscape's 741 at 100% with room to spare. Text longer than its room is split over rows or ends with
 * "…" at a word; a ref, a date or a change is never cut.
 */
export const SUMMARY_COLUMNS = [42, 10, 12, 8, 9, 11, 7, 27] as const;

/** What each kind of change is called in the summary, in order. */
const CHANGE_KINDS = ['Newly red', 'Newly amber', 'Newly overdue', 'Newly complete', 'Due dates moved'] as const;

function summarySheet(
  a: Assessment,
  sheet: string,
  register: Register | null,
  changes: Changes,
  leads: LeadIndex,
  link: (row: number) => { sheet: string; target: string },
  brag: boolean,
): AddedSheet {
  const rows: SheetRow[] = [];
  const room = (from: number) => spanCapacity(SUMMARY_COLUMNS.slice(from));
  const full = room(0);
  const text = (value: string, style?: CellStyle) => {
    for (const line of lines(value, full)) rows.push([{ value: line, ...(style ? { style } : {}) }]);
  };
  const ref = (r: AssessedRow) => ({ value: r.ref ?? `row ${r.row}`, link: link(r.row) });
  const stateWord = (s: RagState) => (s === 'complete' ? (brag ? 'Blue (complete)' : 'Complete') : s === 'none' ? 'Not started' : STATE_LABELS[s].word);
  const shown = (s: RagState): RagState | 'blue' => (s === 'complete' && brag ? 'blue' : s);
  const nameOf = new Map(leads.leads.map((l) => [l.id, l.name]));
  const leadOf = (r: AssessedRow) => {
    const ids = leads.byRow.get(r.row) ?? [];
    const names = ids.map((id) => nameOf.get(id) ?? id);
    return names.length > 0 ? names.join(', ') : r.lead.replace(/\s+/g, ' ').trim() || 'no lead named';
  };

  rows.push([{ value: `Board summary: ${sheet}`, style: TITLE_STYLE }]);
  text(`RAG as of ${formatUkDate(a.asOf)}. ${a.rows.length} actions. Each ref links to its row in the plan.`);
  for (const m of a.messages) text(m, { italic: true });
  rows.push([]);

  // Counts per section and state
  rows.push([
    { value: 'Section', style: HEADING_STYLE },
    ...STATE_ORDER.map((s) => ({ value: stateWord(s), style: { ...PRINT_STATE_STYLES[shown(s)], border: HEADING_STYLE.border } })),
    { value: 'Total', style: HEADING_STYLE },
  ]);
  for (const sec of sectionCounts(a.rows)) {
    rows.push([
      { value: clip(sec.name, capacity(SUMMARY_COLUMNS[0])) },
      ...STATE_ORDER.map((s) => ({ value: sec.counts[s] })),
      { value: sec.rows.length, style: BOLD },
    ]);
  }
  rows.push([{ value: 'All actions', style: BOLD }, ...STATE_ORDER.map((s) => ({ value: a.counts[s], style: BOLD })), { value: a.rows.length, style: BOLD }]);
  rows.push([]);

  const hasStatus = a.layout.blocks.some((b) => b.columns.status !== undefined || b.columns.rag !== undefined);
  const hasTimescale = a.layout.blocks.some((b) => b.columns.timescale !== undefined);
  if (!hasStatus) text('This plan has no status or RAG column: states come from the timescales alone, so nothing can show as complete.', { italic: true });
  if (!hasTimescale) text('This plan has no timescale column: no action can be overdue, and every action shows as not started.', { italic: true });

  // Overdue, with the lead to chase
  const overdue = a.rows.filter((r) => r.overdue).sort((x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0));
  rows.push([{ value: `Overdue actions (${overdue.length})`, style: BOLD }]);
  if (overdue.length > 0) {
    rows.push(['Ref', 'State', 'Due', 'Days', 'Lead: action'].map((v) => ({ value: v, style: HEADING_STYLE })));
    for (const r of overdue) {
      const lead = leadOf(r);
      rows.push([
        ref(r),
        { value: stateWord(r.state), style: PRINT_STATE_STYLES[shown(r.state)] },
        { value: formatUkDate(r.timescale.due!) },
        { value: r.daysOverdue ?? 0 },
        { value: withAction(`${lead}:`, r, room(4)) },
      ]);
    }
  } else rows.push([{ value: hasTimescale ? 'None.' : 'None: the plan has no timescales.' }]);
  rows.push([]);

  // Needs a date
  const undated = a.rows.filter((r) => r.timescale.needsDate);
  rows.push([{ value: `Timescales that need a date (${undated.length})`, style: BOLD }]);
  for (const r of undated) rows.push([ref(r), { value: withAction(`"${clip(r.timescale.text || '(blank)', 40)}", ${leadOf(r)}:`, r, room(1)) }]);
  if (undated.length === 0) rows.push([{ value: 'None.' }]);
  rows.push([]);

  // SIIP
  const cited = citedSiip(a.rows);
  rows.push([{ value: 'SIIP references', style: BOLD }]);
  if (cited.size === 0) text('No action cites the SIIP.');
  else text(`Cited: ${[...cited.keys()].join(', ')}`);
  if (register) {
    const nowhere = [...cited.keys()].filter((r) => !register.rows.has(r));
    const uncited = [...register.rows.keys()].filter((r) => !cited.has(r)).sort(compareRefs);
    text(`Not in the register (sheet "${register.sheet}"): ${nowhere.length ? nowhere.join(', ') : 'none'}`);
    text(`Register items no action cites: ${uncited.length ? uncited.join(', ') : 'none'}`);
  } else if (cited.size > 0) {
    text('No SIIP register sheet in this workbook: references cannot be checked against it.');
  }
  rows.push([]);

  // Changes: one action per line, every one of them
  rows.push([
    { value: changes.previousAsOf ? `Changes since the board of ${formatUkDate(changes.previousAsOf)}` : 'Changes since the previous board', style: BOLD },
  ]);
  if (!changes.previousAsOf) text('No earlier snapshot: this board pack records the first one (sheet "RAG history").');
  else {
    const byKind: Record<(typeof CHANGE_KINDS)[number], Array<{ row: AssessedRow; detail: string }>> = {
      'Newly red': changes.newlyRed.map((r) => ({ row: r, detail: stateChange(changes, r, stateWord) })),
      'Newly amber': changes.newlyAmber.map((r) => ({ row: r, detail: stateChange(changes, r, stateWord) })),
      'Newly overdue': changes.newlyOverdue.map((r) => ({ row: r, detail: `due ${formatUkDate(r.timescale.due!)}, ${r.daysOverdue} days overdue` })),
      'Newly complete': changes.newlyComplete.map((r) => ({ row: r, detail: stateChange(changes, r, stateWord) })),
      'Due dates moved': changes.moved.map((m) => ({ row: m.row, detail: moveText(m.from, m.to) })),
    };
    for (const kind of CHANGE_KINDS) {
      const list = byKind[kind];
      rows.push([{ value: `${kind} (${list.length})` }]);
      for (const item of list) rows.push([ref(item.row), { value: withAction(`${item.detail};`, item.row, room(1)) }]);
    }
  }
  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: [...SUMMARY_COLUMNS],
    rows,
    page: boardSheetPage('landscape', `Board summary: ${sheet}`, `RAG as of ${formatUkDate(a.asOf)}`),
  };
}

/** `head`, then as much of the action as fits `chars` (none when too little room is left; a long head is clipped). */
function withAction(head: string, r: AssessedRow, chars: number): string {
  const action = r.action.replace(/\s+/g, ' ').trim();
  const left = chars - head.length - 1;
  const bare = head.replace(/[:;]$/, '');
  return action && left >= 12 ? `${head} ${clip(action, left)}` : clip(bare, chars);
}

const WAS = new WeakMap<Changes, Map<AssessedRow, SnapshotRow | null>>();

function stateChange(changes: Changes, r: AssessedRow, word: (s: RagState) => string): string {
  let byRow = WAS.get(changes);
  if (!byRow) WAS.set(changes, (byRow = new Map(changes.actions.map((c) => [c.row, c.was]))));
  const was = byRow.get(r);
  return was ? `${word(was.state)} → ${word(r.state)}` : word(r.state);
}

/**
 * A due date's move in words.
 * @example moveText('2014-12-31', '2015-03-31') // 'due 31 Dec 2014 → 31 Mar 2015 (later)'
 */
export function moveText(from: string | null, to: string | null): string {
  if (from && to) return `due ${formatUkDate(from)} → ${formatUkDate(to)} (${to > from ? 'later' : 'earlier'})`;
  if (to) return `due date set: ${formatUkDate(to)}`;
  return `due date removed (was ${formatUkDate(from!)})`;
}
