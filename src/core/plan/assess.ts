import { daysBetween, endOfMonth, formatUkDate, isIsoDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import { cellText, type CellValue, type Grid, type SheetGrid } from '../grid';
import { isBlank, quoteList } from '../layout/readLayout';
import { timescaleNotes } from '../timescale/timescaleNotes';
import { Cache, Memo } from '../memo';
import { matrixLeads } from '../layout/leadMatrix';
import { readLayout } from '../layout/readLayout';
import type { Layout, LayoutOverride, PlanRow, RoleCell, Section } from '../layout/types';
import {
  classifyRead,
  isRagWord,
  ragCellColour,
  readStatusText,
  saysNothingElse,
  type RagColour,
  type RagSource,
  type RagState,
  type StatusInput,
  type StatusAssessment,
  type StatusRules,
  type StatusTextReading,
} from '../status/classifyStatus';
import { countDateOrder } from '../timescale/refiners/monthFirstDates';
import { calendarYearPlan, financialYearAround, planPeriodFromText, probableYearTypo, type PlanPeriod } from '../timescale/planPeriod';
import { finishTimescale, parseTimescale, parseTimescaleAlone, type TimescaleDraft } from '../timescale/parseTimescale';
import { readTimescaleCell } from '../timescale/readTimescaleCell';
import { countTerms, isTermsPlan, seasonAsTerm } from '../timescale/seasonAsTerm';
import { academicYearFromAugust, asCollegeYear } from '../timescale/collegeYear';
import {
  agreedOn,
  atNamedOccasion,
  atNextMeeting,
  atReview,
  meetingOn,
  nextMeetingOn,
  planDatedOn,
  publishedOn,
  reviewOn,
  visitGiven,
  withinOfPlanStart,
  withinOfPublication,
  withinOfRaised,
} from '../timescale/afterPublication';
import { comingRound } from '../timescale/comingRound';
import { updateInCell } from '../status/updateInCell';
import { deadlineInWords } from '../timescale/deadlineInWords';
import { keyRatesCompliance, planKeyTexts, readRagKey, redMeansNotStarted } from '../status/ragKey';
import { findRevision, revisedTimescale, revisionInText, timescaleRevision, type Revision } from '../timescale/reviseDue';
import type { Timescale, TimescaleContext } from '../timescale/types';
import { bareReferences } from '../xref/bareReferences';
import { findReferences, type Reference, type References } from '../xref/findReferences';
import * as defaultRules from '../vocab/status';
import { ANNUAL_REPORT, NEXT_STEP_HEADERS, ON_TRACK_ANSWERS, ON_TRACK_ASKED, RISK_SCORE_HEADER, SAID_WE_WOULD, TARGET_WORD } from '../vocab/headers';
import { DEADLINE_HEADING, SPAN_ALONE } from '../vocab/timescalePhrases';
import { normaliseHeader } from '../layout/matchHeader';
import { dueAtReportYearEnd } from '../timescale/dueAtReportYearEnd';
import { doneAsAsked } from '../status/doneAsAsked';
import { latestUpdate } from '../status/latestUpdate';
import { colourRag } from '../status/colourRag';
import { correctSpelling } from '../correctSpelling';
import { collapseWhiteSpace } from '../whiteSpace';
import { clip } from '../status/sentences';
import { findRegister, type Register } from './register';

/** Options for assessing a plan. The as-of date is always given: the core never reads the clock. */
export interface AssessOptions {
  /** The date states and overdue are judged against, `YYYY-MM-DD`. */
  asOf: IsoDate;
  /** Corrections to the detected layout. */
  layout?: LayoutOverride;
  /** Status vocabulary and rules (defaults in `vocab/status.ts`). */
  rules?: StatusRules;
  /**
   * The plan's title (a sheet name such as "Business Plan 2014-15"), read for the plan's period. `assessWorkbook`
   * passes the sheet name; title rows above the table are read as well.
   */
  title?: string;
}

/** One earlier (or the current) period update of a row, for "what changed". */
export interface AssessedUpdate {
  /** The column's header ("Update Sep 2015"). */
  readonly header: string;
  /** The period its header names, if any. */
  readonly period: IsoDate | null;
  readonly text: string;
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
  /** Why: shared between rows that read alike, so read-only. */
  reasons: readonly string[];
  explicitRag: RagColour | null;
  /** How the explicit RAG was given: a word (`text`), a hand-coloured cell (`fill`) or coloured text (`font colour`). */
  ragSource: RagSource | null;
  contradiction: string | null;
  overdue: boolean;
  daysOverdue: number | null;
  /**
   * The due date the plan's timescale column gives. Equal to `timescale.due` unless a revised date (a column, or a
   * status such as "pushed back to March 2015") superseded it; then `timescale.due` is the revised date.
   */
  originalDue: IsoDate | null;
  /** The original due date when a revision superseded it, else null ("due Mar 2015, revised from Dec 2014"). */
  revisedFrom: IsoDate | null;
  /** The revision, when there is one: its date, where it came from, and the words it was read from. */
  revision: Revision | null;
  /** "check the year: ..." when the due date is probably a typo for a year later (before the plan period began). */
  checkYear: string | null;
  /** The percentage complete the plan gives (0-100), or null when it keeps none for this row. */
  percentComplete: number | null;
  /** The word that closed the action without it being done ("Superseded", "Withdrawn"), else null. */
  closed: string | null;
  /**
   * The header of the column the status was read from when the table keeps several ("Update Sep 2015"), or the RAG
   * when it keeps one RAG column per period ("Q3"), else null (the table's one status column).
   */
  updateColumn: string | null;
  /** Every period update the row has, oldest first (the last is the current status); empty for one status column. */
  updates: readonly AssessedUpdate[];
  /** SIIP references cited in this row's own cells. */
  siip: readonly string[];
  /** SIIP references of the objective this row continues (cited on a row above). */
  objectiveSiip: readonly string[];
  /** Every scheme reference in the row's own cells (SIIP included). */
  refs: readonly Reference[];
  /** Schemes named without a number. */
  mentions: readonly string[];
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
  /**
   * What the plan lacks for a RAG, to say before anything else: `status` (no status, RAG or % column: no action can
   * be rated from its progress) and `timescale` (no timescale column: nothing can be overdue).
   */
  missingColumns: Array<'status' | 'timescale'>;
  /** The messages to show first (in the report's first lines, the pane and the board summary), e.g. a missing column. */
  warnings: string[];
  /** The plan's period (from its title, else the financial year of its timescales), for "check the year". */
  planPeriod: PlanPeriod | null;
}

/**
 * Reads and assesses one sheet's plan: layout, timescales, status, cross-references. Pure; never throws on
 * any grid (a problem becomes a message).
 *
 * @example assessGrid(grid, { asOf: '2015-01-21' }).counts.red
 */
export function assessGrid(grid: Grid, options: AssessOptions): Assessment {
  if (!isIsoDate(options.asOf)) throw new PlanError('options', `the as-of date "${options.asOf}" is not a YYYY-MM-DD date`);
  // one assessment's memory: nothing read here outlives this call
  const memo = new Memo();
  const layout = readLayout(grid, options.layout, memo);
  const origin = grid.origin ?? { row: 0, col: 0 };

  // Pass 1: timescales with their stated years, to learn the plan's own period. Each distinct text is read once.
  // Each row's reading is kept by its position; rows repeating a text share one reading while that pays (a plan
  // whose timescales are distinct row to row stops remembering them by text).
  const firstReadings: Array<Timescale | undefined> = new Array(layout.rows.length);
  const pass1 = new Cache();
  // what pass 1 read of a text whose reading depends on the context ("August Board"): pass 2 finishes it rather
  // than reading the text again
  const drafts = new Map<Timescale, TimescaleDraft>();
  const keepDraft = (reading: Timescale, draft: TimescaleDraft) => drafts.set(reading, draft);
  const parseAlone = (text: string) => parseTimescaleAlone(text, keepDraft);
  // a column of the plan's own years ("Year | 1", "2", "1 and 2"): each read as "Year 1", "Years 1-2"
  const yearColumn = layout.blocks.map((b) => b.columns.timescale !== undefined && PLAN_YEAR_HEADER.test(b.headers?.[b.columns.timescale] ?? ''));
  // a table with no timescale column but a "Date completed" column (a school's Prevent risk assessment: "Date
  // Completed | Summer 1 2017"): its entries are when the work was done or, where they are still to come or the status
  // says the work is yet to be done, when it is due; read as the timescale too
  const doneAsTimescale = layout.blocks.map((b) => b.columns.timescale === undefined && b.extra?.done !== undefined && b.timeline === undefined);
  let datedInDone = 0;
  // a timescale column whose header names a period ("2014/2015 target"): that period, for the cells naming no date
  const headerPeriods = layout.blocks.map((b) => {
    const header = b.columns.timescale === undefined ? undefined : b.headers?.[b.columns.timescale];
    if (!header || !TARGET_WORD.test(header)) return null;
    const t = parseTimescale(header);
    return t.kind === 'date' ? withAssumption(t, `no date in the cell: the period the column's header names ("${collapseWhiteSpace(header)}")`) : null;
  });
  const dateInDone = (r: PlanRow) => {
    const cell = r.extra?.done;
    // (a yes-or-no answer, "Delivered? | Y", gives no date)
    if (!cell || cell.inherited || typeof cell.value === 'boolean' || isBlank(cell.text) || YES_OR_NO.test(cell.text)) return undefined;
    datedInDone++;
    return cell;
  };
  const timescaleCells =
    yearColumn.includes(true) || doneAsTimescale.includes(true)
      ? layout.rows.map((r) =>
          r.cells.timescale && yearColumn[r.block] ? asPlanYear(r.cells.timescale) : doneAsTimescale[r.block] ? dateInDone(r) : r.cells.timescale,
        )
      : null;
  const timescaleOf = (r: PlanRow, i: number) => (timescaleCells ? timescaleCells[i] : r.cells.timescale);
  const readPass1 = (cell: NonNullable<PlanRow['cells']['timescale']>) =>
    typeof cell.value === 'number' ? readTimescaleCell(cell) : pass1.get(cell.text, parseAlone);
  // a text with no digit states no year: it cannot tell the plan's period, so pass 1 skips it. The deadlines with a
  // stated year are counted by date (plans repeat dates), and their median is the reference date.
  const statedCount = new Map<IsoDate, number>();
  let stated = 0;
  // numeric dates that can be read only month first ("12/31/2024") or only day first ("31/12/2024")
  const order = { monthFirst: 0, dayFirst: 0 };
  // timescales that are school terms, and seasons: in a plan of terms, "Spring 2024" is the spring term
  const termsCount = { terms: 0, seasons: 0 };
  for (let i = 0; i < layout.rows.length; i++) {
    const cell = timescaleOf(layout.rows[i], i);
    if (cell && typeof cell.value !== 'number') countTerms(cell.text, termsCount);
    if (!cell || (typeof cell.value !== 'number' && !hasDigit(cell.text))) continue;
    // (once a date can only be day first, the plan is not read month first whatever follows: no more counting)
    if (typeof cell.value !== 'number' && order.dayFirst === 0) countDateOrder(cell.text, order);
    const first = (firstReadings[i] = readPass1(cell));
    // indexed loops over the rows' lists here and below: an iterator's result per item was not optimised away
    for (let k = 0; k < first.milestones.length; k++) {
      const m = first.milestones[k];
      if (m.yearSource === 'context' || m.role !== 'deadline') continue;
      statedCount.set(m.date, (statedCount.get(m.date) ?? 0) + 1);
      stated++;
    }
  }
  const referenceDate = stated > 0 ? nthDate(statedCount, Math.floor(stated / 2)) : options.asOf;
  // the period the plan states (its title, or a title row above the table); else the financial year its timescales
  // centre on
  const lines = titleLines(grid, layout);
  const statedPeriod = periodOf(lines, options.title);
  const planPeriod = statedPeriod ?? (stated > 0 ? financialYearAround(referenceDate) : null);
  // "check the year" against a period only inferred from the dates only when the early dates are a few strays: a plan
  // running over two years ("Dec 2014 – March 2015" beside "Q2 2015/16") has no typo in its earlier dates
  let early = 0;
  if (!statedPeriod && planPeriod) for (const [date, n] of statedCount) if (date < planPeriod.start) early += n;
  const yearCheckPeriod = statedPeriod ?? (early <= stated * MAX_STRAY_SHARE ? planPeriod : null);
  const context: TimescaleContext = {
    referenceDate,
    referenceLabel: stated > 0 ? "the plan's other timescales" : 'the as-of date',
    // "by end of financial year", "End of Q3": the plan's own financial year (a one-year plan's, else the year its
    // timescales centre on)
    // (inside the period the plan states: "Q2" in a 2021-2024 strategy whose carried-over dates centre on 2020 is
    // 2021-22's)
    financialYearStart: isOneYear(planPeriod)
      ? parseIso(planPeriod!.start).year
      : inStatedPeriod(parseIso(financialYearAround(referenceDate).start).year, statedPeriod),
    placeInFinancialYear: isOneYear(planPeriod) && planPeriod!.from !== "the plan's timescales",
    // "Year 2": counted from the period the plan states (never from one inferred from its dates), or from the longer
    // plan whose year it says it is ("Annual Plan 2021-22 (Year 2 of the Strategic Plan 2020-2023)": from 2020)
    planStartYear: statedPeriod ? (strategicStart(lines) ?? parseIso(statedPeriod.start).year) : undefined,
    planEnd: statedPeriod?.end,
    // a plan of one calendar year ("Business Plan 2018"): its quarters and year end are the calendar's
    calendarYear: statedPeriod?.calendar ? parseIso(statedPeriod.start).year : undefined,
    // numeric dates written month first, as a US tool exports them ("12/31/2024" and none "31/12/2024")
    monthFirst: order.monthFirst > 0 && order.dayFirst === 0,
  };

  const termsPlan = isTermsPlan(termsCount);
  // an academic year the title lines say runs from 1 August, as a college's does
  const collegeYear = academicYearFromAugust(lines);
  const asTerm = (t: Timescale) => seasonAsTerm(t, context) ?? t;

  // Pass 2: with the plan's period known, dates without a year can be placed.
  const pass2 = new Cache();
  const parseInContext = (text: string) => parseTimescale(text, context);
  // the draft `finishPending` finishes (one function for every row, not one made per row)
  let pending: TimescaleDraft | undefined;
  const finishPending = () => finishTimescale(pending!, context);
  const readPass2 = (cell: NonNullable<PlanRow['cells']['timescale']>, i: number) => {
    if (typeof cell.value === 'number') return readTimescaleCell(cell, context);
    // a reading with every year stated is the same with the plan's context: pass 1's is kept (but for dates read
    // month first in a plan written so)
    const first = firstReadings[i];
    if (context.monthFirst) return pass2.get(cell.text, parseInContext);
    if (first && !first.contextual) return first;
    const draft = first && drafts.get(first);
    if (!draft) return pass2.get(cell.text, parseInContext);
    pending = draft;
    return pass2.get(cell.text, finishPending);
  };

  const rules = options.rules ?? defaultRules;
  // the date a case review's report was published, where the lines above the table give it
  const published = publishedOn(lines);
  // the date the plan itself was agreed, where they give it ("Action plan agreed by the Partnership Board 15 October 2021")
  const agreed = agreedOn(lines);
  // the date the plan gives as its own ("Date of this plan: 14 November 2025"): "Immediately" is due then
  const dated = planDatedOn(lines);
  // the meeting the plan's actions were agreed at, where its timescales run from ("Date of outcome meeting: 12/09/2023")
  const meeting = meetingOn(lines);
  // the meeting an action log was prepared for ("updated for the Board meeting of Tuesday 15th March 2011")
  const nextMeeting = nextMeetingOn(lines);
  // the visit whose recommendations the plan answers ("Date of visit: 09/12/2024", a Regulation 44 report)
  const visit = visitGiven(lines);
  // the review the plan comes back to ("Date of review meeting: 14/11/2023"): "By the review meeting" is due then
  const review = reviewOn(lines);
  // where a span with no start of its own ("Within 14 days") is counted from, when no row says when it was raised
  const spanStart = meeting
    ? { day: meeting, from: 'the outcome meeting the plan gives', wholeMonth: false }
    : visit
      ? { day: visit.day, from: 'the visit the plan gives', wholeMonth: visit.wholeMonth }
      : null;
  const keyTexts = planKeyTexts(grid, layout);
  const ragKey = readRagKey(keyTexts, rules);
  // tables whose RAG rates something other than how the action stands, set aside so the action is read from its words:
  // compliance with a standard when the self-assessment was made, as the plan's key says ("Fully compliant",
  // "Non-compliant"), or each row's risk, as the table scores it ("Gross Score | ... | Residual Score | RAG rating", a
  // risk register kept as a plan)
  const compliance = keyRatesCompliance(keyTexts);
  const ragRates = layout.blocks.map((b): keyof typeof RAG_RATES | null =>
    compliance
      ? 'compliance'
      : b.columns.rag !== undefined && (grid.values[b.headerRow] ?? []).some((v) => typeof v === 'string' && RISK_SCORE_HEADER.test(v))
        ? 'risk'
        : null,
  );
  // tables keeping one RAG column per period: the latest column any row of each was rated in
  const latestRated = latestRatedColumns(layout);
  // (a rating of done stands: a finished action is not rated again, "Complete" in Q1 and nothing after)
  const isStaleRating = (r: PlanRow, planned: Timescale): boolean => {
    const at = ratedColumn(layout, r);
    return (
      at >= 0 &&
      at < (latestRated.get(r.block) ?? -1) &&
      planned.kind === 'date' &&
      planned.due !== null &&
      planned.due < options.asOf &&
      !ratedDone(r.cells.rag, rules)
    );
  };
  const greenIsBest = ratesGreenAtBest(layout, ragKey, rules);
  // the date a row's cell gives ("Date of last update", "Date of visit"), if it gives one; a cell merged down from the
  // row above gives it only where `merged` says it may (a visit's date over the recommendations made at it)
  // a cell's date: a date cell as the sheet gives it, words as the plan's other dates are read
  const whenIn = (cell: RoleCell): Timescale => (typeof cell.value === 'number' ? readTimescaleCell(cell, context) : parseNearby(cell.text));
  const dayIn = (cell: RoleCell, merged = false): IsoDate | null => {
    if ((cell.inherited && !merged) || isBlank(cell.text)) return null;
    const when = whenIn(cell);
    return when.kind === 'date' && when.due !== null ? when.due : null;
  };
  // the day a status cell of only a date gives, when it has come by the as-of date; else null
  const dayDone = (cell: RoleCell): IsoDate | null => {
    if (cell.inherited) return null;
    const when = whenIn(cell);
    return when.kind === 'date' && when.precision === 'day' && when.due !== null && when.due <= options.asOf ? when.due : null;
  };
  // rows that read alike (same timescale reading, status, RAG, colours, percentage) get one answer, read-only
  const verdicts = new Verdicts();
  // the date a status moves an action to, read once per distinct status in this plan
  const revisions = new Cache();
  // the words after a revision phrase ("to March 2015"), read once per distinct wording
  const nearby = new Cache();
  // (in a plan of school terms, a season the status moves the work to is the term: "Remaining 2 moved to Autumn 2020")
  const parseNearby = termsPlan ? (text: string) => asTerm(nearby.get(text, parseInContext)) : (text: string) => nearby.get(text, parseInContext);
  // (its misspelt words read as the words they stand for, as the status is: "deffered to Feb 21 meeting")
  const readRevision = (s: string) => revisionInText(correctSpelling(s)?.text ?? s, context, parseNearby);
  // an action log's meetings: the day each row was raised at, a blank cell the day of the row above (a log writes a
  // meeting's date on its first action only), and the days of all of them in order
  const logged = loggedMeetings(layout, (cell) => dayIn(cell, true));
  // a row's next-step column ("We did | What's next"), not an annual report's "Still to do"
  const isNextStep = (r: PlanRow): boolean => {
    const left = r.extra?.left;
    return !!left && !left.inherited && NEXT_STEP_HEADERS.includes(normaliseHeader(layout.blocks[r.block]?.headers?.[left.col] ?? ''));
  };
  // rows dated by their action's own words, where the plan has no timescale column
  let datedInAction = 0;
  // (or, where the action names none, by the words of the objective or recommendation it answers: "By 27/03/25, seek
  // changes to ..." over its parts 7.1 and 7.2)
  // (or by the next step beside it, in an easy read or young people's plan: "We did | What's next", "by the end of the
  // school year")
  const inActionWords = (r: PlanRow): Timescale | null => {
    const action = r.cells.action?.text ?? '';
    const own = deadlineInWords(action, parseNearby);
    const left = r.extra?.left;
    const next = own ?? (left && isNextStep(r) ? deadlineInWords(left.text, parseNearby) : null);
    const inObjective = next ?? (r.cells.objective ? deadlineInWords(r.cells.objective.text, parseNearby) : null);
    // (or by the line over it giving the date its milestones are due by: "By September 2015")
    const heading = r.section && layout.blocks[r.block]?.columns.timescale === undefined && DEADLINE_HEADING.test(r.section.title) ? r.section.title : null;
    const t = inObjective ?? (heading ? deadlineInWords(heading, parseNearby) : null);
    if (!t) return null;
    datedInAction++;
    const from = own ? 'action' : next ? 'next step' : inObjective ? 'objective' : 'heading over it';
    return withAssumption(t, `the plan has no timescale column: due date read from the ${from} ("${t.text.trim()}")`);
  };
  /**
   * An entry in a "Date completed" / "Achieved?" column that says the action is not done: "No", "x", "N/A", words
   * saying the work goes on ("Ongoing", "In progress", "Awaiting evidence", "Partially"), a date still to come, or a
   * target ("Due March 2017", "Target Dec 16").
   */
  const notDone = (cell: NonNullable<PlanRow['cells']['timescale']>, text: string): boolean => {
    if (NOT_DONE.test(text) || rules.IN_PROGRESS.test(text) || rules.BLOCKERS.test(text) || rules.PARTIAL.test(text) || DONE_PLANNED.test(text)) return true;
    const when = typeof cell.value === 'number' ? readTimescaleCell(cell, context) : parseNearby(text);
    // ("Termly", "Annually": a round of work, not the date it was done; "30/11/2016 – monthly dip sampling now in place"
    // is a date done)
    return (when.kind === 'recurring' && when.milestones.length === 0) || (when.kind === 'date' && when.due !== null && when.due > options.asOf);
  };
  const statusRevision = (status: string) => revisions.get(status, readRevision);
  // rows whose progress is written in the action cell ("Update – ..."), where the plan has no status column
  let updatesInAction = 0;
  const updateInAction = (text: string): string => {
    const update = updateInCell(text);
    if (update === null) return '';
    updatesInAction++;
    return update;
  };
  const reasons = new Reasons();
  // an annual report's "What we said we'd do" with no timescale column: due at the end of the year it reports on
  // (the year the plan states, else the one its "Annual Report 2016-17" line names)
  const reportLine = ANNUAL_REPORT.test(options.title ?? '') ? options.title! : lines.find((t) => t.length <= 160 && ANNUAL_REPORT.test(t));
  const reportPeriod = reportLine === undefined ? null : (statedPeriod ?? planPeriodFromText(reportLine));
  const reportYearEnd = layout.blocks.map((b) =>
    reportPeriod && b.columns.timescale === undefined && b.columns.action !== undefined && SAID_WE_WOULD.test(b.headers?.[b.columns.action] ?? '')
      ? dueAtReportYearEnd(reportPeriod, context)
      : null,
  );
  // "Still to do" saying the work goes on ("Ongoing – findings reported to the Board every six months"), where the row
  // has no timescale: a round of work, not a commitment due at the year's end
  const ongoingLeft = (r: PlanRow): Timescale | null => {
    const left = r.extra?.left;
    if (!left || left.inherited || isBlank(left.text)) return null;
    const t = parseNearby(left.text);
    return t.kind === 'recurring'
      ? withAssumption(t, `the plan has no timescale column: "${collapseWhiteSpace(left.text.trim())}" says the work goes on`)
      : null;
  };
  const linkIsSiip = layout.blocks.map((b) => b.columns.link !== undefined && /\bsiip\b/i.test(b.headers?.[b.columns.link] ?? ''));
  // a RAG column asking whether the action is on track ("On track? (Y/N)"): its header, by block
  const onTrackAsked = layout.blocks.map((b) => {
    const header = b.columns.rag !== undefined ? (b.headers?.[b.columns.rag] ?? '') : '';
    return ON_TRACK_ASKED.test(header) ? header.trim() : '';
  });
  // one assessed row per layout row, made at its size (a list grown by push is copied as it grows, and kept with up to
  // half its length spare)
  const rows: AssessedRow[] = new Array(layout.rows.length);
  // a plan with no lead column may mark its leads in a matrix (one column per group, "X" under each)
  const leadsByMatrix = matrixLeads(grid, layout);
  // by the objective cell's position (row and column in one number)
  const siipByObjective = new Map<number, readonly string[]>();
  let above: StatusAssessment | undefined;
  // "check the year" by due date, for this plan's period
  const checks = new Map<IsoDate, string | null>();
  // the words a row gives to be rated, and where they came from (one function per row, not one long loop: it is
  // optimised once and stays so from one assessment to the next)
  const wordsOf = (r: PlanRow, i: number): RowWords => {
    // with no timescale column, a deadline written into the action's own words ("... to 75% by March 2025")
    const timescaleCell = timescaleOf(r, i);
    const inCell = timescaleCell
      ? doneAsTimescale[r.block]
        ? withAssumption(readPass2(timescaleCell, i), `the plan has no timescale column: due date read from the completion column`)
        : readPass2(timescaleCell, i)
      : (inActionWords(r) ?? missingTimescale());
    // ("Spring 2024" among a school's "Autumn term 2023" and "Summer term 2024": the spring term, to 31 March)
    const asTermRead = termsPlan && timescaleCell ? asTerm(inCell) : inCell;
    // ("End of academic year" in a college's plan whose year runs 1 August to 31 July: 31 July)
    const cellRead = collegeYear && timescaleCell ? (asCollegeYear(asTermRead) ?? asTermRead) : asTermRead;
    // a target with no date of its own ("750") under a header naming its year ("2014/2015 target"): due at its end
    // (no timescale column: work "Still to do" says goes on; or, in an annual report, the end of the year it covers)
    const goesOn = cellRead.kind === 'none' && !r.cells.timescale ? ongoingLeft(r) : null;
    const read = cellRead.kind !== 'none' ? cellRead : (headerPeriods[r.block] ?? goesOn ?? reportYearEnd[r.block] ?? cellRead);
    // a revision written in the timescale itself ("Dec 2015 (revised to Mar 2016)"): the plan's own date is the first
    const inTimescale = typeof r.cells.timescale?.value === 'string' ? timescaleRevision(read, context, parseNearby) : null;
    // "Within 3 months of publication", counted from the publication date the plan gives above its table (or of the plan
    // being agreed, from the date it was agreed); a yearly month with no year ("Annually (November)") is the next
    // November on or after the as-of date, and a first round past ("Six-monthly (first report March 2016)") the next
    // ("Within 18 months", "18 months": counted from the start of the period the plan states)
    // ("Within 1 month" beside the "Date of visit" the recommendation was made at: counted from that day)
    // (or from the outcome meeting the lines above the table give: "Within 14 days" of "Date of outcome meeting: 12/09/2023")
    const spanned = read.kind === 'event' || read.kind === 'none';
    const raisedDay = r.extra?.raised ? dayIn(r.extra.raised, true) : null;
    const raised = spanned ? raisedDay : null;
    const fromRaised = raised
      ? withinOfRaised(read, raised, context)
      : spanStart && spanned
        ? withinOfRaised(read, spanStart.day, context, spanStart.from, spanStart.wholeMonth)
        : // (or, in a plan answering a report whose publication the lines above give, a span naming no start of its own
          // from that day: "Within 3 months" under "report published 30 April 2019")
          published && spanned && SPAN_ALONE.test(read.text)
          ? withinOfRaised(read, published, context, 'the publication date the plan gives')
          : null;
    // ("Next meeting" in an action log prepared for a meeting its title lines date: that meeting; raised at an earlier
    // meeting of the log, the log's next meeting after it)
    const raisedAt = read.kind === 'event' ? (logged?.byRow.get(r.row) ?? null) : null;
    const inLog = raisedAt !== null ? logged!.days.find((d) => d > raisedAt && (nextMeeting === null || d < nextMeeting)) : undefined;
    const atMeeting =
      inLog !== undefined
        ? atNextMeeting(read, inLog, raisedAt, context, `the log's next meeting after the one it was raised at`)
        : nextMeeting && read.kind === 'event'
          ? atNextMeeting(read, nextMeeting, r.extra?.raised ? dayIn(r.extra.raised, true) : null, context)
          : null;
    // ("By the review meeting", "Before next visit": the review the title lines date)
    const fromOccasion = fromRaised ?? (review ? atReview(read, review, context) : null);
    // ("Within 3 months of the review", "Before MV2": an occasion the title lines date, "Peer Review (January 2017)")
    // (or the row's own words: "Within 6 weeks of the audit" beside "MSP audit reported 19/05/25")
    const named =
      spanned && !inTimescale && !fromOccasion && !atMeeting
        ? (atNamedOccasion(read, lines, context) ??
          atNamedOccasion(read, [textOf(r.cells.action), textOf(r.cells.objective), textOf(r.cells.status)], context, "the row's own words"))
        : null;
    const scheduled = inTimescale
      ? inTimescale.original
      : fromOccasion
        ? fromOccasion
        : atMeeting
          ? atMeeting
          : (read.kind === 'event' || read.kind === 'none') && (published || agreed)
            ? (withinOfPublication(read, published, context, agreed, dated) ?? named ?? read)
            : named
              ? named
              : read.kind === 'recurring'
                ? comingRound(read, options.asOf)
                : statedPeriod && read.kind !== 'date'
                  ? (withinOfPlanStart(read, statedPeriod.start, context) ?? read)
                  : read;
    // a date with no year, beside the day the row was raised ("End of Q1" for a point raised on 29 March 2019): on or
    // after that day, not in the year the plan's other dates suggest
    const planned = raisedDay !== null ? (afterRaised(scheduled, raisedDay) ?? scheduled) : scheduled;
    // a rating from an earlier period's column than the latest any row of the table was given ("Q2" where the others
    // have "Q3"), for an action now past due: nobody rated it at the last update, so it cannot say whether the date
    // was met; the words are read instead
    const staleRag = r.ragFrom && isStaleRating(r, planned) ? r.ragFrom : null;
    const ragRole = staleRag || ragRates[r.block] ? undefined : r.cells.rag;
    // a rating given as a number (1-4), read through the plan's own key where the sheet carries one
    const ragCell = textOf(ragRole);
    // ("Y" / "N" under "On track? (Y/N)", an exception report: on track, or not: amber, the exception the lead reports)
    const answer = ragRole && onTrackAsked[r.block] ? ON_TRACK_ANSWERS[ragCell.trim().toLowerCase()] : undefined;
    // (a colour's letter, "G", means what the key says its word does: "Green = completed" makes a "G" complete)
    const keyWord = ragKey.size > 0 ? ragCell.trim().toLowerCase() : '';
    // (the letter's colour word, as `RAG_WORDS` gives it: "g" green)
    const letterWord = keyWord.length === 1 ? (rules.RAG_WORDS[keyWord] ?? '') : '';
    const fromKey = answer ?? (ragKey.size > 0 ? (ragKey.get(keyWord) ?? ragKey.get(letterWord)) : undefined);
    // (ongoing work cannot be finished: a green the key makes done, "G = Met", says of a recurring action only that it
    // is on schedule, as a green fill under such a key does)
    const ongoing = fromKey === 'blue' && (rules.RAG_WORDS[keyWord] ?? letterWord) === 'green' && planned.kind === 'recurring';
    const keyed = ongoing ? 'green' : fromKey;
    const ragText = answer
      ? `${answer} ("${ragCell.trim()}" under "${onTrackAsked[r.block]}")`
      : keyed
        ? `${keyed} (${ragCell.trim()} in the plan's key${ongoing ? ', on schedule: ongoing work' : ''})`
        : ragCell;
    // ("2 = In progress", "1 = Not yet started": what the number says, beyond its colour)
    // (or the cell's own words after its colour: "Red - not started", a trust's RAG column giving each colour's meaning
    // in the cell, as a key would)
    const ragMeaning = !keyed
      ? ragCell !== '' && redMeansNotStarted(ragCell, rules)
        ? ('not started' as const)
        : undefined
      : ragKey.inProgress?.has(ragCell.trim()) || ragKey.inProgress?.has(letterWord)
        ? ('in progress' as const)
        : ragKey.notStarted?.has(ragCell.trim())
          ? ('not started' as const)
          : undefined;
    // a "Current status" column holding words, not colours, is the status when the plan has no other
    const ragIsStatus = !r.cells.status && !isBlank(ragText) && !isRagWord(ragText, rules);
    const percentComplete = percentOf(r.extra?.percent);
    // words written where the percentage goes ("Complete", "Not started") are the status of a row that has none
    const percentCell = r.extra?.percent;
    const percentWords = percentComplete === null && percentCell && !percentCell.inherited && !hasDigit(percentCell.text) ? percentCell.text : '';
    // one "Timescale / progress" cell: the date first, then the progress ("September 2019. Complete – briefing
    // circulated"); a cell of only the date says no progress
    // with no status column, the progress written on a line of its own in the action cell ("Update – ...")
    const statusCell = ragIsStatus
      ? ragText
      : r.cells.status && r.cells.status.col === r.cells.timescale?.col
        ? progressAfterDate(r.cells.status.text, parseNearby)
        : r.cells.status
          ? textOf(r.cells.status)
          : r.cells.action && !r.cells.action.inherited
            ? updateInAction(r.cells.action.text)
            : '';
    // a status that is only a day gone by ("15/06/2015", a date cell), as a tracker marks an action done by the day it
    // was done: done that day (a day still to come says no more than the timescale does)
    const doneOn = r.cells.status && statusCell !== '' && DAY_ALONE.test(statusCell) ? dayDone(r.cells.status) : null;
    const statusText = percentWords && isBlank(statusCell) ? percentWords : statusCell;
    // a drop-down's short word, read with the commentary beside it ("In progress. Delayed by the upgrade.")
    // (a note of one dated entry read without its date, time and author: "27/03/2024 16:20 L Okafor: Supervision held")
    // (an empty status cell, coloured or not, leaves the commentary alone: not ". No update received")
    const statusWords = doneOn ? `Completed (${statusCell.trim()})` : statusText;
    const withCommentary = r.commentary ? thenSaid(statusWords, oneEntry(r.commentary.text, rules)) : statusWords;
    // a tick box (TRUE / FALSE) is read as the words for it
    const doneCell =
      r.extra?.done && !r.extra.done.inherited
        ? typeof r.extra.done.value === 'boolean'
          ? r.extra.done.value
            ? 'ticked'
            : 'not ticked'
          : r.extra.done.text.trim()
        : '';
    // "No", "x", "-" in an "Achieved?" column say it is not done
    // "Completed" written where the date would be (a SCRAIP's Timetable) says it is done, as a "Date completed" entry
    const timescaleDone =
      !doneCell &&
      r.cells.timescale &&
      ((planned.kind === 'none' && rules.DONE_IN_TIMESCALE.test(r.cells.timescale.text)) ||
        // "Completed Nov 2014" written over the timescale: done then (not "Complete March 2026", a date still to come:
        // a deadline)
        (planned.kind === 'date' &&
          planned.due !== null &&
          planned.due <= options.asOf &&
          ((rules.DONE_WITH_DATE_IN_TIMESCALE?.test(r.cells.timescale.text) ?? false) ||
            // "Sept 2014 (completed)": the word after the date, read on the cell's last characters
            (rules.DONE_AFTER_DATE_IN_TIMESCALE?.test(r.cells.timescale.text.slice(-(rules.DONE_AFTER_DATE_REACH ?? 40))) ?? false))))
        ? r.cells.timescale.text.trim()
        : '';
    // (where that column is the timescale too, a status saying the work is yet to be done makes its date the target:
    // "Visiting speaker checking procedure to be written." beside "Spring 1 2017")
    const done =
      doneCell &&
      (notDone(r.extra!.done!, doneCell) ||
        // an action log's "Open" (or "On agenda") beside its "Date closed / Comments": the comment is not a closing
        rules.OPEN_ONLY.test(statusText) ||
        (doneAsTimescale[r.block] && (saysNotDone(statusText, rules) || rules.YET_TO_DO.test(statusText))))
        ? ''
        : doneCell || timescaleDone;
    // words there saying the work is not done ("Ongoing – review delayed to April 2016", "Not yet complete", a domestic
    // homicide review's "Date of completion and outcome"): the latest word on it, read after the status
    // (and a comment that closes nothing, as an action log writes in its "Date closed / Comments": "Draft specification
    // sent for comment on 1/3/11" beside "Open", "Business case now to the May Board" beside "In progress")
    // (not the date the column gives where it is the timescale too: "By end of academic year" is when, not a comment)
    const doneWords =
      doneCell &&
      // (a "Met?" column's bare "Not met" says only that it is not done: the status says where it stands)
      !NOT_MET_ONLY.test(doneCell) &&
      (saysNotDone(doneCell, rules) ||
        (done === '' && timescaleDone === '' && !(doneAsTimescale[r.block] && planned.kind === 'date') && COMMENT.test(doneCell)))
        ? doneCell
        : '';
    // an entry in a "Date completed" column says the action is done, when the status says nothing more
    // a tick or date in an "Achieved" / "Date completed" column says it is done, whatever the narrative beside it
    // (a log of dated updates beside it is read for its latest: the completion comes first, and the log after it)
    // "Still to do" saying nothing is left ("None – monitored through the CSE subgroup"), beside what was done: done
    const nothingLeft =
      r.extra?.left && !r.extra.left.inherited && rules.NOTHING_LEFT.test(r.extra.left.text) && !isBlank(withCommentary) && !saysNotDone(withCommentary, rules)
        ? r.extra.left.text.trim()
        : '';
    // a recommendation the body did not agree to ("Not Agreed" under "Agreed / Partly Agreed / Not Agreed"): nothing is
    // outstanding on it, whatever its response says of why
    const agreedCell = r.extra?.agreed;
    const notAgreed = !!agreedCell && rules.NOT_AGREED.test(agreedCell.text);
    // a completion column answered "No" ("N", "x", "Not yet") beside words saying it was done ("Temp fix done by
    // staff"): the board's answer is the later word, the work not complete
    const answeredNo =
      doneCell !== '' && NO_ANSWER.test(doneCell) && !isBlank(withCommentary) && claimsDone(readStatusText(withCommentary, rules, memo))
        ? `Not completed (the completion column says "${doneCell.trim()}")`
        : '';
    const statusRead = notAgreed
      ? 'Recommendation declined.'
      : done !== '' && !rules.NOT_COMPLETE.test(done)
        ? `Completed (${done}). ${latestUpdate(withCommentary)?.text ?? withCommentary}`
        : nothingLeft
          ? `Completed (${nothingLeft}). ${withCommentary}`
          : doneWords
            ? thenSaid(withCommentary, doneWords)
            : answeredNo
              ? thenSaid(withCommentary, answeredNo)
              : withCommentary;
    const colours = coloursOf(ragRole, r.cells.status);
    // words in a RAG column beside the status column ("Off track", "At risk", "Not started", "Closed"): the lead's
    // rating in words, read before the status's own (a number with no key on the sheet is data, not read)
    // ("Not started" there says no more than an empty status: the status's words stand)
    // (a "Progress and RAG" column is both: its words are the status, read once)
    const ragInWords =
      !ragIsStatus &&
      !keyed &&
      r.cells.rag?.col !== r.cells.status?.col &&
      /[a-z]/i.test(ragText) &&
      !isRagWord(ragText, rules) &&
      !rules.EMPTY_LIKE.test(ragText) &&
      // "Open" (an "Open / Closed" column) says only that the action is not closed: nothing to read
      !rules.OPEN_ONLY.test(ragText);
    // ("In Progress (amber)", "Not started (red)": the words with the plan's colour for them in brackets: the words
    // are read, the colour naming them in this plan, not rating the row)
    // (before a log of dated updates, the latest of them: "Closed" then "18/06/19 – 14 visits completed using it.")
    const worded = ragInWords ? thenSaid(ragText.replace(COLOUR_NAMING_WORDS, ''), latestUpdate(statusRead)?.text ?? statusRead) : statusRead;
    // notes of what was done in ongoing work, kept in its timescale cell ("Ongoing\nMeeting held 15th April 2013"),
    // are its update when nothing else is
    const notes = isBlank(worded) ? timescaleNotes(planned) : null;
    // no progress, and the outcome or impact column opens by saying the work is done ("Evidence of impact: Complete –
    // app in use by every team"): that is the update
    const doneInOutcome = !notes && isBlank(worded) && !ragText && !colours ? outcomeSaysDone(r.cells.outcome, rules) : null;
    const rated = notes ?? doneInOutcome ?? worded;
    const doneInColumn = done !== '' && doneCell !== '';
    return {
      planned,
      inTimescale,
      staleRag,
      ragText,
      ragMeaning,
      ragIsStatus,
      ragInWords,
      percentComplete,
      statusText,
      statusRead,
      doneWords,
      colours,
      notes,
      doneOn,
      doneInOutcome,
      rated,
      doneInColumn,
    };
  };
  // the revision a row's revised-date column or status gives ("pushed back to March 2015")
  const revisionOf = (r: PlanRow, w: RowWords): Revision | null =>
    ownRevisionKept(
      r.extra?.revised || w.statusRead ? findRevision(w.planned, r.extra?.revised ?? null, w.statusRead, context, statusRevision, options.asOf) : null,
      w.inTimescale?.revision ?? null,
    ) ??
    w.inTimescale?.revision ??
    // a new date what is still to do gives ("Guidance to be signed off by the Board in July 2017"), for a row with a date
    // of its own or a next step's column (with neither, "Still to do" names a step beyond the commitment, not its date)
    (r.extra?.left && !r.extra.left.inherited && (w.planned.due !== null || isNextStep(r))
      ? findRevision(w.planned, null, r.extra.left.text, context, statusRevision, options.asOf)
      : null) ??
    // an action log's "Carried forward" with no date, due before the meeting the log was prepared for: carried to it
    (nextMeeting && w.planned.kind === 'date' && w.planned.due !== null && w.planned.due < nextMeeting && rules.CARRIED_TO_NEXT.test(w.statusText)
      ? { due: nextMeeting, precision: 'day', source: 'status', text: w.statusText.trim() }
      : null);
  const assessRow = (r: PlanRow, w: RowWords, revision: Revision | null, read: StatusTextReading, found: References, i: number): AssessedRow => {
    const {
      planned,
      staleRag,
      ragText,
      ragMeaning,
      ragIsStatus,
      ragInWords,
      percentComplete,
      statusText,
      doneWords,
      colours,
      notes,
      doneOn,
      doneInOutcome,
      rated,
      doneInColumn,
    } = w;
    let timescale = revision ? revisedTimescale(planned, revision) : planned;
    // the thing the action asked for, said to be done ("Quality group established" for "Establish a quality group"):
    // looked for only where the words say nothing else of the work
    const asked =
      read.phrases && saysNothingElse(read.phrases) && r.cells.action && !r.cells.action.inherited ? doneAsAsked(r.cells.action.text, read.status) : null;
    let assessment = verdict(read, timescale, rated, ragIsStatus ? '' : ragText, colours, percentComplete, above, doneInColumn, asked, ragMeaning);
    // "Audit tool agreed." for an action to audit: something made ready for the work was agreed, not the work done
    // (an action or outcome naming the thing itself, "Develop an audit tool", "Fit for purpose Case Review Framework",
    // is done by it)
    const preparedFor = (a: StatusAssessment): string | null =>
      a.state === 'complete' && (!a.explicit || (a.explicit === 'green' && a.contradiction === null)) && a.closed === null
        ? preparedOnly(read, `${textOf(r.cells.action)} ${textOf(r.cells.outcome)}`, rules)
        : null;
    let prepared = preparedFor(assessment);
    // a completed action's later dates are history, not a revision (a step made ready is not the action completed: the
    // date the work itself now has stands, "Audit tool agreed | Audit to be carried out in April 2016")
    if (revision && revision.source === 'status' && assessment.state === 'complete' && prepared === null) {
      timescale = planned;
      assessment = verdict(read, timescale, rated, ragIsStatus ? '' : ragText, colours, percentComplete, above, doneInColumn, asked, ragMeaning);
    }
    // a rating given before the due date, on a row last updated then, for an action now past due ("Date of last update"
    // 15/09/2023, due 31/12/2023, rated green): it cannot say whether the date was met, so the words are read instead
    // (a rating of done stands: the work was done before the date)
    const updated = r.extra?.updated && assessment.explicit && assessment.state !== 'complete' ? dayIn(r.extra.updated) : null;
    const ratedBeforeDue = updated !== null && timescale.kind === 'date' && timescale.due !== null && updated < timescale.due && timescale.due < options.asOf;
    if (ratedBeforeDue) {
      const rating = assessment.explicit;
      assessment = verdict(read, timescale, rated, '', coloursOf(undefined, r.cells.status), percentComplete, above, doneInColumn, asked);
      assessment = withReasonFirst(
        assessment,
        `the row was last updated on ${formatUkDate(updated!)}, before its due date (${formatUkDate(timescale.due!)}), which has passed: its rating (${rating}) no longer stands; read the words`,
      );
    }
    // (read again where the rating was set aside above)
    if (ratedBeforeDue) prepared = preparedFor(assessment);
    if (prepared) {
      const late = timescale.kind === 'date' && timescale.due !== null && timescale.due < options.asOf;
      // the work itself now due after its date ("Audit to be carried out in April 2016" for March): slipped
      const moved = timescale !== planned && revision !== null && planned.due !== null && timescale.due !== null;
      const step = `"${prepared}": a step towards the action (what the work needs made ready), not the action done${
        moved && !late ? `; the action itself now due ${formatUkDate(timescale.due!)}, after its date (${formatUkDate(planned.due!)}): slipped` : ''
      }`;
      const days = late ? daysBetween(timescale.due!, options.asOf) : null;
      assessment = {
        ...assessment,
        state: late || moved ? 'amber' : 'green',
        overdue: late,
        daysOverdue: days,
        // the claim's reason gives way to this one; the others (a log of updates read, a spelling) stand
        reasons: [
          late ? `past due (${formatUkDate(timescale.due!)}); ${step}` : step,
          ...assessment.reasons.filter((x) => !x.endsWith('says it was done')),
          ...(late ? [`due ${formatUkDate(timescale.due!)}, ${days} days past`] : []),
        ],
      };
    }
    // say where the words came from: the verdict is shared, so a new one
    if (ragInWords) assessment = withReasonFirst(assessment, `the RAG column says "${collapseWhiteSpace(ragText)}" in words`);
    if (doneWords) assessment = withReasonFirst(assessment, `the completion column says "${collapseWhiteSpace(doneWords)}": not done`);
    if (r.extra?.done?.value === true && assessment.state === 'complete') {
      const header = layout.blocks[r.block].headers?.[r.extra.done.col] ?? 'completion';
      assessment = withReasonFirst(assessment, `the "${collapseWhiteSpace(header)}" box is ticked`);
    }
    if (notes) assessment = withReasonFirst(assessment, `no status: read the notes in the timescale cell ("${notes}")`);
    // (said in its own words, not as the "Completed" it was read as)
    if (doneOn && assessment.state === 'complete')
      assessment = {
        ...assessment,
        reasons: [
          `the status is only a day gone by ("${statusText.trim()}"): read as the day it was done`,
          ...assessment.reasons.filter((x) => x !== 'status opens with "Completed"'),
        ],
      };
    if (doneInOutcome) assessment = withReasonFirst(assessment, `no status: the outcome column says "${clip(doneInOutcome)}"`);
    if (staleRag) {
      const latest = layout.blocks[r.block].ragUpdates![latestRated.get(r.block)!].header;
      assessment = withReasonFirst(
        assessment,
        `the row's latest rating ("${staleRag}") is older than the table's ("${latest}") and the action is past due: read the words`,
      );
    }
    if (r.unchangedIn) assessment = withReasonFirst(assessment, `"${r.unchangedIn}" says no change: read "${r.statusFrom}"`);
    const rates = ragRates[r.block];
    if (rates && r.cells.rag && (!isBlank(r.cells.rag.text) || r.cells.rag.fill)) assessment = withReasonFirst(assessment, RAG_RATES[rates]);
    const kept = timescale === planned ? null : revision;
    // a new date written in a revised-date column (or beside the old one in the timescale) means the first one was
    // missed: at least amber until done; so does a later date the status gives once the plan's own has passed ("Now
    // expected Q1 2015/16" for an action due in December)
    const missed = kept !== null && (kept.source !== 'status' || (planned.due !== null && planned.due <= options.asOf));
    // (a colour the plan's key says only means "in progress" says nothing of the date: "Amber – in progress" beside a
    // date moved five months)
    if (kept && missed && (assessment.state === 'green' || assessment.state === 'none') && (!assessment.explicit || assessment.explicitInProgress)) {
      assessment = slipped(assessment, kept, planned.due);
    }
    // "Reviewed and updated Oct 2024; next review June 2025" for an action due June 2025: this round's review is the
    // one still to come by the deadline, not the one done (a next round after the deadline is the next cycle's)
    if (assessment.state === 'complete' && assessment.closed === null && !assessment.explicit && timescale.kind === 'date' && timescale.due) {
      const next = nextRound(rated, parseNearby);
      if (next && next.due > options.asOf && next.due <= timescale.due) {
        assessment = {
          ...withReasonFirst(assessment, `"${next.words}" is still to come, by the due date (${formatUkDate(timescale.due)}): not complete`),
          state: 'green',
        };
      }
    }
    // a recurring action with nothing recorded, in a plan whose stated period has ended ("Quarterly", progress and
    // RAG empty at the end of a 2023/24 plan): every round has fallen due with nothing said, red as a dated action
    // past due with nothing written is
    if (
      assessment.state === 'none' &&
      timescale.kind === 'recurring' &&
      statedPeriod &&
      statedPeriod.end < options.asOf &&
      !assessment.explicit &&
      isBlank(rated)
    ) {
      const ended = `no status, and the plan's period (${formatUkDate(statedPeriod.start)} – ${formatUkDate(statedPeriod.end)}) has ended with nothing recorded for this ${timescale.recurrence} action`;
      // (a recurring action is never overdue by a date: that reason is dropped, this one says why it is red)
      assessment = { ...assessment, state: 'red', reasons: [ended, ...assessment.reasons.filter((x) => !x.startsWith('recurring ('))] };
    }
    above = assessment;
    const checkYear = probableYearTypo(timescale, yearCheckPeriod, checks);

    const siip = siipOf(found.refs);
    const objective = r.cells.objective;
    let objectiveSiip: readonly string[] = NO_REFS;
    if (objective) {
      const key = objective.row * 65536 + objective.col;
      if (!objective.inherited) siipByObjective.set(key, objectiveRefs[i] ?? NO_REFS);
      else objectiveSiip = siipByObjective.get(key) ?? NO_REFS;
    }
    // (the section's, after the objective's: every action under "Priority 1 (links to SIIP 2.1, 2.4)" serves them)
    const inSection = r.section ? (sectionRefs.get(r.section) ?? NO_REFS) : NO_REFS;
    if (inSection.length > 0) objectiveSiip = [...new Set([...objectiveSiip, ...inSection])];
    const rowReasons = reasons.of(checkYear, assessment.reasons, timescale);
    return {
      gridRow: r.row,
      row: origin.row + r.row + 1,
      ref: r.ref,
      section: r.section,
      objective: textOf(r.cells.objective),
      action: textOf(r.cells.action) || (r.cells.action ? '' : textOf(r.cells.objective)),
      lead: leadsByMatrix?.get(r.row) ?? leadText(r),
      status: statusText,
      timescale,
      state: assessment.state,
      reasons: rowReasons,
      explicitRag: assessment.explicit,
      ragSource: assessment.ragSource,
      contradiction: assessment.contradiction,
      overdue: assessment.overdue,
      daysOverdue: assessment.daysOverdue,
      originalDue: planned.due,
      revisedFrom: kept ? planned.due : null,
      revision: kept,
      checkYear,
      percentComplete,
      closed: assessment.closed,
      updateColumn: r.statusFrom ?? r.ragFrom ?? null,
      updates: r.updates ? r.updates.map((u) => ({ header: u.header, period: u.period, text: u.cell.text })) : NO_UPDATES,
      siip,
      objectiveSiip,
      refs: found.refs,
      mentions: found.mentions,
      cells: r.cells,
    };
  };
  // Each kind of reading in a pass of its own over the rows: the words to rate, the revisions, the statuses, the
  // references, then the verdicts. Read a row at a time, each kind's patterns pushed the others' out of the
  // processor's caches: on a plan of distinct texts the passes read the same rows in about two thirds of the time.
  const n = layout.rows.length;
  const words: RowWords[] = new Array(n);
  for (let i = 0; i < n; i++) words[i] = wordsOf(layout.rows[i], i);
  const revisionsOf: Array<Revision | null> = new Array(n);
  for (let i = 0; i < n; i++) revisionsOf[i] = revisionOf(layout.rows[i], words[i]);
  const readings: StatusTextReading[] = new Array(n);
  for (let i = 0; i < n; i++) readings[i] = readStatusText(words[i].rated, rules, memo);
  const references: References[] = new Array(n);
  // the SIIP references an objective cites, on the row that holds its cell
  const objectiveRefs: Array<readonly string[] | undefined> = new Array(n);
  // and the ones a section's title cites ("Priority 1: Tackling neglect (links to SIIP 2.1, 2.4)"), read once a section
  const sectionRefs = new Map<Section, readonly string[]>();
  for (let i = 0; i < n; i++) {
    const r = layout.rows[i];
    references[i] = ownReferences(r, memo, linkIsSiip[r.block] ? r.cells.link : undefined);
    const objective = r.cells.objective;
    if (objective && !objective.inherited) objectiveRefs[i] = siipOf(findReferences(objective.text, memo).refs);
    if (r.section && !sectionRefs.has(r.section)) sectionRefs.set(r.section, siipOf(findReferences(r.section.title, memo).refs));
  }
  for (let i = 0; i < n; i++) rows[i] = assessRow(layout.rows[i], words[i], revisionsOf[i], readings[i], references[i], i);

  function verdict(
    read: StatusTextReading,
    timescale: Timescale,
    status: string,
    rag: string,
    colours: ReturnType<typeof coloursOf>,
    percent: number | null,
    previous: StatusAssessment | undefined,
    doneInColumn: boolean,
    asked: string | null,
    ragMeaning?: StatusInput['ragMeaning'],
  ): StatusAssessment {
    // "See above" depends on the row above: never shared
    const shared = verdicts.active && read.key !== null;
    if (shared) {
      const extra =
        (colours || percent !== null || rag !== ''
          ? `${rag}|${colours ? `${colours.ragFill}|${colours.ragFont}|${colours.statusFill}|${colours.statusFont}` : ''}|${percent ?? ''}|${doneInColumn ? 'd' : ''}`
          : '') + (asked === null ? '' : `|a${asked}`);
      const known = verdicts.find(read.key!, timescale, extra);
      if (known) return known;
    }
    // the classifier's input is made only for a verdict not known already (most rows, on a large plan)
    const v = classifyRead(read, {
      status,
      rag,
      colours,
      colourKey: ragKey,
      greenIsBest,
      doneInColumn,
      percent,
      doneAsAsked: asked,
      ragMeaning,
      timescale,
      asOf: options.asOf,
      above: previous,
      rules: options.rules,
      memo,
    });
    return shared ? verdicts.keep(v) : v;
  }

  const counts: Record<RagState, number> = { red: 0, amber: 0, green: 0, complete: 0, none: 0 };
  let overdue = 0;
  let needsDate = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    counts[r.state]++;
    if (r.overdue) overdue++;
    if (r.timescale.needsDate) needsDate++;
  }
  // progress written with the actions stands for the status column the plan lacks (the states are not from due dates
  // only), and dates written in the actions' words for the timescale column (due dates are worked out)
  const lacking = missingOf(layout);
  const standIns = { status: updatesInAction + (layout.progressRows ?? 0), timescale: datedInAction, timescaleInDone: datedInDone };
  const missingColumns = lacking.filter((c) => standIns[c] === 0 && (c !== 'timescale' || datedInDone === 0));
  const columnNotes = missingColumnNotes(lacking, standIns);
  const messages = [...layout.messages, ...columnNotes];
  const warnings = layout.found ? columnNotes : [...messages];
  return {
    asOf: options.asOf,
    layout,
    rows,
    referenceDate,
    counts,
    overdue,
    needsDate,
    messages,
    missingColumns,
    warnings,
    planPeriod,
  };
}

