import { isIsoDate, type IsoDate } from '../calendarDate';
import { a1, type Grid, type SheetGrid } from '../grid';
import { readLayout } from '../layout/readLayout';
import type { Layout, LayoutOverride, PlanRow, Section } from '../layout/types';
import { classifyStatus, type RagColour, type RagState, type StatusRules } from '../status/classifyStatus';
import { readTimescaleCell } from '../timescale/readTimescaleCell';
import type { Timescale } from '../timescale/types';
import { findReferences, type Reference, type References } from '../xref/findReferences';
import { findRegister, type Register } from './register';

/** Options for assessing a plan. The as-of date is always given: the core never reads the clock. */
export interface AssessOptions {
  /** The date states and overdue are judged against, `YYYY-MM-DD`. */
  asOf: IsoDate;
  /** Corrections to the detected layout. */
  layout?: LayoutOverride;
  /** Status vocabulary and rules (defaults in `vocab/status.ts`). */
  rules?: StatusRules;
}

/** One action row, assessed. */
export interface AssessedRow {
  /** Grid row (0-based). */
  gridRow: number;
  /** Sheet row (1-based), as a person reads it. */
  row: number;
  ref: string | null;
  section: Section | null;
  objective: string;
  action: string;
  lead: string;
  status: string;
  timescale: Timescale;
  state: RagState;
  reasons: string[];
  explicitRag: RagColour | null;
  contradiction: string | null;
  overdue: boolean;
  daysOverdue: number | null;
  /** SIIP references cited in this row's own cells. */
  siip: string[];
  /** SIIP references of the objective this row continues (cited on a row above). */
  objectiveSiip: string[];
  /** Every scheme reference in the row's own cells (SIIP included). */
  refs: Reference[];
  /** Schemes named without a number. */
  mentions: string[];
  /** The source of each role's text, for hosts that format or link cells. */
  cells: PlanRow['cells'];
}

export interface Assessment {
  asOf: IsoDate;
  layout: Layout;
  rows: AssessedRow[];
  /** Where years missing from timescales were placed from. */
  referenceDate: IsoDate;
  counts: Record<RagState, number>;
  overdue: number;
  needsDate: number;
  messages: string[];
}

/**
 * Reads and assesses one sheet's plan: layout, timescales, status, cross-references. Pure; never throws on
 * any grid (a problem becomes a message).
 *
 * @example assessGrid(grid, { asOf: '2015-01-21' }).counts.red
 */
export function assessGrid(grid: Grid, options: AssessOptions): Assessment {
  if (!isIsoDate(options.asOf)) throw new PlanError('options', `the as-of date "${options.asOf}" is not a YYYY-MM-DD date`);
  const layout = readLayout(grid, options.layout);
  const origin = grid.origin ?? { row: 0, col: 0 };

  // Pass 1: timescales with their stated years, to learn the plan's own period. Each distinct text is read once.
  const pass1 = new Map<string, Timescale>();
  const readPass1 = (cell: NonNullable<PlanRow['cells']['timescale']>) => {
    if (typeof cell.value === 'number') return readTimescaleCell(cell);
    let t = pass1.get(cell.text);
    if (!t) pass1.set(cell.text, (t = readTimescaleCell(cell)));
    return t;
  };
  const firstPass = layout.rows.map((r) => (r.cells.timescale ? readPass1(r.cells.timescale) : null));
  const stated = firstPass
    .flatMap((t) => t?.milestones ?? [])
    .filter((m) => m.yearSource !== 'context' && m.role === 'deadline')
    .map((m) => m.date)
    .sort();
  const referenceDate = stated.length > 0 ? stated[Math.floor(stated.length / 2)] : options.asOf;
  const context = { referenceDate, referenceLabel: stated.length > 0 ? "the plan's other timescales" : 'the as-of date' };

  // Pass 2: with the plan's period known, dates without a year can be placed.
  const pass2 = new Map<string, Timescale>();
  const readPass2 = (cell: NonNullable<PlanRow['cells']['timescale']>) => {
    if (typeof cell.value === 'number') return readTimescaleCell(cell, context);
    let t = pass2.get(cell.text);
    if (!t) pass2.set(cell.text, (t = readTimescaleCell(cell, context)));
    return t;
  };

  const rows: AssessedRow[] = [];
  const siipByObjective = new Map<string, string[]>();
  let above: ReturnType<typeof classifyStatus> | undefined;
  for (let i = 0; i < layout.rows.length; i++) {
    const r = layout.rows[i];
    const text = (role: keyof PlanRow['cells']) => r.cells[role]?.text ?? '';
    const timescale = r.cells.timescale ? readPass2(r.cells.timescale) : missingTimescale();
    const assessment = classifyStatus({
      status: text('status'),
      rag: text('rag'),
      timescale,
      asOf: options.asOf,
      above,
      rules: options.rules,
    });
    above = assessment;
    const found = ownReferences(r);
    const siip = found.refs.length === 0 ? NO_REFS : found.refs.filter((x) => x.scheme === 'SIIP').map((x) => x.ref);
    const objective = r.cells.objective;
    let objectiveSiip: string[] = NO_REFS;
    if (objective) {
      const key = a1(objective.row, objective.col);
      if (!objective.inherited) {
        const refs = findReferences(objective.text).refs;
        siipByObjective.set(key, refs.length === 0 ? NO_REFS : refs.filter((x) => x.scheme === 'SIIP').map((x) => x.ref));
      } else objectiveSiip = siipByObjective.get(key) ?? NO_REFS;
    }
    rows.push({
      gridRow: r.row,
      row: origin.row + r.row + 1,
      ref: r.ref,
      section: r.section,
      objective: text('objective'),
      action: text('action') || (r.cells.action ? '' : text('objective')),
      lead: text('lead'),
      status: text('status'),
      timescale,
      state: assessment.state,
      reasons: timescale.assumptions.length === 0 ? assessment.reasons : combinedReasons(assessment.reasons, timescale),
      explicitRag: assessment.explicit,
      contradiction: assessment.contradiction,
      overdue: assessment.overdue,
      daysOverdue: assessment.daysOverdue,
      siip,
      objectiveSiip,
      refs: found.refs,
      mentions: found.mentions,
      cells: r.cells,
    });
  }

  const counts: Record<RagState, number> = { red: 0, amber: 0, green: 0, complete: 0, none: 0 };
  for (const r of rows) counts[r.state]++;
  return {
    asOf: options.asOf,
    layout,
    rows,
    referenceDate,
    counts,
    overdue: rows.filter((r) => r.overdue).length,
    needsDate: rows.filter((r) => r.timescale.needsDate).length,
    messages: layout.messages,
  };
}

