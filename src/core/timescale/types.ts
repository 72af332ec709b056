import type { IsoDate } from '../calendarDate';

/** What kind of timescale a cell holds. */
export type TimescaleKind = 'date' | 'recurring' | 'event' | 'none';

/** How precisely a date was stated. A month-precision deadline means the last day of that month. */
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year';

/**
 * What a dated milestone means for the action: a `deadline`, a date it waits for (`after`: "After October 14 Board
 * response", "Starting Jan 2015"), or a later review of work due earlier (`review`: "March 2015 (review Sept 2015)").
 */
export type MilestoneRole = 'deadline' | 'after' | 'review' | 'history';

/** Where the year of a date came from. */
export type YearSource = 'stated' | 'two-digit' | 'range' | 'context';

/** One dated milestone found in a timescale. */
export interface Milestone {
  /** The deadline: the last day of the stated period (or the stated day). */
  date: IsoDate;
  /** The first day of the stated period ("Dec 14" → 2014-12-01); equals `date` at day precision. */
  start: IsoDate;
  precision: Precision;
  role: MilestoneRole;
  /** The words this milestone was read from. */
  text: string;
  /** Which parts were written down; the rest were implied (see `assumptions`). */
  stated: { day: boolean; month: boolean; year: boolean };
  yearSource: YearSource;
  /** The parser that read it (for explanations and debugging). */
  parser: string;
}

/** The reading of one timescale cell. */
export interface Timescale {
  /** The text as read (the cell's displayed text). */
  text: string;
  kind: TimescaleKind;
  /** Dated milestones in date order, deadlines and dependencies ("after ...") alike. */
  milestones: Milestone[];
  /** The final deadline, or null when there is none (recurring rows keep their stated first deadline here). */
  due: IsoDate | null;
  /** Precision of the due date, or null with no due date. */
  precision: Precision | null;
  /** e.g. "bi-monthly", "ongoing", "every meeting" when kind is recurring. */
  recurrence: string | null;
  /** e.g. "as need arises" when an event phrase was found. */
  event: string | null;
  /** Everything the reading took for granted, in plain words ("'14' read as 2014"). */
  assumptions: string[];
  /** True when the row should be flagged "needs a date": nothing could be read as a deadline, recurrence or event. */
  needsDate: boolean;
  /**
   * True when the text holds a date with no year ("August Board", "End of Q3") once overlaps and ranges are
   * resolved (a month word inside "January 2015" does not count): its reading depends on the context (the plan's
   * other timescales), or a span of calendar years that may be the plan's own stated period ("2015-2017"). A reading
   * without it is the same in any context.
   */
  contextual?: boolean;
}

/** Options for reading a timescale. */
export interface TimescaleContext {
  /**
   * Where to place dates written without a year ("August Board", "5th June"): the year that puts the date
   * nearest this one is chosen. Usually the median of the plan's own dated timescales, else the as-of date.
   */
  referenceDate?: IsoDate;
  /** Said in the assumption when a year is placed ("the plan's other timescales", "the as-of date"). */
  referenceLabel?: string;
  /**
   * The first calendar year of the plan's financial year (2014 for 2014-15): where "by end of financial year" and
   * a quarter with no year ("End of Q3") are placed. Without it they are placed from the reference date.
   */
  financialYearStart?: number;
  /**
   * True when the plan's title names one financial year ("Business Plan 2014-15"): a month with no year ("August
   * Board") is then placed inside that year rather than nearest the reference date.
   */
  placeInFinancialYear?: boolean;
  /**
   * The first calendar year of the period the plan's title states ("Strategic Plan 2014-17" → 2014): "Year 2" is
   * its second financial year. Without it a plan year is not read.
   */
  planStartYear?: number;
  /**
   * The last day of the period the plan's title states ("Strategic Plan 2014-17" → 2017-03-31): "By the end of the
   * plan" is due then. Without it the end of the plan is not read.
   */
  planEnd?: IsoDate;
  /**
   * True when the plan writes its numeric dates month first: one can only be read so ("12/31/2024") and none only day
   * first. "3/12/2025" is then 12 March 2025 (`monthFirstDates`).
   */
  monthFirst?: boolean;
  /**
   * The year of a plan of one calendar year ("Business Plan 2018"): a quarter with no year is a calendar quarter of it
   * and "year end" its 31 December. Without it they are the financial year's.
   */
  calendarYear?: number;
}

/**
 * A date-like piece of text found by one parser, before refiners run.
 * `span(year)` gives the period for a year, so refiners can place a missing year later.
 */