/** What a row's cells give to be rated, read before its status: the words to rate and where they came from. */
interface RowWords {
  /** The due date the plan's own timescale gives (before any revision). */
  planned: Timescale;
  /** What the plan's key says the RAG column's number means beyond its colour ("2 = In progress"), if anything. */
  ragMeaning: StatusInput['ragMeaning'];
  /** A revision written in the timescale cell itself ("Dec 2015 (revised to Mar 2016)"). */
  inTimescale: ReturnType<typeof timescaleRevision>;
  /** The header of an earlier period's RAG column whose rating is not read (stale), else null. */
  staleRag: string | null;
  ragText: string;
  ragIsStatus: boolean;
  ragInWords: boolean;
  percentComplete: number | null;
  statusText: string;
  /** The status with a completion column's word read in: the revision is read from it. */
  statusRead: string;
  doneWords: string;
  colours: ReturnType<typeof coloursOf>;
  notes: string | null;
  /** The day a status of only a date gives, come by the as-of date (read as the day the action was done), else null. */
  doneOn: IsoDate | null;
  doneInOutcome: string | null;
  /** The words the verdict reads. */
  rated: string;
  doneInColumn: boolean;
}

function isOneYear(p: PlanPeriod | null): boolean {
  return !!p && parseIso(p.end).year === parseIso(p.start).year + 1;
}

