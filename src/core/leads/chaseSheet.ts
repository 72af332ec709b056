/**
 * The chase list as a sheet of the board pack ("Chase list"): each lead with open actions, then their actions most
 * urgent first (ref linked to the row, state in words with its print style, due date, days overdue, action and
 * status). Printed A4 landscape at 100%, every column on the page width, so it prints at 11 pt.
 */
import { formatUkDate } from '../calendarDate';
import type { AddedSheet } from '../plan/formatPlan';
import { boardSheetPage } from '../plan/printLayout';
import { capacity, clip, lines, spanCapacity } from '../plan/sheetText';
import { HEADING_STYLE, PRINT_STATE_STYLES, STATE_LABELS, TITLE_STYLE, type CellStyle } from '../plan/styles';
import type { ChaseItem, ChaseList } from './chaseList';

/** The title in A1 (exactly: see `OWN_TITLES` in host/ownSheets.ts) and the sheet's name. */
export const CHASE_LIST_TITLE = 'Chase list';
export const CHASE_LIST_SHEET_NAME = 'Chase list';

/** Ref | State | Due | Days overdue | Action | Status: 128 characters, 694 pt, inside A4 landscape's 741 with room to spare. */
export const CHASE_COLUMNS = [7, 11, 12, 12, 40, 46] as const;

type Cell = AddedSheet['rows'][number][number];

/**
 * The chase list sheet. `link` gives the plan cell a sheet row links to.
 * @example chaseListSheet(list, (row) => ({ sheet: 'Plan', target: `A${row}` })).rows[0][0].value // 'Chase list'
 */
export function chaseListSheet(list: ChaseList, link: (row: number) => { sheet: string; target: string }, options: { title?: string } = {}): AddedSheet {
  const width = spanCapacity(CHASE_COLUMNS);
  const rows: AddedSheet['rows'] = [];
  const text = (value: string, style?: CellStyle) => rows.push([{ value, ...(style ? { style } : {}) }]);
  text(CHASE_LIST_TITLE, TITLE_STYLE);
  const intro =
    `Open actions by lead${options.title ? ` in "${options.title}"` : ''}, as of ${formatUkDate(list.asOf)}: overdue first (most days first), then red, amber, green and not started. ` +
    'An action with several leads is under each of them. Each ref links to its row in the plan; completed actions are counted, not listed.';
  for (const line of lines(intro, width)) text(line);
  rows.push([]);

  const open = list.leads.filter((l) => l.open.length > 0);
  if (open.length === 0 && list.noLead.length === 0) text('Nothing is open.');
  for (const lead of open) {
    const counts = [`${lead.open.length} open`, `${lead.overdue} overdue`, `${lead.completed} complete`].join(', ');
    text(clip(`${lead.name}: ${counts}`, width), TITLE_STYLE);
    const others = lead.spellings.filter((s) => s !== lead.name);
    if (others.length > 0) for (const line of lines(`Also written: ${others.join('; ')}`, width)) text(line, { italic: true });
    table(rows, lead.open, link);
    rows.push([]);
  }
  if (list.noLead.length > 0) {
    text(`No lead named (${list.noLead.length} open)`, TITLE_STYLE);
    table(rows, list.noLead, link);
    rows.push([]);
  }
  const quiet = list.leads.filter((l) => l.open.length === 0).map((l) => l.name);
  if (quiet.length > 0) for (const line of lines(`Nothing open: ${quiet.join('; ')}.`, width)) text(line);

  return {
    name: CHASE_LIST_SHEET_NAME,
    columnWidths: [...CHASE_COLUMNS],
    rows,
    page: boardSheetPage('landscape', CHASE_LIST_TITLE, `As of ${formatUkDate(list.asOf)}`),
  };
}

function table(rows: AddedSheet['rows'], items: ChaseItem[], link: (row: number) => { sheet: string; target: string }): void {
  rows.push(['Ref', 'State', 'Due', 'Days overdue', 'Action', 'Status'].map((value) => ({ value, style: HEADING_STYLE })));
  for (const i of items) {
    const state = STATE_LABELS[i.state];
    const due: Cell = i.due
      ? { value: formatUkDate(i.due), ...(i.overdue ? { style: { bold: true, fontColor: 'C00000' } } : {}) }
      : { value: i.needsDate ? 'needs a date' : clip(i.timescale || 'no date', capacity(CHASE_COLUMNS[2])), style: { italic: true } };
    rows.push([
      { value: i.ref ?? `row ${i.row}`, link: link(i.row) },
      { value: i.state === 'none' ? 'Not started' : `${state.letter} ${state.word}`, style: PRINT_STATE_STYLES[i.state] },
      due,
      { value: i.overdue ? (i.daysOverdue ?? 0) : '' },
      { value: clip(i.action, capacity(CHASE_COLUMNS[4])) },
      { value: clip(i.status || '(no update)', capacity(CHASE_COLUMNS[5])) },
    ]);
  }
}
