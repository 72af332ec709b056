/**
 * The status history: one snapshot per board (as-of date, row, ref, state, due date, overdue) in a hidden "RAG history"
 * sheet, so the next board pack can say what changed. It is the board's own record: Clear keeps it.
 *
 * Every cell is written as text, because Excel and Sheets turn "2015-01-21" into a date and "1.10" into 1.1 when
 * a string is written through their values APIs. Reading accepts what they may have turned it into anyway (a date
 * serial, a number), so a history written by an earlier version still reads back.
 */
import { excelSerialToIso, isIsoDate, type IsoDate } from '../calendarDate';
import type { CellValue } from '../grid';
import { RAG_STATES, type RagState } from '../status/classifyStatus';

export const HISTORY_SHEET_NAME = 'RAG history';
export const HISTORY_HEADER = ['As of', 'Sheet row', 'Ref', 'State', 'Due'] as const;
/**
 * A sixth column, added later: "yes" when the action was overdue at that board, so the next board can say what is
 * newly overdue. Histories written before it have five columns and still read (their `overdue` is left out).
 */
export const HISTORY_OVERDUE = 'Overdue';

/** One row of a recorded snapshot. */
export interface SnapshotRow {
  asOf: IsoDate;
  row: number;
  ref: string | null;
  state: RagState;
  due: IsoDate | null;
  /** Overdue at that board; missing in histories written before the column was added. */
  overdue?: boolean;
}

/**
 * True when a sheet's values are a plan-rag history (its first row is our header), so a person's own sheet named
 * "RAG history" is never read or replaced as ours.
 * @example isHistory([['As of', 'Sheet row', 'Ref', 'State', 'Due']]) // true
 */
export function isHistory(values: ReadonlyArray<ReadonlyArray<CellValue>>): boolean {
  const first = values[0] ?? [];
  return HISTORY_HEADER.every((h, i) => String(first[i] ?? '').trim() === h);
}

/**
 * Reads the history sheet's rows (a header row, then As of | Sheet row | Ref | State | Due | Overdue); rows that do
 * not parse are skipped. Dates may be ISO text or date serials; refs may be text or numbers. The Overdue column
 * may be missing (an older history): `overdue` is then left out.
 * @example parseHistory([[...HISTORY_HEADER], [42025, 5, '1.1', 'complete', '']])[0].asOf // '2015-01-21'
 */
export function parseHistory(values: ReadonlyArray<ReadonlyArray<unknown>>): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  const hasOverdue = String(values[0]?.[5] ?? '').trim() === HISTORY_OVERDUE;
  for (const row of values.slice(1)) {
    const asOf = dateOf(row[0]);
    const state = String(row[3] ?? '').trim() as RagState;
    if (!asOf || !RAG_STATES.includes(state)) continue;
    const sheetRow = Number(row[1]);
    const ref = row[2] === null || row[2] === undefined || row[2] === '' ? null : String(row[2]);
    const snap: SnapshotRow = { asOf, row: Number.isFinite(sheetRow) ? sheetRow : 0, ref, state, due: dateOf(row[4]) };
    const flag = hasOverdue
      ? String(row[5] ?? '')
          .trim()
          .toLowerCase()
      : '';
    if (flag === 'yes' || flag === 'no') snap.overdue = flag === 'yes';
    out.push(snap);
  }
  return out;
}

function dateOf(v: unknown): IsoDate | null {
  if (typeof v === 'number') return excelSerialToIso(v);
  const s = v === null || v === undefined ? '' : String(v).trim();
  return isIsoDate(s) ? s : null;
}

/**
 * The history sheet's rows after recording a snapshot: rows of the same as-of date are replaced, others kept.
 * Every cell is text (the hosts write strings as text). Older snapshots with no overdue flag get an empty cell;
 * when no snapshot has one, there is no Overdue column.
 */
export function historyValues(previous: readonly SnapshotRow[], snapshot: readonly SnapshotRow[]): string[][] {
  const asOf = snapshot[0]?.asOf;
  const kept = previous.filter((h) => h.asOf !== asOf);
  const all = [...kept, ...snapshot];
  const row = (s: SnapshotRow) => [s.asOf, String(s.row), s.ref ?? '', s.state, s.due ?? ''];
  // the Overdue column only once some snapshot knows it, so a history without it stays as it was
  if (!all.some((s) => s.overdue !== undefined)) return [[...HISTORY_HEADER], ...all.map(row)];
  const flag = (s: SnapshotRow) => (s.overdue === undefined ? '' : s.overdue ? 'yes' : 'no');
  return [[...HISTORY_HEADER, HISTORY_OVERDUE], ...all.map((s) => [...row(s), flag(s)])];
}
