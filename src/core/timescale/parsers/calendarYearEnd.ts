import type { Parser } from '../types';
import { monthsSpan, periodEnd } from './common';

/**
 * Reads the end of a calendar year named in words: due 31 December, not 31 March ("year end" alone is the financial
 * year end). A year may follow ("Calendar year end 2015"); with none the year refiner places it as it places a month
 * with no year, and says so.
 *
 * Accepts: "Calendar year end", "calendar year-end 2015", "End of the calendar year", "By end of calendar year",
 * "end of this calendar year", "End of calendar year 2016".
 * Rejects: "calendar year" (no end named), "End of the financial year" (31 March: `financialYearEndParser`).
 *
 * @example parseTimescale('Calendar year end 2015').due // '2015-12-31'
 */
export const calendarYearEndParser: Parser = {
  name: 'calendar-year-end',
  pattern:
    /\b(?:(?:the[ \t]+)?end[ \t]+of[ \t]+(?:the[ \t]+)?(?:current[ \t]+|this[ \t]+)?calendar[ \t]+year|calendar[ \t]+year[ \t-]+end)\b(?:[ \t]+(?<year>\d{4}|['’]\d{2})(?![\d]|[./\-–][ \t]*\d)|(?![ \t]*[\d'’]))/gi,
  requires: ['eE', 'nN', 'dD'],
  words: ['end', 'calendar'],
  extract(match) {
    const c = periodEnd(this.name, match, monthsSpan(1, 12, 0), { month: 12, yearText: match.groups!.year });
    c?.assumptions.push(`"${match[0].trim()}" read as 31 December, the end of the calendar year (not the financial year)`);
    return c;
  },
};