/** A cell of only a day: "15/06/2015", "15.6.15", "2015-06-15", "15 June 2015", "15th Jun 2015". */
const DAY_ALONE = /^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\s*\.?\s*$/;

/**
 * One plan's verdicts, by what they are read from: the status's reading (`StatusTextReading.key`: its phrases, not
 * its exact words), the timescale's kind, due date, recurrence and event, and the rest (RAG, colours, percentage).
 * Rows that read alike share one answer, read-only (and so share their reasons, which the formatting plan turns
 * into one note text). Stops remembering when rows do not read alike.
 */
class Verdicts {
  private readonly byStatus = new Map<string, Map<string | number, StatusAssessment | Map<string, StatusAssessment>>>();
  private lookups = 0;
  private hits = 0;
  private size = 0;
  /** Where `keep` puts the verdict that the last `find` did not know (none when it is not to be kept). */
  private pending: Map<string | number, StatusAssessment | Map<string, StatusAssessment>> | null = null;
  private pendingKey: string | number = '';
  active = true;

  /**
   * The verdict of a row read alike before, else undefined: the caller then classifies the row and hands its
   * verdict to `keep` (before the next `find`).
   */
  find(statusKey: string, t: Timescale, extra: string): StatusAssessment | undefined {
    this.lookups++;
    const tKey = timescaleKey(t);
    let byTimescale = this.byStatus.get(statusKey);
    if (!byTimescale) this.byStatus.set(statusKey, (byTimescale = new Map()));
    let entry = byTimescale.get(tKey);
    if (extra !== '') {
      if (!(entry instanceof Map)) byTimescale.set(tKey, (entry = new Map()));
      const hit = entry.get(extra);
      if (hit) return this.hit(hit);
      this.pending = entry;
      this.pendingKey = extra;
      return undefined;
    }
    if (entry && !(entry instanceof Map)) return this.hit(entry);
    this.pending = entry ? null : byTimescale;
    this.pendingKey = tKey;
    return undefined;
  }

