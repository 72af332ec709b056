/**
 * The board dashboard: the board pack's first printed page, one A4 page (portrait, 100%). At a glance: RAG by
 * section (a table and, on hosts that draw charts, stacked bars from it), the totals, the key (printed here as a
 * block, in words, with the border each state prints with), and the direction of travel since the previous board,
 * one action per line.
 */
import { formatUkDate } from '../calendarDate';
import type { ChartSpec } from '../host/types';
import { boardSheetPage } from './printLayout';
import type { Assessment, AssessedRow } from './assess';
import { changed, type ActionChange, type Changes } from './direction';
import type { AddedSheet } from './formatPlan';
import { sectionCounts, sectionLabels, STATE_ORDER } from './sections';
import { capacity, clip, lines, spanCapacity } from './sheetText';
import {
  CHART_COLORS,
  DIRECTION_LABELS,
  HEADING_STYLE,
  NEEDS_DATE_STYLE,
  OVERDUE_STYLE,
  PRINT_BORDER_WORDS,
  PRINT_STATE_STYLES,
  STATE_LABELS,
  TITLE_STYLE,
  type CellStyle,
} from './styles';
import type { RagState } from '../status/classifyStatus';

export const DASHBOARD_SHEET_NAME = 'Board dashboard';
/** A1 starts with this (see `OWN_TITLES` in host/ownSheets.ts); the plan's name follows. */
export const DASHBOARD_TITLE = 'Board dashboard: ';

/** Section | Red | Amber | Green | Complete | Not started | Total | (room): 82 characters, 460 pt, inside A4 portrait's 495 with room to spare. */
export const DASHBOARD_COLUMNS = [26, 8, 8, 8, 9, 10, 7, 6] as const;

/** Rows the chart covers (15 pt each), and its size in points. */
export const CHART_ROWS = 10;
const CHART_SIZE = { width: 420, height: 145 };

/**
 * Rows that print on one A4 portrait page (16 pt a row, as LibreOffice draws Calibri 11; Excel's are 15): the
 * changes listed on the dashboard stop there, with "and N more" (every change is in the summary).
 */
export const DASHBOARD_PAGE_ROWS = 45;

type Row = AddedSheet['rows'][number];

export interface DashboardOptions {
  brag?: boolean;
  /** The plan's name (defaults to the sheet's). */
  title?: string;
  /** Whether the host draws borders (Google Sheets' does not): the key names each state's border only if so. */
  borders?: boolean;
}

/**
 * Builds the dashboard sheet. `link` gives the plan cell a sheet row links to.
 * @example buildDashboard(a, 'Plan', changes, (row) => ({ sheet: 'Plan', target: `A${row}` })).chart?.data // { top: 5, left: 1, bottom: 10, right: 6 }
 */
