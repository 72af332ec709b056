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
  /** How the explicit RAG was given: `text`, `fill` (a hand-coloured cell) or `font colour`; null when none. */
  ragSource: string | null;
  contradiction: string | null;
  lead: string;
  section: string | null;
  action: string;
  /** The due date the plan's timescale gives, before any revision (equal to `due` when not revised). */
  originalDue: string | null;
  /** The original due date when a revised date superseded it, else null. */
  revisedFrom: string | null;
  /** Where the revised date came from (`column` or `status`) and the words, when revised. */
  revision: { source: string; text: string } | null;
  /** "check the year: ..." for a due date that is probably a typo, else null. */
  checkYear: string | null;
  /** The plan's percentage complete for the row, or null. */
  percentComplete: number | null;
  /** The word that closed the action without it being done ("Superseded"), or null. */
  closed: string | null;
  /** The header of the update column the status was read from (one of several), or null. */
  updateColumn: string | null;
  /** Earlier period updates, oldest first, for "what changed" (the current one excluded). */
  earlierUpdates: Array<{ header: string; text: string }>;
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
    /** True when the plan has no status column (nor RAG or % complete): states come from due dates only. */
    noStatusColumn: boolean;
    /** True when the plan has no timescale column: nothing can be overdue. */
    noTimescaleColumn: boolean;
    /** What to say before anything else (a missing status or timescale column). */
    warnings: string[];
    /** The plan's period, when known ("2014-04-01 to 2015-03-31"), for "check the year". */
    planPeriod: string | null;
    /** Rows whose due date was revised. */
    revised: number;
    /** Rows whose RAG was given by a hand-coloured cell or coloured text. */
    colouredRag: number;
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
      siip: [...r.siip],
      objectiveSiip: [...r.objectiveSiip],
      refs: r.refs.map((x) => `${x.scheme} ${x.ref}`),
      reasons: [...r.reasons],
      timescale: r.timescale.text,
      precision: r.timescale.precision,
      milestones: r.timescale.milestones.map((m) => (m.role === 'deadline' ? m.date : `${m.role} ${m.date}`)),
      needsDate: r.timescale.needsDate,
      explicitRag: r.explicitRag,
      ragSource: r.ragSource,
      contradiction: r.contradiction,
      lead: r.lead.trim(),
      section: r.section ? [r.section.ref, r.section.title].filter(Boolean).join(' ') : null,
      action: r.action.trim(),
      originalDue: r.originalDue,
      revisedFrom: r.revisedFrom,
      revision: r.revision ? { source: r.revision.source, text: r.revision.text } : null,
      checkYear: r.checkYear,
      percentComplete: r.percentComplete,
      closed: r.closed,
      updateColumn: r.updateColumn,
      earlierUpdates: r.updates.slice(0, -1).map((u) => ({ header: u.header, text: u.text })),
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
      noStatusColumn: a.missingColumns.includes('status'),
      noTimescaleColumn: a.missingColumns.includes('timescale'),
      warnings: a.warnings,
      planPeriod: a.planPeriod ? `${a.planPeriod.start} to ${a.planPeriod.end}` : null,
      revised: a.rows.filter((r) => r.revisedFrom !== null).length,
      colouredRag: a.rows.filter((r) => r.ragSource === 'fill' || r.ragSource === 'font colour').length,
    },
    messages: a.messages,
  };
}