  /** Keeps the verdict of the row the last `find` did not know, and returns it. */
  keep(v: StatusAssessment): StatusAssessment {
    if (this.pending) this.pending.set(this.pendingKey, v);
    this.pending = null;
    return this.miss(v);
  }

  private hit(v: StatusAssessment): StatusAssessment {
    this.hits++;
    return v;
  }

  private miss(v: StatusAssessment): StatusAssessment {
    this.size++;
    if ((this.lookups === 2_000 && this.hits < 300) || this.size > 50_000) {
      this.active = false;
      this.byStatus.clear();
    }
    return v;
  }
}

/**
 * What the classifier reads of a timescale, as one key: its kind, due date, recurrence and event. A plain date (most
 * rows) is keyed by its due date alone, as a number (20150331: nothing to hash, and no joined key, a text, can equal
 * it); the others are joined (built afresh: a map from each reading to its key costs more, as nearly every reading
 * is new on a large plan).
 */
function timescaleKey(t: Timescale): string | number {
  if (t.kind === 'date' && t.due !== null && t.recurrence === null && t.event === null) return dayNumber(t.due);
  return `${t.kind}|${t.due}|${t.recurrence}|${t.event}`;
}

/**
 * A `YYYY-MM-DD` date as the number YYYYMMDD; any other text as itself (so two different texts never share a key).
 * @example dayNumber('2015-03-31') // 20150331
 */
