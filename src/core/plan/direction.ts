/**
 * The direction of travel since the previous board: what is newly red, newly amber, newly overdue, newly
 * complete, whose due date moved, and for each action whether it is better, worse or the same. Compared with the
 * latest snapshot in the status history taken before this board's as-of date.
 */
import type { IsoDate } from '../calendarDate';
import type { SnapshotRow } from '../host/history';
import type { RagState } from '../status/classifyStatus';
import type { Assessment, AssessedRow } from './assess';

/** Better, worse or the same as at the previous board; `new` for an action the previous board did not have. */
export type Direction = 'better' | 'worse' | 'same' | 'new';

/** One action's change since the previous board. */
export interface ActionChange {
  row: AssessedRow;
  /** The action at the previous board, or null (a new action). */
  was: SnapshotRow | null;
  direction: Direction;
  /** Overdue at the previous board (for histories without the flag: past its due date then and not complete). */
  wasOverdue: boolean;
}

export interface Changes {
  /** The previous board's as-of date, or null when there is none (this is the first). */
  previousAsOf: IsoDate | null;
  newlyRed: AssessedRow[];
  /** Amber now, not amber then (worse from green, or better from red). */
  newlyAmber: AssessedRow[];
  /** Overdue now, not then. */
  newlyOverdue: AssessedRow[];
  newlyComplete: AssessedRow[];
  /** Due dates that moved later. */
  slipped: Array<{ row: AssessedRow; from: IsoDate; to: IsoDate }>;
  /** Every due date that changed: later, earlier, set where there was none (`from` null), or gone (`to` null). */
  moved: Array<{ row: AssessedRow; from: IsoDate | null; to: IsoDate | null }>;
  /** Per action (by sheet row), in plan order; empty when there is no previous board. */
  actions: ActionChange[];
}

/** How good a state is, for better / worse: red < amber < not started < green < complete. */
export const STATE_RANK: Readonly<Record<RagState, number>> = { red: 0, amber: 1, none: 2, green: 3, complete: 4 };

function keyOf(r: { ref: string | null; row: number }): string {
  return r.ref ? `ref:${r.ref}` : `row:${r.row}`;
}

/**
 * What changed since the latest snapshot taken before this as-of date. Rows are matched by ref (by sheet row
 * when they have none), so inserting a row above does not confuse them.
 * @example compare(assessment, history).newlyRed.map((r) => r.ref) // ['1.12']
 */
export function compare(a: Pick<Assessment, 'asOf' | 'rows'>, history: readonly SnapshotRow[]): Changes {
  const dates = [...new Set(history.map((h) => h.asOf))].filter((d) => d < a.asOf).sort();
  const previousAsOf = dates.length > 0 ? dates[dates.length - 1] : null;
  const changes: Changes = { previousAsOf, newlyRed: [], newlyAmber: [], newlyOverdue: [], newlyComplete: [], slipped: [], moved: [], actions: [] };
  if (!previousAsOf) return changes;
  const before = new Map(history.filter((h) => h.asOf === previousAsOf).map((h) => [keyOf(h), h]));
  for (const row of a.rows) {
    const was = before.get(keyOf(row)) ?? null;
    if (!was) {
      changes.actions.push({ row, was: null, direction: 'new', wasOverdue: false });
      continue;
    }
    const wasOverdue = was.overdue ?? (was.due !== null && was.due < previousAsOf && was.state !== 'complete');
    if (row.state === 'red' && was.state !== 'red') changes.newlyRed.push(row);
    if (row.state === 'amber' && was.state !== 'amber') changes.newlyAmber.push(row);
    if (row.overdue && !wasOverdue) changes.newlyOverdue.push(row);
    if (row.state === 'complete' && was.state !== 'complete') changes.newlyComplete.push(row);
    const due = row.timescale.due;
    if (due !== was.due) {
      changes.moved.push({ row, from: was.due, to: due });
      if (due && was.due && due > was.due) changes.slipped.push({ row, from: was.due, to: due });
    }
    changes.actions.push({ row, was, direction: directionOf(was.state, wasOverdue, row.state, row.overdue), wasOverdue });
  }
  return changes;
}

/**
 * Better, worse or the same: by state (red < amber < not started < green < complete); at the same state, becoming
 * overdue is worse and no longer being overdue is better.
 * @example directionOf('green', false, 'amber', true) // 'worse'
 */
export function directionOf(wasState: RagState, wasOverdue: boolean, state: RagState, overdue: boolean): Direction {
  if (STATE_RANK[state] !== STATE_RANK[wasState]) return STATE_RANK[state] > STATE_RANK[wasState] ? 'better' : 'worse';
  if (overdue !== wasOverdue) return overdue ? 'worse' : 'better';
  return 'same';
}

/** True when an action changed in a way the dashboard lists (state, overdue, or due date). */
export function changed(c: ActionChange): boolean {
  return c.was !== null && (c.was.state !== c.row.state || c.wasOverdue !== c.row.overdue || c.was.due !== c.row.timescale.due);
}