/** A workbook's plan: the chosen sheet, its assessment and the SIIP register if there is one. */
export interface WorkbookAssessment extends Assessment {
  sheet: string;
  register: Register | null;
}

/**
 * Picks the sheet with a plan table (the one with most action rows), finds a SIIP register among the others,
 * and assesses the plan. With `sheet` given, that sheet is used.
 */
export function assessWorkbook(sheets: SheetGrid[], options: AssessOptions & { sheet?: string }): WorkbookAssessment {
  if (sheets.length === 0) throw new PlanError('workbook', 'the workbook has no sheets');
  let chosen: SheetGrid | undefined;
  let best: Assessment | undefined;
  if (options.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
    if (!chosen) throw new PlanError('sheet', `no sheet named "${options.sheet}" (sheets: ${sheets.map((s) => s.name).join(', ')})`);
    best = assessGrid(chosen.grid, options);
  } else {
    for (const s of sheets) {
      const a = assessGrid(s.grid, options);
      if (!best || a.rows.length > best.rows.length) {
        best = a;
        chosen = s;
      }
    }
  }
  const register = findRegister(sheets.filter((s) => s !== chosen));
  return { ...best!, sheet: chosen!.name, register };
}

/** An error with an origin (which part of the input) and a cause, for messages people can act on. */
export class PlanError extends Error {
  constructor(
    readonly origin: string,
    readonly cause_: string,
  ) {
    super(`${origin}: ${cause_}`);
    this.name = 'PlanError';
  }
}

/** The references in a row's own cells (each cell read once per distinct text). */
function ownReferences(r: PlanRow): References {
  let refs: Reference[] | null = null;
  let mentions: string[] | null = null;
  for (const role in r.cells) {
    const cell = r.cells[role as keyof PlanRow['cells']];
    if (!cell || cell.inherited || !cell.text) continue;
    const found = findReferences(cell.text);
    for (const x of found.refs) {
      if (!refs) refs = [];
      if (!refs.some((y) => y.scheme === x.scheme && y.ref === x.ref)) refs.push(x);
    }
    for (const m of found.mentions) {
      if (!mentions) mentions = [];
      if (!mentions.includes(m)) mentions.push(m);
    }
  }
  // most rows cite nothing: they share one empty answer (read-only)
  return refs || mentions ? { refs: refs ?? NO_REFERENCES, mentions: mentions ?? NO_REFS } : NOTHING;
}

const NO_REFS: string[] = [];
const NO_REFERENCES: Reference[] = [];
const NOTHING: References = { refs: NO_REFERENCES, mentions: NO_REFS };

const TIMESCALE_REASONS = new WeakMap<Timescale, string[]>();
const COMBINED = new WeakMap<string[], WeakMap<Timescale, string[]>>();

/** A row's reasons: the status reasons, then the timescale's assumptions; shared between rows that read alike. */
function combinedReasons(status: string[], t: Timescale): string[] {
  let byTimescale = COMBINED.get(status);
  if (!byTimescale) COMBINED.set(status, (byTimescale = new WeakMap()));
  let r = byTimescale.get(t);
  if (!r) byTimescale.set(t, (r = [...status, ...timescaleReasons(t)]));
  return r;
}

/** A timescale's assumptions as reasons ("timescale: '14' read as the year 2014"), made once per reading. */
function timescaleReasons(t: Timescale): string[] {
  let r = TIMESCALE_REASONS.get(t);
  if (!r) TIMESCALE_REASONS.set(t, (r = t.assumptions.map((a) => `timescale: ${a}`)));
  return r;
}

function missingTimescale(): Timescale {
  return {
    text: '',
    kind: 'none',
    milestones: [],
    due: null,
    precision: null,
    recurrence: null,
    event: null,
    assumptions: ['the plan has no timescale column'],
    needsDate: false,
  };
}