function dayNumber(date: string): string | number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return date;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return date;
    n = n * 10 + d;
  }
  return n;
}

/** What a table's RAG rates when not the action's progress, as the reasons say it (see `ragRates` in `assessGrid`). */
const RAG_RATES = {
  compliance: "the RAG rates compliance with the standard (the plan's key says so), not the action: read the words",
  risk: 'the RAG rates the risk (the table scores each risk), not the action: read the words',
} as const;

/**
 * The revision a row's status or revised-date column gives, unless the timescale revised its own date to a later one: a
 * date the status names before it is not a newer word ("Jun 2017 revised to Dec 2017" beside "Slipped – revised date
 * agreed at CRSG Sept 17", the meeting that agreed the revision).
 * @example ownRevisionKept({ due: '2017-09-30', precision: 'month', source: 'status', text: 'Sept 17' }, { due: '2017-12-31', precision: 'month', source: 'timescale', text: 'revised to Dec 2017' })?.due // '2017-12-31'
 */
function ownRevisionKept(given: Revision | null, own: Revision | null): Revision | null {
  return given && own && given.source === 'status' && given.due < own.due ? own : given;
}

/** An assessment moved to amber because its date was revised (a new copy: verdicts are shared). */
function slipped(a: StatusAssessment, revision: Revision, original: IsoDate | null): StatusAssessment {
  const was = original ? `revised from ${formatUkDate(original)} to ${formatUkDate(revision.due)}` : `a new date (${formatUkDate(revision.due)}) was given`;
  return { ...withReasonFirst(a, `${was}: the date slipped`), state: 'amber' };
}

