import type { Parser } from '../types';
import { makeComponent, monthsSpan } from './common';

/** What after a year's number makes it a school year group or an age, not a year of the plan. */
const NOT_A_PLAN_YEAR_AFTER = String.raw`(?![ \t]*(?:[-–]?[ \t]*\d|pupils?|students?|children|groups?|olds?|\+))`;

/**
 * Reads a year of the plan, counted from its start: "Year 2" of a strategic plan for 2014-17 is its second
 * financial year, due 31 March 2016. The year refiner places it from the period the plan's title states; a plan
 * that states none has no date for it (the text is then read as no date, as before). A span of years ("Years 1-3")
 * is due at the end of its last year (31 March 2017), from the start of its first.
 *
 * The start of a year ("Start of year 2") is its first third, April-July, as the start of a financial year is.
 *
 * Accepts: "Year 1", "Yr 2", "End of year 2", "Start of year 2", "Beginning of Year 3", "Year 3 (2016/17)" (the financial year is read as well), "Years 1-3",
 * "Year 2 - 3", "Years 1 and 2", "Years 1 to 3", "Yr 1-2", "Year 1 to year 3", and a list as its span: "Years 1, 2 and 3",
 * "Years 1, 2, 3".
 * Rejects: "Year 7 pupils", "year 10" (school year groups and counts beyond a plan's five years), "Years 10 and 11",
 * "Years 1-2 pupils", "Year 2015", "5 year olds", "Years 3-1" (backwards).
 *
 * @example parseTimescale('Years 1-3', { planStartYear: 2014 }).due // '2017-03-31'
 */
export const planYearParser: Parser = {
  name: 'plan-year',
  pattern: new RegExp(
    [
      // the start of a year: "Start of year 2", "Beginning of Year 3", "Early in year 2"
      String.raw`\b(?:start|beginning|early(?:[ \t]+part)?)[ \t]+(?:(?:of|in)[ \t]+)?(?:the[ \t]+)?(?:year|yr)[ \t]*(?<startYear>[1-5])\b${NOT_A_PLAN_YEAR_AFTER}`,
      // a span: "Years 1-3", "Year 1 to year 3", or a list read as one: "Years 1, 2 and 3"
      String.raw`\b(?:years?|yrs?)[ \t]*(?<first>[1-5])(?:[ \t]*,[ \t]*(?:(?:years?|yrs?)[ \t]*)?[1-5])*[ \t]*(?:[-–]|to\b|and\b|&|,)[ \t]*(?:(?:years?|yrs?)[ \t]*)?(?<last>[1-5])\b${NOT_A_PLAN_YEAR_AFTER}`,
      // one year
      String.raw`\b(?:year|yr)[ \t]*(?<year>[1-5])\b${NOT_A_PLAN_YEAR_AFTER}`,
    ].join('|'),
    'gi',
  ),
  requires: ['yY', 'rR'],
  words: ['year', 'yr'],
  extract(match) {
    const g = match.groups!;
    if (g.startYear !== undefined) {
      // its first third, as the start of a financial year is (April-July)
      const c = makeComponent({ parser: this.name, match, precision: 'season', stated: { day: false, month: false }, span: monthsSpan(4, 7, 0) });
      if (c) {
        c.planYear = Number(g.startYear);
        c.assumptions.push(`"${match[0].trim()}" read as the first third of that year of the plan (April-July), due 31 July`);
      }
      return c;
    }
    const first = Number(g.first ?? g.year);
    const last = g.last === undefined ? first : Number(g.last);
    if (last < first) return null;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'year',
      stated: { day: false, month: false },
      span: monthsSpan(4, 3, last - first + 1),
    });
    if (c) {
      c.planYear = first;
      if (last > first) c.planYearLast = last;
    }
    return c;
  },
};
