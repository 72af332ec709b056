/**
 * The chase list: for each lead, the actions still open, most urgent first, with what a business manager needs to
 * chase them (ref, due date, days overdue, state and the status text). The board pack prints it as a sheet
 * (`chaseListSheet`); the CLI's `plan-rag leads` prints it, and `--json` gives `chaseListJson`.
 */
import { formatUkDate, type IsoDate } from '../calendarDate';
import type { Assessment, AssessedRow } from '../plan/assess';
import type { RagState } from '../status/classifyStatus';
import type { LeadIndex } from './findLeads';
import { sortMyActions } from './myActions';

/** One open action, as the chase list shows it. */
export interface ChaseItem {
  /** 1-based sheet row. */
  row: number;
  ref: string | null;
  state: Exclude<RagState, 'complete'>;
  /** Final due date, or null (recurring, event-driven, or no date). */
  due: IsoDate | null;
  overdue: boolean;
  daysOverdue: number | null;
  /** The timescale as the plan writes it. */
  timescale: string;
  /** The timescale gives no date to judge by. */
  needsDate: boolean;
  /** The status cell's text (whitespace collapsed). */
  status: string;
  action: string;
  /** The Reporting cell, as written. */
  leadText: string;
}

/** A lead's part of the chase list. */
export interface ChaseLead {
  id: string;
  name: string;
  spellings: string[];
  /** Open actions, most urgent first (see `compareUrgency`). */
  open: ChaseItem[];
  overdue: number;
  /** Completed actions (not listed). */
  completed: number;
}

export interface ChaseList {
  asOf: IsoDate;
  /** Every lead, by name; leads with nothing open have an empty `open`. */
  leads: ChaseLead[];
  /** Open actions whose Reporting cell names no lead. */
  noLead: ChaseItem[];
}

/**
 * Builds the chase list from the assessed plan and its leads.
 * @example buildChaseList(assessment, findLeads(assessment.rows)).leads.find((l) => l.name === 'Business Group')?.open[0].ref // '1.6'
 */
export function buildChaseList(a: Pick<Assessment, 'asOf' | 'rows'>, index: LeadIndex): ChaseList {
  const byRow = new Map(a.rows.map((r) => [r.row, r]));
  const leads: ChaseLead[] = index.leads.map((lead) => {
    const mine = sortMyActions(lead.rows.map((r) => byRow.get(r)).filter((r): r is AssessedRow => !!r));
    return {
      id: lead.id,
      name: lead.name,
      spellings: lead.spellings,
      open: mine.open.map(item),
      overdue: mine.open.filter((r) => r.overdue).length,
      completed: mine.completed.length,
    };
  });
  const noLead = sortMyActions(a.rows.filter((r) => !index.byRow.has(r.row))).open.map(item);
  return { asOf: a.asOf, leads, noLead };
}

function item(r: AssessedRow): ChaseItem {
  return {
    row: r.row,
    ref: r.ref,
    state: r.state as ChaseItem['state'],
    due: r.timescale.due,
    overdue: r.overdue,
    daysOverdue: r.daysOverdue,
    timescale: r.timescale.text.replace(/\s+/g, ' ').trim(),
    needsDate: r.timescale.needsDate,
    status: r.status.replace(/\s+/g, ' ').trim(),
    action: r.action.replace(/\s+/g, ' ').trim(),
    leadText: r.lead.replace(/\s+/g, ' ').trim(),
  };
}

/** The `plan-rag leads --json` shape: plain data, dates as ISO with their display form beside them. */
export interface ChaseListJson {
  asOf: IsoDate;
  asOfText: string;
  leads: Array<{
    id: string;
    name: string;
    spellings: string[];
    open: number;
    overdue: number;
    completed: number;
    actions: Array<Omit<ChaseItem, 'leadText'> & { dueText: string | null }>;
  }>;
  noLead: Array<ChaseItem & { dueText: string | null }>;
}

/**
 * The chase list as JSON for `plan-rag leads --json`.
 * @example chaseListJson(list).leads[0] // { id, name, spellings, open: 3, overdue: 1, completed: 2, actions: [{ row, ref, state, due, dueText, ... }] }
 */
export function chaseListJson(list: ChaseList): ChaseListJson {
  const withText = <T extends ChaseItem>(i: T) => ({ ...i, dueText: i.due ? formatUkDate(i.due) : null });
  return {
    asOf: list.asOf,
    asOfText: formatUkDate(list.asOf),
    leads: list.leads.map((l) => ({
      id: l.id,
      name: l.name,
      spellings: l.spellings,
      open: l.open.length,
      overdue: l.overdue,
      completed: l.completed,
      actions: l.open.map((i) => {
        const { leadText: _leadText, ...rest } = withText(i);
        void _leadText;
        return rest;
      }),
    })),
    noLead: list.noLead.map(withText),
  };
}