/**
 * The next round a status names with its date ("next review June 2025", "next audit due in March 2016"): the words and
 * the date; null when it names none (most).
 * @example nextRound('Reviewed Oct 2024; next review June 2025', parse)?.due // '2025-06-30'
 */
function nextRound(status: string, parse: (text: string) => Timescale): { words: string; due: IsoDate } | null {
  const m = NEXT_ROUND.exec(status);
  if (!m) return null;
  const t = parse(status.slice(m.index + m[0].length, m.index + m[0].length + 40));
  const first = t.milestones.find((x) => x.role === 'deadline');
  return first ? { words: `${m[0]}${first.text}`.replace(/\s+/g, ' ').trim(), due: first.date } : null;
}

/** "next review", "next audit due in", "the next report is scheduled for": a round of the work still to come. */
const NEXT_ROUND =
  /\bnext\s+(?:annual\s+|full\s+|formal\s+)?(?:review|audit|report|update|refresh|evaluation|inspection|return|survey)s?\s+(?:is\s+|are\s+)?(?:(?:due|planned|scheduled|booked|expected)\s+)?(?:(?:in|for|on|by|at)\s+)?(?:the\s+)?/i;

/** An assessment that says first where its words came from (a new copy: verdicts are shared, read-only). */
function withReasonFirst(a: StatusAssessment, reason: string): StatusAssessment {
  return { ...a, reasons: [reason].concat(a.reasons) };
}

/** The plan's period from its title or the title rows above its table. */
function periodOf(lines: readonly string[], title: string | undefined): PlanPeriod | null {
  if (title) {
    const p = planPeriodFromText(title);
    if (p) return p;
  }
  for (const t of lines) {
    if (t.length <= 160 && /\bplan\b|\bstrateg|\bprogramme\b|\bpriorit/i.test(t)) {
      const p = planPeriodFromText(t);
      if (p) return p;
    }
  }
  // a plan of one calendar year ("ISCP Business Plan 2018"), where no financial years are named
  if (title) {
    const p = calendarYearPlan(title);
    if (p) return p;
  }
  for (const t of lines) {
    // (not a line that names another plan: "(link to Child Sexual Exploitation and Missing strategy and action plan 2014)")
    if (t.length > 160 || OTHER_PLAN.test(t)) continue;
    const p = calendarYearPlan(t);
    if (p) return p;
  }
  return null;
}

/** Words that point from a line to another plan than this one: "link to", "as per", "see", "in line with". */
const OTHER_PLAN = /\b(?:link(?:ed|s)?\s+(?:to|with)|as\s+per|see|refers?\s+to|in\s+line\s+with|aligned\s+(?:to|with))\b/i;

/**
 * The first year of the longer plan a title says this one is a year of ("Annual Plan 2021-22 (Year 2 of the Strategic
 * Plan 2020-2023)"), where the year it names is that plan's: else null.
 * @example strategicStart(['Annual Plan 2021-22 (Year 2 of the Strategic Plan 2020-2023)']) // 2020
 */
function strategicStart(lines: readonly string[]): number | null {
  for (const t of lines) {
    const m = YEAR_OF_PLAN.exec(t);
    if (!m) continue;
    const p = planPeriodFromText(m[2]);
    if (!p) continue;
    // the annual plan's own year must be the year it names ("Year 2" of 2020-23 is 2021-22)
    const own = planPeriodFromText(t.slice(0, m.index));
    const start = parseIso(p.start).year;
    if (!own || parseIso(own.start).year === start + Number(m[1]) - 1) return start;
  }
  return null;
}

/** "Year 2 of the Strategic Plan 2020-2023": the year, and the words naming the longer plan with its period. */
const YEAR_OF_PLAN = /\byear\s+(\d)\s+of\s+(?:the\s+|our\s+)?([^()]{0,60}?(?:19|20)\d{2}\s*(?:[-–/]|to)\s*(?:19|20)?\d{2})/i;

/** The texts of the rows above a plan's first header (its title lines), at most ten rows of twelve cells. */
function titleLines(grid: Grid, layout: Layout): string[] {
  const out: string[] = [];
  const top = layout.headerRows[0] ?? -1;
  const rows: number[] = [];
  for (let r = 0; r < Math.min(top, 10); r++) rows.push(r);
  // a row of guidance under the header ("From date of publication of report – 13 October 2016") is read with them
  if (top >= 0 && layout.noteRows.includes(top + 1)) rows.push(top + 1);
  for (const r of rows) {
    const row = grid.values[r] ?? [];
    let label = '';
    for (let c = 0; c < Math.min(row.length, 12); c++) {
      const t = cellText(grid, r, c);
      if (t.length === 0 || t.length > 300) continue;
      out.push(t);
      // a label and its value in the next cell ("Date of outcome meeting:" | "12/09/2023"), read as one line too
      if (label) out.push(`${label} ${t}`);
      label = LABEL_CELL.test(t) && t.length <= 60 ? t : '';
    }
  }
  return out;
}

/** A cell that labels the one after it: words ending in a colon ("Date of outcome meeting:"). */
const LABEL_CELL = /[a-z)]\s*:\s*$/i;

/** Which of status and timescale the plan has no column for (a RAG, % complete or update series counts as status). */
/**
 * The report's first lines on the status or timescale column a plan lacks: what that means, or, where the plan writes
 * its progress or dates elsewhere, where they were read from (`standIns`: the rows read so, by column).
 *
 * @example missingColumnNotes(['status'], { status: 2, timescale: 0 })
 * // ['No status column: the progress written with each action ("Update – ..." in its cell, or on the rows under it) is read as its status (2 rows).']
 */
function missingColumnNotes(
  missing: ReadonlyArray<'status' | 'timescale'>,
  standIns: Record<'status' | 'timescale', number> & { timescaleInDone?: number },
): string[] {
  const notes: string[] = [];
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  if (missing.includes('timescale'))
    notes.push(
      standIns.timescaleInDone
        ? `No timescale column: the completion column's dates are read as due dates too, a target where the date is still to come or the status says the work is yet to be done (${rows(standIns.timescaleInDone)}).`
        : standIns.timescale > 0
          ? `No timescale column: the due dates written in the actions' own words ("by March 2025") are read (${rows(standIns.timescale)}).`
          : `No timescale column (looked for ${quoteList('timescale')}): due dates and overdue cannot be worked out.`,
    );
  if (missing.includes('status'))
    notes.push(
      standIns.status > 0
        ? `No status column: the progress written with each action ("Update – ..." in its cell, or on the rows under it) is read as its status (${rows(standIns.status)}).`
        : `No status column (looked for ${quoteList('status')}, or a RAG column): states are from due dates only.`,
    );
  return notes;
}

function missingOf(layout: Layout): Array<'status' | 'timescale'> {
  if (!layout.found && layout.blocks.length === 0) return [];
  const has = (test: (b: Layout['blocks'][number]) => boolean) => layout.blocks.some(test);
  const out: Array<'status' | 'timescale'> = [];
  if (!has((b) => b.columns.status !== undefined || b.columns.rag !== undefined || b.extra?.percent !== undefined || b.extra?.done !== undefined))
    out.push('status');
  if (!has((b) => b.columns.timescale !== undefined || b.extra?.revised !== undefined || b.timeline !== undefined)) out.push('timescale');
  return out;
}

