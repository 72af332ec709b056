import type { Parser } from '../types';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads a year of the plan, counted from its start: "Year 2" of a strategic plan for 2014-17 is its second
 * financial year, due 31 March 2016. The year refiner places it from the period the plan's title states; a plan
 * that states none has no date for it (the text is then read as no date, as before).
 *
 * Accepts: "Year 1", "Yr 2", "End of year 2", "Year 3 (2016/17)" (the financial year is read as well).
 * Rejects: "Year 7 pupils", "year 10" (school year groups and counts beyond a plan's five years), "Year 2015",
 * "5 year olds", "Years 1-3" (a span).
 */
export const planYearParser: Parser = {
  name: 'plan-year',
  pattern: /\b(?:year|yr)[ \t]*([1-5])\b(?![ \t]*(?:[-–]?[ \t]*\d|pupils?|students?|children|groups?|olds?|\+))/gi,
  requires: ['yY', 'rR'],
  words: ['year', 'yr'],
  extract(match) {
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'year',
      stated: { day: false, month: false },
      span: monthsSpan(4, 3, 1),
    });
    if (c) c.planYear = Number(match[1]);
    return c;
  },
};
