import type { RagState } from '../status/classifyStatus';
import type { TimescaleKind } from '../timescale/types';
import type { WorkbookAssessment } from './assess';

/** One row of the machine-readable report. */
export interface ReportRow {
  row: number;
  ref: string | null;
  state: RagState;
  due: string | null;
  timescaleKind: TimescaleKind;
  overdue: boolean;
  daysOverdue: number | null;
  siip: string[];
  objectiveSiip: string[];
  refs: string[];
  reasons: string[];
  timescale: string;
  precision: string | null;
  milestones: string[];
  needsDate: boolean;
  explicitRag: string | null;
  contradiction: string | null;
  lead: string;
  section: string | null;
  action: string;
}

export interface ReportJson {
  sheet: string;
  asOf: string;
  rows: ReportRow[];
  summary: {
    actions: number;
    counts: Record<RagState, number>;
    overdue: number;
    needsDate: number;
    siipRefs: string[];
    siipNotInRegister: string[];
    registerNotCited: string[];
    register: string | null;
    missingColumns: string[];
  };
  messages: string[];
}

/**
 * The report as plain data (what `plan-rag report --json` prints).
 * @example toReportJson(assessWorkbook(sheets, { asOf: '2015-01-21' })).rows[0].state
 */
export function toReportJson(a: WorkbookAssessment): ReportJson {
  const cited = new Set<string>();
  for (const r of a.rows) for (const s of r.siip) cited.add(s);
  const registerRefs = a.register ? [...a.register.rows.keys()] : [];
  return {
    sheet: a.sheet,
    asOf: a.asOf,
    rows: a.rows.map((r) => ({
      row: r.row,
      ref: r.ref,
      state: r.state,
      due: r.timescale.due,
      timescaleKind: r.timescale.kind,
      overdue: r.overdue,
      daysOverdue: r.daysOverdue,
      siip: r.siip,
      objectiveSiip: r.objectiveSiip,
      refs: r.refs.map((x) => `${x.scheme} ${x.ref}`),
      reasons: r.reasons,
      timescale: r.timescale.text,
      precision: r.timescale.precision,
      milestones: r.timescale.milestones.map((m) => (m.role === 'after' ? `after ${m.date}` : m.date)),
      needsDate: r.timescale.needsDate,
      explicitRag: r.explicitRag,
      contradiction: r.contradiction,
      lead: r.lead.trim(),
      section: r.section ? [r.section.ref, r.section.title].filter(Boolean).join(' ') : null,
      action: r.action.trim(),
    })),
    summary: {
      actions: a.rows.length,
      counts: a.counts,
      overdue: a.overdue,
      needsDate: a.needsDate,
      siipRefs: [...cited],
      siipNotInRegister: a.register ? [...cited].filter((c) => !a.register!.rows.has(c)) : [],
      registerNotCited: registerRefs.filter((r) => !cited.has(r)),
      register: a.register?.sheet ?? null,
      missingColumns: a.layout.missing,
    },
    messages: a.messages,
  };
}
