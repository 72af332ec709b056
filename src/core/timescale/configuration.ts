/**
 * The timescale pipeline's order, in one place.
 *
 * Parsers all run over the whole text; their order only breaks ties between matches that start at the same
 * place and have the same length (earlier in the list wins). Refiners then run in order, each seeing the
 * output of the one before.
 */
import { academicTermParser } from './parsers/academicTerm';
import { academicYearEndParser } from './parsers/academicYearEnd';
import { calendarYearEndParser } from './parsers/calendarYearEnd';
import { dayMonthParser } from './parsers/dayMonth';
import { epochMillisParser } from './parsers/epochMillis';
import { festivalParser } from './parsers/festival';
import { financialYearInWordsParser, financialYearParser, shortFinancialYearParser } from './parsers/financialYear';
import { financialYearEndParser } from './parsers/financialYearEnd';
import { halfOfPlanYearParser } from './parsers/halfOfPlanYear';
import { halfYearParser } from './parsers/halfYear';
import { isoDateParser, isoDateTimeParser } from './parsers/isoDate';
import { monthDayParser } from './parsers/monthDay';
import { monthOnlyParser } from './parsers/monthOnly';
import { monthYearParser } from './parsers/monthYear';
import { numericDateParser } from './parsers/numericDate';
import { numericDayMonthParser } from './parsers/numericDayMonth';
import { numericMonthYearParser } from './parsers/numericMonthYear';
import { quarterAfterYearParser, quarterParser } from './parsers/quarter';
import { partOfYearParser, partOfFinancialYearParser } from './parsers/partOfYear';
import { planEndParser } from './parsers/planEnd';
import { planYearParser } from './parsers/planYear';
import { halfTermParser, holidayHalfTermParser } from './parsers/halfTerm';
import { sportsSeasonParser } from './parsers/sportsSeason';
import { schoolYearParser } from './parsers/schoolYear';
import { seasonParser, winterAcrossYearsParser } from './parsers/season';
import { yearOnlyParser } from './parsers/yearOnly';
import { markDependencies } from './refiners/markDependencies';
import { markHistory } from './refiners/markHistory';
import { markReviews } from './refiners/markReviews';
import { mergeRanges } from './refiners/mergeRanges';
import { monthFirstDates } from './refiners/monthFirstDates';
import { beforeMonth } from './refiners/beforeMonth';
import { bracketedDay } from './refiners/bracketedDay';
import { forSpan } from './refiners/forSpan';
import { partOfMonth } from './refiners/partOfMonth';
import { placeYears } from './refiners/placeYears';
import { planLifeYears } from './refiners/planLifeYears';
import { removeOverlaps } from './refiners/removeOverlaps';
import { spanAfterDate } from './refiners/spanAfterDate';
import { weekOf } from './refiners/weekOf';
import type { Parser, Refiner } from './types';

export const PARSERS: readonly Parser[] = [
  isoDateTimeParser, // 2017-09-29T23:00:00Z (a system's export: the UK day, before the date alone)
  isoDateParser, // 2015-01-31
  epochMillisParser, // 1633042740000 alone in its cell (a task tool's Unix milliseconds)
  numericDateParser, // 20.5.14, 31/03/2016
  numericMonthYearParser, // 09/2015 (after the full date, whose month and year it would read alone)
  dayMonthParser, // 31st January 2016, 5th June
  monthDayParser, // June 5th, January 31, 2016
  quarterParser, // Q3 2015/16 (before the financial year, which would read only "2015/16")
  quarterAfterYearParser, // 2016/17 Q2 (likewise)
  halfYearParser, // H1 2017, second half of 2016/17 (before the financial year, as quarters)
  halfOfPlanYearParser, // second half of the year, H2 (a half of the plan's financial year)
  partOfFinancialYearParser, // beginning of 2016/17, mid 2016/17 (before the financial year, which would read only "2016/17")
  sportsSeasonParser, // 2020/21 season (July to June: before the financial year, which would read only "2020/21")
  academicTermParser, // Semester 1 2025/26, Session 2024/25 (likewise)
  financialYearParser, // 2015/16
  financialYearInWordsParser, // 2026 to 2027 (GOV.UK style)
  shortFinancialYearParser, // 16/17
  numericDayMonthParser, // By 30/09 (after the financial year, which reads "14/15"; the year placed later)
  academicYearEndParser, // end of the academic year (31 August of the academic year around the reference date)
  calendarYearEndParser, // calendar year end, end of the calendar year (31 December: not the financial year end)
  financialYearEndParser, // by end of financial year (31 March of the plan's financial year)
  holidayHalfTermParser, // February half term 2024 (a half-term holiday by its month: before the month, which would read "February")
  halfTermParser, // Autumn 1, Spring 2 2017 (a half of a school term: before the term and the season)
  schoolYearParser, // Summer term 2016, academic year 2016/17 (before the season, which would read "Summer term")
  winterAcrossYearsParser, // Winter 2016/17 (before the season, which would read only "Winter 2016")
  seasonParser, // Spring 2016
  festivalParser, // By Easter 2017, Christmas 2016
  partOfYearParser, // early 2017, mid-2017, late 2016, start of 2016
  monthYearParser, // Dec 14, August 2014, Apr-15
  monthOnlyParser, // August Board (year placed later)
  yearOnlyParser, // 2016
  planYearParser, // Year 2 (of the plan's stated period)
  planEndParser, // by the end of the plan (its stated period's last day)
];

export const REFINERS: readonly Refiner[] = [
  removeOverlaps, // one reading per piece of text, leftmost-longest
  mergeRanges, // "Sept 2015 – March 2016" → one deadline with a start
  forSpan, // "1 November 2016 for six months": due when the span ends (before the dependencies: "From April for 3 months" is due)
  spanAfterDate, // "Within 6 weeks of 11/12/24", "6 weeks after 11/12/24": due that long after the day (before the dependencies)
  markDependencies, // "After October 14 Board response" is not a deadline
  markReviews, // "March 2015 (review Sept 2015)": the review is not the deadline
  markHistory, // "Ongoing. Meeting held 15th April 2013": the meeting is history, not the deadline
  bracketedDay, // "By end of Autumn 1 (27.10.23)": the day in brackets, not the half-term's end
  beforeMonth, // "Before March 2025": by the end of February (before the part of a month, which it leaves alone)
  partOfMonth, // "mid March", "End of June"
  weekOf, // "w/c 12/10/15": due at the end of that week
  placeYears, // "August Board" → August of the plan's year (the refiners before it read the text alone, never the
  // context: an assessment's first pass keeps their work for the texts it reads again in context)
  monthFirstDates, // "3/12/2025" month first, where the plan writes its dates so (it reads the plan's context)
  planLifeYears, // "2015-2017" in a plan of 2015-17: its life, due 31 March 2017 (it reads the plan's stated period)
];
