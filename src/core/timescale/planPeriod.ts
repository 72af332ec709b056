import { addDays, addMonths, formatUkDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import { MONTH_NAMES, MONTH_PATTERN } from '../vocab/months';
import type { Timescale } from './types';

/** The period a plan covers: UK financial years, 1 April to 31 March (or one calendar year, `calendarYearPlan`). */
export interface PlanPeriod {
  start: IsoDate;
  end: IsoDate;
  /** Where it was read from ("Business Plan 2014-15", or "the plan's timescales"). */
  from: string;
  /** True for a plan of one calendar year ("Business Plan 2018"): its quarters and year end are the calendar's. */
  calendar?: boolean;
}

/** A plan's period as its title writes it: "2014-15", "2014/15", "2015-17", "2014-2015", "2015 – 2018", "2023 to 24". */
const PERIOD = /(?<![\d./])((?:19|20)\d{2})(?:\s*[/\-–—]\s*|\s+to\s+)((?:19|20)?\d{2})(?![\d]|[./]\d)/i;

/**
 * The plan's period from a title (a sheet name, a title row): the financial years it names, 1 April of the first
 * to 31 March of the last. Null when no year pair is named (or it is not a plan period: backwards, or over 5 years).
 *
 * @example planPeriodFromText('Business Plan 2014-15') // { start: '2014-04-01', end: '2015-03-31', from: 'Business Plan 2014-15' }
 * @example planPeriodFromText('LSCB Business Plan 2015-2017')?.end // '2017-03-31'
 */
export function planPeriodFromText(text: string): PlanPeriod | null {
  const m = PERIOD.exec(text);
  if (!m) return monthsPeriod(text);
  const first = Number(m[1]);
  const second = m[2].length === 4 ? Number(m[2]) : Math.floor(first / 100) * 100 + Number(m[2]);
  if (second <= first || second - first > 5) return null;
  return { start: isoDate(first, 4, 1)!, end: isoDate(second, 3, 31)!, from: text.trim() };
}

/**
 * A plan's period written in months ("Plan period: January 2024 – June 2025", "April 2023 to September 2024"): the first
 * day of the first month to the last day of the last. Null when there is none, or it runs backwards or over five years.
 * @example monthsPeriod('Plan period: January 2024 – June 2025 (18 months)') // { start: '2024-01-01', end: '2025-06-30', ... }
 */
function monthsPeriod(text: string): PlanPeriod | null {
  const m = MONTHS_PERIOD.exec(text);
  if (!m) return null;
  const [from, to] = [MONTH_NAMES[m[1].toLowerCase()], MONTH_NAMES[m[3].toLowerCase()]];
  const [first, last] = [Number(m[2]), Number(m[4])];
  if (!from || !to || last * 12 + to <= first * 12 + from || last - first > 5) return null;
  const start = isoDate(first, from, 1)!;
  const end = addDays(addMonths(isoDate(last, to, 1)!, 1), -1);
  return { start, end, from: text.trim() };
}

/** "January 2024 – June 2025", "Apr 2023 to Sept 2024": a month and year, a dash or "to", a month and year. */
const MONTHS_PERIOD = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+((?:19|20)\d{2})\s*(?:[-–—]|to)\s*(${MONTH_PATTERN})\.?\s+((?:19|20)\d{2})\b`, 'i');

/**
 * The financial year around a date (the plan's period when its title names none).
 * @example financialYearAround('2014-11-15') // { start: '2014-04-01', end: '2015-03-31', from: "the plan's timescales" }
 */
export function financialYearAround(date: IsoDate, from = "the plan's timescales"): PlanPeriod {
  const { year, month } = parseIso(date);
  const first = month >= 4 ? year : year - 1;
  return { start: isoDate(first, 4, 1)!, end: isoDate(first + 1, 3, 31)!, from };
}

/**
 * "Check the year": a due date whose year was written down, that falls before the plan's period began, and
 * that a year later would fall inside it, is probably a typo ("January 2014" in a 2014-15 plan means January 2015).
 * The reading is kept; the flag says what to check.
 *
 * @example probableYearTypo(parseTimescale('January 2014'), { start: '2014-04-01', end: '2015-03-31', from: 'Business Plan 2014-15' })
 *   // 'check the year: due 31 Jan 2014 is before the plan period (1 Apr 2014 – 31 Mar 2015) began; 31 Jan 2015 was probably meant'
 */
export function probableYearTypo(t: Timescale, period: PlanPeriod | null, said?: Map<IsoDate, string | null>): string | null {
  if (!period || t.kind !== 'date' || !t.due || t.due >= period.start) return null;
  let last: Timescale['milestones'][number] | undefined;
  for (let i = t.milestones.length - 1; i >= 0 && !last; i--) {
    const m = t.milestones[i];
    if (m.role === 'deadline' && m.date === t.due) last = m;
  }
  if (!last || last.yearSource === 'context' || last.yearSource === 'range' || last.parser.startsWith('revision')) return null;
  // the rest depends on the due date alone (the period is one plan's): a caller may remember it by date
  const known = said?.get(t.due);
  if (known !== undefined) return known;
  const { year, month, day } = parseIso(t.due);
  const nextYear = isoDate(year + 1, month, day) ?? addDays(isoDate(year + 1, month, 1)!, day - 2);
  const out =
    nextYear < period.start || nextYear > period.end
      ? null
      : `check the year: due ${formatUkDate(t.due)} is before the plan period (${formatUkDate(period.start)} – ${formatUkDate(period.end)}) began; ${formatUkDate(nextYear)} was probably meant`;
  said?.set(t.due, out);
  return out;
}

/**
 * A plan of one calendar year, as its title names it ("ISCP Business Plan 2018", "Strategic Plan 2024"): 1 January to
 * 31 December. Only a plan's own name with a lone year after it: not a pair of years ("Business Plan 2014-15",
 * `planPeriodFromText`), nor a year named for something else ("Annual Report 2016", "Inspection 2018").
 * @example calendarYearPlan('ISCP Business Plan 2018') // { start: '2018-01-01', end: '2018-12-31', from: 'ISCP Business Plan 2018', calendar: true }
 * @example calendarYearPlan('Business Plan 2018-19') // null
 */
export function calendarYearPlan(text: string): PlanPeriod | null {
  const m = CALENDAR_YEAR_PLAN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return { start: isoDate(year, 1, 1)!, end: isoDate(year, 12, 31)!, from: text.trim(), calendar: true };
}

/** A plan's own name and a lone year after it ("Business Plan 2018", "Strategy 2024"), no second year after that. */
const CALENDAR_YEAR_PLAN =
  /\b(?:business\s+plan|(?:annual|strategic|delivery|work|action|improvement)\s+plan|workplan|strategy|priorities)\s*(?:for\s+)?[:–—-]?\s*((?:19|20)\d{2})(?!\s*(?:[/\-–—]|to\b)\s*(?:19|20)?\d{1,2})(?![\d/])/i;