export interface Component {
  parser: string;
  index: number;
  end: number;
  text: string;
  precision: Precision;
  /** The stated year (normalised to four digits), or null when the text gave none. */
  year: number | null;
  yearSource: YearSource;
  stated: { day: boolean; month: boolean; year: boolean };
  /** First and last day of the period for a given year, or null when that year makes no real date. */
  span(year: number): [IsoDate, IsoDate] | null;
  /**
   * `span(statedSpanYear)`, as `makeComponent` checked the stated year with it (undefined without one): the
   * milestone takes it rather than working it out again (`span` is a pure function of the year).
   */
  statedSpan?: readonly [IsoDate, IsoDate];
  statedSpanYear?: number;
  /** Month number when the component names one (used to order ranges without a year). */
  month?: number;
  role: MilestoneRole;
  /** Set by a range refiner: the start of the range. */
  rangeStart?: Component;
  /** Set by the part-of-month refiner: the day of the month to use instead of the period end. */
  day?: number;
  /**
   * For a period with no year that belongs to the plan's financial year ("end of financial year", "Q3"): the year
   * refiner gives it the plan's financial year (the component's year is the first calendar year of that year).
   */
  financialYearPlaced?: boolean;
  /** "Year 2" of a plan of several years: the year refiner places it in the plan's second financial year. */
  planYear?: number;
  /** The last year of a span of the plan's years ("Years 1-3": 3; `planYear` is the first): due at its end. */
  planYearLast?: number;
  /** "By the end of the plan": the year refiner gives it the last day of the plan's stated period (else no date). */
  planEnd?: boolean;
  /**
   * "End of academic year": the year refiner places it in the academic year (1 September to 31 August) that holds
   * the reference date (the component's year is the first calendar year of that year).
   */
  academicYearPlaced?: boolean;
  /**
   * A school term or half-term with no year ("Summer 1", "Autumn term"): the year refiner places it in the academic
   * year that holds the reference date (autumn in its first calendar year, spring and summer in its second).
   */
  termPlaced?: boolean;
  /** Set by the week refiner: days to add to the stated day ("w/c 12/10/15" is due at the end of that week). */
  plusDays?: number;
  /**
   * Set by the span refiner: how long the work runs from the date's start ("1 November 2016 for six months"), so
   * that it is due the day before that span ends.
   */
  runsFor?: { months?: number; days?: number };
  /**
   * Set by the span-after-date refiner: how long after the date the work is due ("Within 6 weeks of 11/12/24": six
   * weeks after 11 December 2024).
   */
  spanAfter?: { months?: number; days?: number };
  assumptions: string[];
}

/** A parser finds one format in the text. Each lives in its own file with a docblock of what it reads. */
export interface Parser {
  name: string;
  /** A global, case-insensitive pattern. */
  pattern: RegExp;
  /**
   * What a text must hold for `pattern` to match at all, every one of them: `digit` (a digit 0-9), `year` (four
   * digits in a row), `millis` (thirteen digits in a row: a time in Unix milliseconds), `pair` (two numbers joined by `.`, `/`, `-` or `–`, spaces allowed around it: "31/03/16",
   * "2015 - 16"), `month` (a month word), `digit before month` (a digit, then a word opening with a month stem: "5th June"), `month before digit` (a word opening with a month stem, then a digit: "June 5th"), or a string of characters of which at least one must appear (`'./-'`). A
   * cheap test that lets the pipeline skip the parser on most texts; never a rule of its own (a text that passes may
   * still not match).
   */
  requires?: readonly string[];
  /**
   * What every match of `pattern` opens with, when it is sure to: `year`, four digits in a row ("2016" in "2016/17").
   * The text is then searched from the first four digits in a row, and not again once past the last. Like `requires`,
   * a cheap bound, never a rule of its own. (A pattern that opens with the months' alternation is bounded by the
   * month words without saying so.)
   */
  opens?: 'year';
  /**
   * Words of which the text must hold one at the start of a word, in any case (`['early', 'mid', 'late']` for "mid
   * 2017"), for `pattern` to match at all. Every parser's words (and the month stems `month` asks for) are looked for
   * in one search of the text, so a parser whose words a text lacks (most texts name no season) is not run. Like
   * `requires`, a cheap test, never a rule of its own. Letters and digits only.
   */
  words?: readonly string[];
  /**
   * Turns one match into a component, or null to reject it. `text` is the whole normalised timescale. The component
   * starts and ends where the match does (`makeComponent` sees to it): a match that a reading found earlier in the
   * text covers is not read at all.
   */
  extract(match: RegExpExecArray, text: string): Component | null;
}

/** A refiner merges, filters or completes the components found by the parsers. */
export interface Refiner {
  name: string;
  refine(components: Component[], text: string, context: TimescaleContext): Component[];
}