export function buildDashboard(
  a: Pick<Assessment, 'asOf' | 'rows' | 'counts' | 'overdue' | 'needsDate'>,
  sheet: string,
  changes: Changes,
  link: (row: number) => { sheet: string; target: string },
  options: DashboardOptions = {},
): AddedSheet {
  const brag = !!options.brag;
  const title = options.title ?? sheet;
  const full = spanCapacity(DASHBOARD_COLUMNS);
  const rest = spanCapacity(DASHBOARD_COLUMNS.slice(1));
  const rows: Row[] = [];
  const text = (value: string, style?: CellStyle) => rows.push([{ value, ...(style ? { style } : {}) }]);
  const stateWord = (s: RagState) => (s === 'none' ? 'Not started' : s === 'complete' ? (brag ? 'Blue' : 'Complete') : STATE_LABELS[s].word);
  const shown = (s: RagState): RagState | 'blue' => (s === 'complete' && brag ? 'blue' : s);

  text(`${DASHBOARD_TITLE}${title}`, TITLE_STYLE);
  text(clip(`RAG as of ${formatUkDate(a.asOf)}: ${a.rows.length} actions, ${a.overdue} overdue, ${a.needsDate} with no date to judge by.`, full));
  text(
    changes.previousAsOf
      ? `Direction of travel: compared with the board of ${formatUkDate(changes.previousAsOf)} (below).`
      : 'The first board recorded: the direction of travel shows from the next board.',
  );
  rows.push([]);

  // the data block the chart draws: header row, one row per section
  const top = rows.length + 1;
  rows.push([
    { value: 'Section', style: HEADING_STYLE },
    ...STATE_ORDER.map((s) => ({ value: stateWord(s), style: { ...PRINT_STATE_STYLES[shown(s)], border: HEADING_STYLE.border } })),
    { value: 'Total', style: HEADING_STYLE },
  ]);
  const sections = sectionCounts(a.rows);
  const labels = sectionLabels(sections.map((s) => s.name));
  sections.forEach((s, i) =>
    rows.push([
      { value: clip(labels[i], capacity(DASHBOARD_COLUMNS[0])) },
      ...STATE_ORDER.map((st) => ({ value: s.counts[st] })),
      { value: s.rows.length, style: { bold: true } },
    ]),
  );
  const bottom = rows.length;
  rows.push([
    { value: 'All actions', style: { bold: true } },
    ...STATE_ORDER.map((s) => ({ value: a.counts[s], style: { bold: true } })),
    { value: a.rows.length, style: { bold: true } },
  ]);
  rows.push([]);

  const chartRow = rows.length + 1;
  for (let i = 0; i < CHART_ROWS; i++) rows.push([]);
  const chart: ChartSpec = {
    title: `RAG by section, as of ${formatUkDate(a.asOf)}`,
    data: { top, left: 1, bottom, right: 1 + STATE_ORDER.length },
    colors: STATE_ORDER.map((s) => CHART_COLORS[shown(s)]),
    anchor: { row: chartRow, col: 1, ...CHART_SIZE },
    horizontal: true,
    stacked: true,
    dataLabels: true,
    legend: 'bottom',
  };
  rows.push([]);

  // the key, as a block: each state's label printed as the RAG column prints it
  text('Key', TITLE_STYLE);
  const key = (label: string, style: CellStyle | undefined, meaning: string) => {
    const [first, ...more] = lines(meaning, rest);
    rows.push([{ value: label, ...(style ? { style } : {}) }, { value: first }]);
    for (const m of more) rows.push([{ value: '' }, { value: m }]);
  };
  for (const s of STATE_ORDER) {
    const st = shown(s);
    const label = s === 'none' ? 'Not started' : s === 'complete' ? (brag ? 'B Complete' : 'Complete') : `${STATE_LABELS[s].letter} ${STATE_LABELS[s].word}`;
    key(label, PRINT_STATE_STYLES[st], options.borders === false ? STATE_LABELS[st].meaning : `${STATE_LABELS[st].meaning}; ${PRINT_BORDER_WORDS[st]}`);
  }
  key('Overdue 52d', OVERDUE_STYLE, 'days past the due date; the date prints bold red');
  key('Needs date', NEEDS_DATE_STYLE, 'no date to judge by; the date prints in italics');
  const arrows = (['better', 'worse', 'same'] as const).map((d) => `${DIRECTION_LABELS[d].arrow} ${DIRECTION_LABELS[d].word}`).join('  ');
  key(arrows, { bold: true }, 'than at the previous board');
  rows.push([]);

  direction(rows, changes, link, full, rest);

  return {
    name: DASHBOARD_SHEET_NAME,
    columnWidths: [...DASHBOARD_COLUMNS],
    rows,
    chart,
    page: boardSheetPage('portrait', title, `RAG as of ${formatUkDate(a.asOf)}`),
  };
}

