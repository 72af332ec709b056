/**
 * "My actions": a lead's actions in the order a lead works through them. Open actions first: overdue ones by
 * days overdue (most first), then red, then amber, then the rest (green, then not started), each by due date;
 * completed actions apart, to be folded away.
 */
import type { RagState } from '../status/classifyStatus';
import { compareRefs } from '../plan/formatPlan';
import type { LeadIndex } from './findLeads';

/** What ordering needs of an action (an `AssessedRow` will do). */
export interface Urgent {
  row: number;
  ref: string | null;
  state: RagState;
  overdue: boolean;
  daysOverdue: number | null;
  timescale: { due: string | null };
}

/** A lead's actions: open ones most urgent first, completed ones apart. */
export interface MyActions<T extends Urgent> {
  open: T[];
  completed: T[];
}

/** Rank of an open action's state after overdue ones: red, amber, green, not started. */
const STATE_RANK: Readonly<Record<RagState, number>> = { red: 0, amber: 1, green: 2, none: 3, complete: 4 };

/**
 * Compares two open actions by urgency: overdue first (most days first), then red, amber, green, not started;
 * then by due date (none last), then by ref.
 * @example [green, amberOverdue52, redOverdue355].sort(compareUrgency) // [redOverdue355, amberOverdue52, green]
 */
export function compareUrgency(a: Urgent, b: Urgent): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.overdue && b.overdue && (a.daysOverdue ?? 0) !== (b.daysOverdue ?? 0)) return (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0);
  if (STATE_RANK[a.state] !== STATE_RANK[b.state]) return STATE_RANK[a.state] - STATE_RANK[b.state];
  const da = a.timescale.due ?? '9999';
  const db = b.timescale.due ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  return byRef(a, b);
}

/**
 * Sorts actions for "My actions": open ones by urgency, completed ones by ref.
 * @example sortMyActions(rows).open[0].ref // the most overdue
 */
export function sortMyActions<T extends Urgent>(rows: readonly T[]): MyActions<T> {
  return {
    open: rows.filter((r) => r.state !== 'complete').sort(compareUrgency),
    completed: rows.filter((r) => r.state === 'complete').sort(byRef),
  };
}

/**
 * A lead's actions from the plan's rows, sorted for "My actions"; empty lists for a lead the plan does not name.
 * @example myActions(rows, leads, 'learning and improvement').open.map((r) => r.ref) // ['4.6', '4.7', ...]
 */
export function myActions<T extends Urgent>(rows: readonly T[], index: LeadIndex, leadId: string): MyActions<T> {
  const lead = index.leads.find((l) => l.id === leadId);
  if (!lead) return { open: [], completed: [] };
  const wanted = new Set(lead.rows);
  return sortMyActions(rows.filter((r) => wanted.has(r.row)));
}

function byRef(a: Urgent, b: Urgent): number {
  if (a.ref && b.ref) return compareRefs(a.ref, b.ref) || a.row - b.row;
  return a.row - b.row;
}