/** The colours of a row's RAG and status cells, or undefined when neither is coloured (most rows). */
function coloursOf(rag: RoleCell | undefined, status: RoleCell | undefined) {
  // (a RAG cell merged down over an objective's actions rates each of them by its colour, as by its word)
  const r = rag;
  const s = status && !status.inherited ? status : undefined;
  if (!r?.fill && !r?.fontColor && !s?.fill && !s?.fontColor) return undefined;
  return { ragFill: r?.fill ?? null, ragFont: r?.fontColor ?? null, statusFill: s?.fill ?? null, statusFont: s?.fontColor ?? null };
}

/**
 * A percentage complete from its cell: a number formatted as a percentage (0.6 shown "60%"), a fraction with no
 * format (0.6), a whole number (60) or text ("60%", "60 %"). Null when the cell is empty or says no number.
 */
export function percentOf(cell: RoleCell | undefined): number | null {
  if (!cell || cell.inherited) return null;
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    const v = cell.value;
    if ((cell.numberFormat ?? '').includes('%') || (v >= 0 && v <= 1)) return Math.round(v * 1000) / 10;
    return v >= 0 && v <= 100 ? v : null;
  }
  const m = /(\d+(?:\.\d+)?)\s*%/.exec(cell.text) ?? /^\s*(\d+(?:\.\d+)?)\s*$/.exec(cell.text);
  if (!m) return null;
  const v = Number(m[1]);
  return v >= 0 && v <= 100 ? v : null;
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
  const plans: Array<{ sheet: SheetGrid; actions: number }> = [];
  if (options.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
    if (!chosen) throw new PlanError('sheet', `no sheet named "${options.sheet}" (sheets: ${sheets.map((s) => s.name).join(', ')})`);
    best = assessGrid(chosen.grid, { ...options, title: options.title ?? chosen.name });
  } else {
    for (const s of sheets) {
      const a = assessGrid(s.grid, { ...options, title: options.title ?? s.name });
      if (a.layout.found && a.rows.length >= 2 && !a.layout.narrow) plans.push({ sheet: s, actions: a.rows.length });
      // a table with a full header beats a two-column one ("Action | Update"), whatever their lengths
      const wider = best && !!best.layout.narrow !== !!a.layout.narrow;
      if (!best || (wider ? !a.layout.narrow && a.rows.length > 0 : a.rows.length > best.rows.length)) {
        best = a;
        chosen = s;
      }
    }
  }
  // other sheets holding a plan table (one per priority, or last year's): said, and never taken for the register
  const others = plans.filter((o) => o.sheet !== chosen);
  const register = findRegister(sheets.filter((s) => s !== chosen && (/siip/i.test(s.name) || !others.some((o) => o.sheet === s))));
  const messages = others.map((o) => otherPlanMessage(o.sheet.name, o.actions, chosen!.name));
  return { ...best!, messages: [...best!.messages, ...messages], sheet: chosen!.name, register };
}

/**
 * What to say of another sheet that holds a plan table, when one sheet is read.
 * @example otherPlanMessage('Priority 1', 3, 'Priority 2') // 'Sheet "Priority 1" also holds a plan table (3 actions); ...'
 */