/** The direction of travel: counts, then one line per changed action (worst first). */
function direction(rows: Row[], changes: Changes, link: (row: number) => { sheet: string; target: string }, full: number, rest: number): void {
  const text = (value: string, style?: CellStyle) => rows.push([{ value, ...(style ? { style } : {}) }]);
  if (!changes.previousAsOf) {
    text('Direction of travel', TITLE_STYLE);
    const said =
      'No earlier board is recorded: this board pack records the first snapshot (sheet "RAG history"). From the next board, this page shows what is newly red, amber, overdue or complete, and the due dates that moved.';
    for (const line of lines(said, full)) text(line);
    return;
  }
  text(`Direction of travel since the board of ${formatUkDate(changes.previousAsOf)}`, TITLE_STYLE);
  const n = (k: number, what: string) => `${k} ${what}`;
  const worse = changes.actions.filter((c) => c.direction === 'worse').length;
  const better = changes.actions.filter((c) => c.direction === 'better').length;
  const same = changes.actions.filter((c) => c.direction === 'same').length;
  const fresh = changes.actions.filter((c) => c.direction === 'new').length;
  const later = changes.moved.filter((m) => m.from && m.to && m.to > m.from).length;
  const counts = [
    `${DIRECTION_LABELS.worse.arrow} ${n(worse, 'worse')}: ${n(changes.newlyRed.length, 'newly red')}, ${n(changes.newlyAmber.length, 'newly amber')}, ${n(changes.newlyOverdue.length, 'newly overdue')}. ` +
      `${DIRECTION_LABELS.better.arrow} ${n(better, 'better')}: ${n(changes.newlyComplete.length, 'newly complete')}.`,
    `${DIRECTION_LABELS.same.arrow} ${n(same, 'the same')}.${fresh ? ` ${DIRECTION_LABELS.new.arrow} ${n(fresh, 'new')}.` : ''} Due dates moved: ${changes.moved.length} (${later} later).`,
  ];
  for (const c of counts) for (const line of lines(c, full)) text(line);

  const listed = changes.actions.filter(changed).sort(byConcern);
  const room = listed.length <= DASHBOARD_PAGE_ROWS - rows.length ? listed.length : Math.max(0, DASHBOARD_PAGE_ROWS - rows.length - 1);
  for (const c of listed.slice(0, room)) {
    const d = DIRECTION_LABELS[c.direction];
    rows.push([{ value: `${d.arrow} ${c.row.ref ?? `row ${c.row.row}`}`, link: link(c.row.row) }, { value: changeLine(c, rest) }]);
  }
  if (listed.length > room) text(`…and ${listed.length - room} more: every change is listed, one per line, in the Board summary.`, { italic: true });
  if (listed.length === 0) text('Nothing changed.');
}

/** Worse first (red, then amber), then better, then date moves; in plan order within each. */
function byConcern(a: ActionChange, b: ActionChange): number {
  const rank = (c: ActionChange) => (c.direction === 'worse' ? (c.row.state === 'red' ? 0 : 1) : c.direction === 'better' ? 2 : 3);
  return rank(a) - rank(b) || a.row.row - b.row.row;
}

/**
 * One changed action in words, what changed first and never cut ("Green → Amber; newly overdue (15 days); due 31
 * Dec 2014 → 31 Mar 2015"), then as much of the action as fits `chars`.
 * @example changeLine(change, 60) // 'Green → Amber; newly overdue (15 days): Report for Section…'
 */
export function changeLine(c: ActionChange, chars: number): string {
  const word = (s: RagState) => (s === 'none' ? 'Not started' : STATE_LABELS[s].word);
  const parts: string[] = [];
  const was = c.was;
  if (was && was.state !== c.row.state) parts.push(`${word(was.state)} → ${word(c.row.state)}`);
  else parts.push(word(c.row.state));
  if (c.row.overdue && !c.wasOverdue) parts.push(`newly overdue (${c.row.daysOverdue} days)`);
  else if (!c.row.overdue && c.wasOverdue) parts.push('no longer overdue');
  const due = c.row.timescale.due;
  if (was && was.due !== due) {
    if (was.due && due) parts.push(`due ${formatUkDate(was.due)} → ${formatUkDate(due)}`);
    else if (due) parts.push(`due date set: ${formatUkDate(due)}`);
    else parts.push(`due date removed (was ${formatUkDate(was.due!)})`);
  }
  const head = parts.join('; ');
  const room = chars - head.length - 2;
  return room >= 12 && actionOf(c.row) ? `${head}: ${clip(actionOf(c.row), room)}` : head;
}

function actionOf(r: AssessedRow): string {
  return r.action.replace(/\s+/g, ' ').trim();
}
