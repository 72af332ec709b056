import { endOfMonth, isoDate, type IsoDate } from '../../calendarDate';
import { MONTH_FULL_NAMES, MONTH_NAMES } from '../../vocab/months';
import type { Component, Precision, YearSource } from '../types';
import { readYear } from '../years';

/** Month number for a spelling ("Sept" → 9), or undefined. */
export function monthNumber(word: string): number | undefined {
  // the spellings as plans write them ("Dec", "december", "DECEMBER", "Sept."), without lower-casing a copy
  const known = MONTH_CASES.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  return MONTH_NAMES[lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower];
}

/** Each month spelling in lower case, capitalised and in capitals, with and without a full stop → its number. */
const MONTH_CASES = new Map<string, number>();
for (const name of Object.keys(MONTH_NAMES)) {
  for (const spelling of [name, name[0].toUpperCase() + name.slice(1), name.toUpperCase()]) {
    MONTH_CASES.set(spelling, MONTH_NAMES[name]);
    MONTH_CASES.set(`${spelling}.`, MONTH_NAMES[name]);
  }
}

/** Words before a number that make it a reference, not a date ("SIIP 1.1.12", "para 3.2.14"). */
export const REFERENCE_BEFORE =
  /(?:siip|cypp|psa|para(?:graph)?|section|sect?\.|ref(?:erence)?|item|no\.?|indicator|priority|action|objective|chapter|appendix|page|p\.|v|version)\s*[:#]?\s*$/i;

/**
 * The title of a law or statutory guidance before its year ("Care Act 2014", "Working Together 2018", "WT 2018",
 * "KCSIE 2023", "the Care Planning Regulations 2010"): the year names the document, not a date.
 */
export const TITLE_BEFORE =
  /\b(?:act|acts|regulations|working\s+together(?:\s+to\s+safeguard\s+children)?|wt|wttsc|kcsie|keeping\s+children\s+safe\s+in\s+education|code\s+of\s+practice)\s*$/i;

/** Options for a component with a fixed period per year. */
interface ComponentInit {
  parser: string;
  match: RegExpExecArray;
  precision: Precision;
  yearText?: string;
  stated: { day: boolean; month: boolean };
  month?: number;
  span: (year: number) => [IsoDate, IsoDate] | null;
}

/**
 * A component for the end of a period named in words ("end of financial year", "End of academic year", "Calendar
 * year end", "By the end of the plan"): due on a day (the period's last), neither day nor month written. The year
 * is the one written, if any; else the year refiner places it.
 * @example periodEnd(this.name, match, monthsSpan(1, 12, 0), { month: 12 })?.precision // 'day'
 */
export function periodEnd(
  parser: string,
  match: RegExpExecArray,
  span: ComponentInit['span'],
  more: { month?: number; yearText?: string } = {},
): Component | null {
  return makeComponent({ parser, match, precision: 'day', yearText: more.yearText, stated: { day: false, month: false }, month: more.month, span });
}

/** Builds a component from a regex match, reading its (optional) year text. */
export function makeComponent(init: ComponentInit): Component | null {
  let year: number | null = null;
  let yearSource: YearSource = 'context';
  // made at its own size (a list grown by push holds room for seventeen)
  let assumptions: string[] | undefined;
  const yearText = init.yearText;
  if (yearText) {
    const read = readYear(yearText);
    if (!read) return null;
    year = read.year;
    yearSource = read.source;
    if (read.source === 'two-digit') assumptions = [`'${stripQuote(yearText)}' read as the year ${read.year}`];
  }
  const span = init.span;
  const statedSpan = year !== null ? span(year) : undefined;
  if (statedSpan === null) return null;
  const match = init.match;
  const stated = init.stated;
  return {
    parser: init.parser,
    index: match.index,
    end: match.index + match[0].length,
    text: match[0],
    precision: init.precision,
    year,
    yearSource,
    stated: { day: stated.day, month: stated.month, year: year !== null },
    span,
    statedSpan,
    statedSpanYear: year ?? undefined,
    month: init.month,
    role: 'deadline',
    // every field the refiners may set, present from the start: all components share one shape
    rangeStart: undefined,
    day: undefined,
    financialYearPlaced: undefined,
    planYear: undefined,
    planYearLast: undefined,
    planEnd: undefined,
    academicYearPlaced: undefined,
    termPlaced: undefined,
    plusDays: undefined,
    runsFor: undefined,
    assumptions: assumptions ?? [],
  };
}

/** A year's text without its leading quote ("'15" → "15"). */
function stripQuote(text: string): string {
  const q = text.charCodeAt(0);
  return q === 39 || q === 0x2019 ? text.slice(1) : text;
}

/** A span: the first and last day of a period for a year, or null when that year makes no real date. */
type Span = (year: number) => [IsoDate, IsoDate] | null;

/**
 * The spans made so far, by their numbers: a table of constant functions (a span is a pure function of its
 * numbers, holds no data and is never handed out of the parser), each made once and shared by every component that
 * reads the same day, month or months, rather than a new function per match.
 */
const SPANS = new Map<number, Span>();

/** A number a span's key can hold: the whole numbers the parsers read (months, days, years later). */
function small(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 99;
}

/** The span of one day. */
export function daySpan(month: number, day: number): Span {
  const cached = small(month) && small(day);
  const key = month * 100 + day;
  let span = cached ? SPANS.get(key) : undefined;
  if (span === undefined) {
    span = newDaySpan(month, day);
    if (cached) SPANS.set(key, span);
  }
  return span;
}

// The spans are made apart from the functions that look them up: a function making a closure over its own
// parameters sets them aside (a new context) on every call, even when it finds the span already made.

function newDaySpan(month: number, day: number): Span {
  return (year) => {
    const iso = isoDate(year, month, day);
    return iso ? [iso, iso] : null;
  };
}

/**
 * The span of a day typed past its month's end ("31/4/15", "30/2/19", "29/02/2015"): the month's last day, as the
 * board that typed it means (Excel keeps such an entry as text, so plans hold them). `dayPastMonthEnd` says when a
 * day and month need it.
 */
export function lastDaySpan(month: number): Span {
  let span = SPANS.get(-month);
  if (span === undefined) SPANS.set(-month, (span = newLastDaySpan(month)));
  return span;
}

function newLastDaySpan(month: number): Span {
  return (year) => {
    const end = endOfMonth(year, month);
    return [end, end];
  };
}

/**
 * A component for a numeric day past its month's end in the year it names ("31/4/15"): due on the month's last day,
 * with the reading said; null when the day is a real one (or no day of any month).
 * @example dayPastMonthEnd('numeric-date', match, 4, 31, '15')?.assumptions // ['"31/4/15": April has no 31st; read as its last day']
 */
export function dayPastMonthEnd(parser: string, match: RegExpExecArray, month: number, day: number, yearText?: string): Component | null {
  if (day < 29 || day > 31) return null;
  const c = makeComponent({ parser, match, precision: 'day', yearText, stated: { day: true, month: true }, month, span: lastDaySpan(month) });
  if (!c) return null;
  // a day no year gives the month (31 April), or the 29th of February outside a leap year
  if (c.year === null && month === 2 && day === 29) {
    // (with no year stated, the last day of February whichever year the plan places it in)
    c.assumptions.push(`"${match[0].trim()}": the last day of February, whichever year it falls in`);
    return c;
  }
  if (isoDate(c.year ?? 2000, month, day)) return null;
  c.assumptions.push(
    `"${match[0].trim()}": ${MONTH_FULL_NAMES[month - 1]} has no ${day}${day === 31 ? 'st' : 'th'}${c.year !== null && month === 2 ? ` in ${c.year}` : ''}; read as its last day`,
  );
  return c;
}

/**
 * A whole month of the year a match's second group gives ("March 2015", "03/2015"), as month-and-year parsers read it.
 * @example monthOfYear('month-year', /(march) (2015)/.exec('March 2015')!, 3)?.precision // 'month'
 */
export function monthOfYear(parser: string, match: RegExpExecArray, month: number): Component | null {
  return makeComponent({
    parser,
    match,
    precision: 'month',
    yearText: match[2],
    stated: { day: false, month: true },
    month,
    span: monthSpan(month),
  });
}

/** The span of a whole month. */
export function monthSpan(month: number): Span {
  return monthsSpan(month, month, 0);
}

/** The span from the first day of one month to the last day of another, `yearsLater` years on. */
export function monthsSpan(firstMonth: number, lastMonth: number, yearsLater = 0): Span {
  const cached = small(firstMonth) && small(lastMonth) && small(yearsLater);
  const key = 1_000_000 + firstMonth * 10_000 + lastMonth * 100 + yearsLater;
  let span = cached ? SPANS.get(key) : undefined;
  if (span === undefined) {
    span = newMonthsSpan(firstMonth, lastMonth, yearsLater);
    if (cached) SPANS.set(key, span);
  }
  return span;
}

function newMonthsSpan(firstMonth: number, lastMonth: number, yearsLater: number): Span {
  return (year) => [isoDate(year, firstMonth, 1) as IsoDate, endOfMonth(year + yearsLater, lastMonth)];
}

/** True when the text just before `index` is a law's or guidance's title, and the year at `index` its year (`TITLE_BEFORE`). */
export function followsTitle(text: string, index: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, index - 50), index));
}

/** True when the text just before `index` makes the match a reference number rather than a date. */
export function followsReferenceWord(text: string, index: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 20), index));
}