export function otherPlanMessage(other: string, actions: number, read: string): string {
  return `Sheet "${other}" also holds a plan table (${actions} actions); "${read}" has the most actions and is the one read. To read "${other}", choose it as the plan sheet.`;
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

/**
 * The references in a row's own cells (each cell read once per distinct text). A "SIIP ref" column holding bare
 * numbers ("1.1", "4.1.1, 4.1.2") cites the SIIP without naming it; its displayed text is read, so 1.10 stays 1.10.
 */
function ownReferences(r: PlanRow, memo: Memo, siipColumn: RoleCell | undefined): References {
  let refs: Reference[] | null = null;
  let mentions: string[] | null = null;
  for (const role in r.cells) {
    const cell = r.cells[role as keyof PlanRow['cells']];
    if (!cell || cell.inherited || !cell.text) continue;
    let found = findReferences(cell.text, memo);
    if (cell === siipColumn && found.refs.length === 0) found = bareReferences(cell.text, 'SIIP');
    // most cells cite nothing
    if (found.refs.length === 0 && found.mentions.length === 0) continue;
    // a list of one (most rows that cite anything cite one thing) is made at its size: an empty list grows to
    // seventeen places at its first push, and these lists are kept with the assessment
    for (let i = 0; i < found.refs.length; i++) {
      const x = found.refs[i];
      if (!refs) refs = [x];
      else if (!refs.some((y) => y.scheme === x.scheme && y.ref === x.ref)) refs.push(x);
    }
    for (let i = 0; i < found.mentions.length; i++) {
      const m = found.mentions[i];
      if (!mentions) mentions = [m];
      else if (!mentions.includes(m)) mentions.push(m);
    }
  }
  // most rows cite nothing: they share one empty answer (read-only)
  return refs || mentions ? { refs: refs ?? NO_REFERENCES, mentions: mentions ?? NO_REFS } : NOTHING;
}

/** The SIIP references among a cell's or row's references (one shared empty answer when there are none). */
function siipOf(refs: readonly Reference[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < refs.length; i++) {
    const x = refs[i];
    if (x.scheme !== 'SIIP') continue;
    if (out) out.push(x.ref);
    else out = [x.ref];
  }
  return out ?? (refs.length === 0 ? NO_REFS : []);
}

/**
 * The claim of a status that only something made ready for the work was agreed or written ("Audit tool agreed."),
 * when the action and its outcome (`action`, their words together) do not name that thing; else null.
 * @example preparedOnly(readStatusText('Audit tool agreed.'), 'Multi-agency audit of unborn babies', rules) // 'Audit tool agreed.'
 */
function preparedOnly(read: StatusTextReading, action: string, rules: StatusRules): string | null {
  // (not under a status opening with a completion word: "Complete. Terms of reference agreed in October." says the
  // work was done, the step after it how)
  const claim = read.phrases?.lead == null ? read.phrases?.claim : null;
  const m = claim ? rules.PREPARED_ONLY.exec(claim) : null;
  if (!m) return null;
  // "tools" → "tool": the action may name it either way
  const thing = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
  return action.toLowerCase().replace(/\s+/g, ' ').includes(thing) ? null : claim!.trim();
}

/**
 * The leads a row names: its lead cell, and the other lead columns' cells after it ("J. Smith / Police").
 * @example leadText(row) // 'J. Smith / Police'
 */
function leadText(r: PlanRow): string {
  const own = textOf(r.cells.lead);
  if (!r.otherLeads) return own;
  const all = own.trim() ? [own.trim()] : [];
  for (const c of r.otherLeads) all.push(c.text.trim());
  return all.join(' / ');
}

/** A role cell's text ('' when the row has no such cell). */
function textOf(cell: RoleCell | undefined): string {
  return cell ? cell.text : '';
}

/** True when the text holds a digit 0-9. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The date at position `n` (0-based) of the dates counted, in date order. */
function nthDate(counts: Map<IsoDate, number>, n: number): IsoDate {
  const dates = [...counts.keys()].sort();
  let seen = 0;
  for (const d of dates) {
    seen += counts.get(d)!;
    if (seen > n) return d;
  }
  return dates[dates.length - 1];
}

/** The share of a plan's dated deadlines that may fall before its inferred period and still be read as typos. */
const MAX_STRAY_SHARE = 0.2;

/**
 * True when the plan gives a RAG (a RAG column, or hand-coloured cells) with no colour for complete: no RAG cell
 * reads blue or "Complete", no RAG or status cell is coloured blue, and its key gives no colour that meaning. Its
 * green is then the best it gives. False for a plan with no RAG at all (nothing to say).
 * @example ratesGreenAtBest(readLayout({ values: [['Action', 'RAG'], ['Do it', 'Green'], ['Do that', 'Red']] }), new Map(), rules) // true
 */
/** A RAG cell's colour as its word gives it ("Complete", "C", "G") and as its fill (or its text's colour) shows it. */
function ratingOf(rag: RoleCell, rules: StatusRules): { word: RagColour | undefined; fill: RagColour | undefined } {
  return {
    word: rag.text.trim() === '' ? undefined : ragCellColour(rag.text, rules),
    fill: colourRag(rag.fill)?.colour ?? colourRag(rag.fontColor, { font: true })?.colour,
  };
}

/** True when a RAG cell says the action is done: its word ("Complete", "C", "B"), or with no word its colour (blue). */
function ratedDone(rag: RoleCell | undefined, rules: StatusRules): boolean {
  if (!rag) return false;
  const { word, fill } = ratingOf(rag, rules);
  return word === 'blue' || (word === undefined && fill === 'blue');
}

export function ratesGreenAtBest(layout: Layout, key: ReadonlyMap<string, RagColour>, rules: StatusRules): boolean {
  for (const colour of key.values()) if (colour === 'blue') return false;
  let rated = false;
  for (let i = 0; i < layout.rows.length; i++) {
    const { rag, status } = layout.rows[i].cells;
    if (rag && !rag.inherited) {
      const { word, fill } = ratingOf(rag, rules);
      if (word === 'blue' || fill === 'blue') return false;
      if (word || fill) rated = true;
    }
    if (status && !status.inherited && (status.fill || status.fontColor)) {
      const fill = colourRag(status.fill)?.colour ?? colourRag(status.fontColor, { font: true })?.colour;
      if (fill === 'blue') return false;
      if (fill) rated = true;
    }
  }
  return rated;
}

/**
 * For each table keeping one RAG column per period, the index of the latest of them any of its rows was rated in.
 * @example latestRatedColumns(layout).get(0) // 2 when some row has a "Q3" rating
 */
function latestRatedColumns(layout: Layout): Map<number, number> {
  const latest = new Map<number, number>();
  if (!layout.blocks.some((b) => b.ragUpdates && b.ragUpdates.length > 1)) return latest;
  for (const r of layout.rows) {
    const at = ratedColumn(layout, r);
    if (at > (latest.get(r.block) ?? -1)) latest.set(r.block, at);
  }
  return latest;
}

/** Which of its table's RAG columns per period a row's rating was read from (its index), or -1. */
function ratedColumn(layout: Layout, r: PlanRow): number {
  const columns = r.ragFrom ? layout.blocks[r.block]?.ragUpdates : undefined;
  return columns ? columns.findIndex((u) => u.header === r.ragFrom) : -1;
}

/**
 * The text of a row's outcome or impact cell when it opens by saying the work is done ("Complete – app in use by
 * every team"), else null: read as the update of a row with none.
 * @example outcomeSaysDone({ text: 'Complete – app in use by every team', ... }, rules) // 'Complete – app in use by every team'
 */
function outcomeSaysDone(cell: RoleCell | undefined, rules: StatusRules): string | null {
  if (!cell || cell.inherited || isBlank(cell.text)) return null;
  const text = collapseWhiteSpace(cell.text).trim();
  return rules.COMPLETE_LEAD.test(text) ? text : null;
}

/** A completion column's words for no ("N", "No", a cross). */
const NO_WORDS = String.raw`no|n|x|✗|✘`;

/** A yes-or-no answer alone ("Y", "No", a tick or a cross): no date. */
const YES_OR_NO = new RegExp(String.raw`^\s*(?:y|yes|✓|✔|${NO_WORDS})\s*\.?\s*$`, 'i');

/** True when a status's words say the action was done: a completion word opening it, or a claim that it was. */
function claimsDone(read: StatusTextReading): boolean {
  return read.phrases !== null && (read.phrases.lead !== null || read.phrases.claim !== null);
}

/** A completion column's plain "No" ("N", "No", "x", "✗", "Not yet", "False"), with nothing more said. */
const NO_ANSWER = new RegExp(String.raw`^\s*(?:${NO_WORDS}|not\s+yet|false)\s*\.?\s*$`, 'i');

/** A "Met?" column's "Not met" alone: not done, and nothing more said. */
const NOT_MET_ONLY = /^\s*not\s+(?:yet\s+)?met\s*\.?$/i;

/** Entries in a "Date completed" / "Achieved?" column that say the action is not done ("No", "x", "No – further evidence requested"). */
const NOT_DONE =
  /^\s*(?:(?:no|n|x|✗|✘|-+|–|n\/?a|not\s+yet|tbc|false|0|not\s+known|unknown|n\/?k|not\s+ticked|p|part|partly|partial)\s*\.?$|(?:no|n|not\s+yet|partly|partial|part)\s*[-–—:;,(]\s*\S)/i;

/**
 * A note read after a drop-down's word: a note of one dated entry without its label ("27/03/2024 16:20 L Okafor:",
 * the rules' `UPDATE_PREFIX`), so that its words open a sentence; of a log of several entries, its newest
 * (`latestUpdate`), so that the drop-down's word is read with it, not dropped with the log's older entries ("Closed –
 * assured" beside "05/03/24 – Procedure rewritten. 12/06/24 – Audit of 40 calls ...").
 * @example oneEntry('27/03/2024 16:20 L Okafor: Supervision held.', defaultRules) // 'Supervision held.'
 */
function oneEntry(note: string, rules: StatusRules): string {
  const newest = latestUpdate(note);
  if (newest !== null) return newest.text;
  if (!rules.UPDATE_PREFIX) return note;
  const rest = note.replace(rules.UPDATE_PREFIX, '');
  return rest.trim() === '' ? note : rest;
}

/**
 * Two things said of a row, read as one status in order: the first as its own sentence, then the second; the second
 * alone when the first says nothing (an empty status cell, coloured or not: not ". No update received").
 * @example thenSaid('In progress;', 'Delayed by the upgrade') // 'In progress. Delayed by the upgrade'
 */
function thenSaid(first: string, then: string): string {
  if (isBlank(first)) return then;
  return `${first.trim().replace(/[.;:]+$/, '')}. ${then}`;
}

/**
 * The progress in a cell that gives the date and then the progress, as a "Timescale / progress" column does: the
 * words after the date's sentence, dash or semicolon ("September 2019. Complete – briefing circulated" → "Complete –
 * briefing circulated"); empty when the cell is only the date ("June 2020", "Following sign-off of the pathway"). A
 * cell that does not open with a date is progress throughout ("Audit tool agreed; fieldwork starts in February").
 * @example progressAfterDate('Original date October 2019 – now expected April 2020', parse) // 'now expected April 2020'
 */
function progressAfterDate(text: string, parse: (text: string) => Timescale): string {
  const m = DATE_THEN_PROGRESS.exec(text);
  const before = m ? text.slice(0, m.index) : text;
  if (parse(before).kind === 'none') return text;
  return m ? text.slice(m.index + m[0].length).trim() : '';
}

/** Where a date gives way to the progress after it: a full stop (not in a number), a semicolon, a colon, a dash or a line break. */
const DATE_THEN_PROGRESS = /\.(?!\d)\s*|\s*[;:\n]\s*|\s+[–—-]\s+/;

/**
 * True when an entry in a "Date completed" column says in words that the work is not done: it goes on, is held up,
 * is part done or not complete ("Ongoing – review delayed", "Awaiting evidence", "Not yet complete"). A bare "No",
 * "x" or "N/A" and a target ("Due March 2017") say no more than that it is not done.
 * @example saysNotDone('Ongoing – review delayed to April 2016', rules) // true
 * @example saysNotDone('No', rules) // false
 */
function saysNotDone(text: string, rules: StatusRules): boolean {
  if (NOT_DONE.test(text) || DONE_PLANNED.test(text)) return false;
  return rules.IN_PROGRESS.test(text) || rules.BLOCKERS.test(text) || rules.PARTIAL.test(text) || rules.NOT_COMPLETE.test(text);
}

/**
 * A financial year's first calendar year, moved inside the period the plan states when it falls outside it (its first
 * or last year); as it is when the plan states none.
 * @example inStatedPeriod(2020, { start: '2021-04-01', end: '2024-03-31', from: 'Strategy 2021 - 2024' }) // 2021
 */
function inStatedPeriod(year: number, stated: PlanPeriod | null): number {
  if (!stated) return year;
  const first = parseIso(stated.start).year;
  const last = parseIso(stated.end).year - 1;
  return Math.min(Math.max(year, first), Math.max(first, last));
}

/** A comment of a sentence or more (four words or more), not a date or a word alone. */
const COMMENT = /[A-Za-z]{2,}(?:\W+\w+){3,}/;

/** A timescale with one more assumption said (a new reading: readings are shared between rows). */
function withAssumption(t: Timescale, assumption: string): Timescale {
  return { ...t, assumptions: t.assumptions.concat(assumption) };
}

/**
 * A timescale whose every date was given no year and placed before the day its row was raised, moved on by whole
 * years to the first on or after it ("End of Q1", raised on 29 March 2019: 30 June 2019, not 30 June 2018); else null.
 * @example afterRaised(parseTimescale('End of Q1', { referenceDate: '2018-10-01' }), '2019-03-29')?.due // '2019-06-30'
 */
export function afterRaised(t: Timescale, raised: IsoDate): Timescale | null {
  if (t.kind !== 'date' || t.due === null || t.due >= raised || t.milestones.length === 0) return null;
  if (t.milestones.some((m) => m.yearSource !== 'context')) return null;
  let years = parseIso(raised).year - parseIso(t.due).year;
  if (movedOn(t.due, years) < raised) years++;
  const due = movedOn(t.due, years);
  return {
    ...t,
    due,
    milestones: t.milestones.map((m) => ({ ...m, date: movedOn(m.date, years) })),
    assumptions: t.assumptions.concat(`no year given: placed on or after the day the row was raised (${formatUkDate(raised)}), due ${formatUkDate(due)}`),
  };
}

/** A date moved on by whole years, a month's last day kept as its last day (28 February 2019 → 29 February 2020). */
function movedOn(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const last = parseIso(endOfMonth(year, month)).day;
  const end = parseIso(endOfMonth(year + years, month)).day;
  return isoDate(year + years, month, day === last ? end : Math.min(day, end))!;
}

/** A date in a "Date completed" column that is still a target: "Due March 2017", "Target Dec 16", "Expected by June". */
const DONE_PLANNED = /^\s*(?:due|target(?:\s+date)?|expected|planned|scheduled|revised|by|est(?:imated)?\.?)\b/i;

const NO_REFS: readonly string[] = Object.freeze([]);
const NO_REFERENCES: readonly Reference[] = Object.freeze([]);
const NO_UPDATES: readonly AssessedUpdate[] = Object.freeze([]);
const NOTHING: References = Object.freeze({ refs: NO_REFERENCES, mentions: NO_REFS });

/**
 * Rows' reasons: "check the year" first when the due date looks like a typo, then the status reasons, then the
 * timescale's assumptions. Rows that read alike (shared status reasons, equal assumptions and check) share one list,
 * read-only, so the formatting plan makes one note text for them.
 */
class Reasons {
  /**
   * Timescale assumptions as reasons ("timescale: ..."), one list per distinct wording: a tree by each assumption in
   * turn (no key is joined, and an assumption's text is hashed once however many rows share it).
   */
  private readonly byWording = new Map<string, Wording>();
  /**
   * By check, then status reasons: the list joined with the one wording of assumptions seen with them so far, or,
   * once a second is seen, a map by wording (most status reasons meet one: no map is made for them).
   */
  private readonly combined = new Map<string, Map<readonly string[], Joined | Map<readonly string[], readonly string[]>>>();
  private size = 0;

  of(checkYear: string | null, status: readonly string[], t: Timescale): readonly string[] {
    if (!checkYear && t.assumptions.length === 0) return status;
    const assumed = t.assumptions.length === 0 ? NO_REFS : this.assumptionsOf(t);
    const check = checkYear ?? '';
    let byStatus = this.combined.get(check);
    if (!byStatus) this.combined.set(check, (byStatus = new Map()));
    const known = byStatus.get(status);
    if (known instanceof Map) {
      const r = known.get(assumed);
      if (r) return r;
    } else if (known && known.assumed === assumed) return known.list;
    // joined at their size (kept with the assessment: a spread grows the list in steps)
    const r = checkYear ? [checkYear].concat(status, assumed) : status.concat(assumed);
    // a plan whose rows never read alike: stop remembering rather than grow
    if (++this.size > 50_000) {
      this.size = 0;
      this.combined.clear();
    } else if (!known) byStatus.set(status, { assumed, list: r });
    else if (known instanceof Map) known.set(assumed, r);
    else
      byStatus.set(
        status,
        new Map([
          [known.assumed, known.list],
          [assumed, r],
        ]),
      );
    return r;
  }

  private assumptionsOf(t: Timescale): readonly string[] {
    const said = t.assumptions;
    let level = this.byWording;
    let node: Wording | undefined;
    for (let i = 0; i < said.length; i++) {
      node = level.get(said[i]);
      if (!node) level.set(said[i], (node = { list: null, next: null }));
      if (i < said.length - 1) level = node.next ??= new Map();
    }
    return (node!.list ??= said.map((x) => `timescale: ${x}`));
  }
}

/** Status reasons joined with one wording of assumptions (see `Reasons`). */
interface Joined {
  readonly assumed: readonly string[];
  readonly list: readonly string[];
}

/** One step of `Reasons`' tree of assumptions: the reasons for the wording that ends here, and the longer ones. */
interface Wording {
  list: readonly string[] | null;
  next: Map<string, Wording> | null;
}

/**
 * A colour in brackets after a RAG cell's few words ("In Progress (amber)"): the plan's colour for those words. (After
 * a sentence, "402 assessments, on course for 750 (GREEN)", it is the rating the sentence ends with: kept.)
 */
const COLOUR_NAMING_WORDS = /(?<=^\s*[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*\(\s*(?:red|amber|green|blue)\s*\)\s*$/i;

/** The header of a column of the plan's own years ("Year", "Plan year", "Delivery year"). */
const PLAN_YEAR_HEADER = /^\s*(?:plan\s+|delivery\s+)?year(?:\s+of\s+delivery)?\s*[:.]?\s*$/i;

/**
 * A cell of a column of the plan's own years, as the timescale words say it: "1" is "Year 1", "1 and 2" "Years 1-2";
 * any other entry ("Ongoing", "2023/24") as it is.
 * @example asPlanYear({ value: 2, text: '2', numberFormat: null }).text // 'Year 2'
 */
function asPlanYear<C extends { value: CellValue; text: string }>(cell: C): C {
  const m = /^\s*([1-9])(?:\s*(?:and|&|-|–|to|\/|,)\s*([1-9]))?\s*$/i.exec(cell.text);
  if (!m) return cell;
  const text = m[2] ? `Years ${m[1]}-${m[2]}` : `Year ${m[1]}`;
  return { ...cell, value: text, text };
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

/**
 * The meetings of an action log (a "Meeting date" column, `extra.raised`): the day each row was raised at, a blank
 * cell read as the day of the row above it in its table (a log writes a meeting's date on its first action only), and
 * the days of all of them, in order; null when no table has the column.
 * @example loggedMeetings(layout, dayIn) // { byRow: Map { 6 => '2009-03-10', 7 => '2009-03-10', 8 => '2009-06-09' }, days: ['2009-03-10', '2009-06-09'] }
 */
function loggedMeetings(layout: Layout, dayIn: (cell: RoleCell) => IsoDate | null): { byRow: Map<number, IsoDate>; days: IsoDate[] } | null {
  if (!layout.blocks.some((b) => b.extra?.raised !== undefined)) return null;
  const byRow = new Map<number, IsoDate>();
  const days = new Set<IsoDate>();
  let block = -1;
  let last: IsoDate | null = null;
  for (const r of layout.rows) {
    if (r.block !== block) {
      block = r.block;
      last = null;
    }
    const cell = r.extra?.raised;
    const day = cell ? dayIn(cell) : null;
    if (day !== null) {
      last = day;
      days.add(day);
    }
    if (last !== null) byRow.set(r.row, last);
  }
  return { byRow, days: [...days].sort() };
}
