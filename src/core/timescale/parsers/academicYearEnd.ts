import type { Parser } from '../types';
import { monthsSpan, periodEnd } from './common';

/**
 * Reads the end of an academic year named in words, with no year: due 31 August (as "academic year 2015/16" is), the
 * end of the academic year (1 September to 31 August) that holds the reference date; the year refiner places it and
 * says so. With a year written ("End of academic year 2015/16") the school-year parser reads it.
 *
 * Accepts: "By end of the academic year", "End of academic year", "End of the school year", "end of this academic
 * year", "academic year end", "school year-end".
 * Rejects: "academic year" (no end named), "End of academic year 2015/16" (read by `schoolYearParser`), "End of the
 * year" (the financial year end).
 *
 * @example parseTimescale('End of academic year', { referenceDate: '2015-01-21' }).due // '2015-08-31'
 */
export const academicYearEndParser: Parser = {
  name: 'academic-year-end',
  pattern:
    /\b(?:(?:the[ \t]+)?end[ \t]+of[ \t]+(?:the[ \t]+)?(?:current[ \t]+|this[ \t]+)?(?:academic|school)[ \t]+year|(?:academic|school)[ \t]+year[ \t-]+end)\b(?![ \t]*(?:of[ \t]+)?[\d'’])/gi,
  requires: ['eE', 'nN', 'dD'],
  words: ['end', 'academic', 'school'],
  extract(match) {
    const c = periodEnd(this.name, match, monthsSpan(9, 8, 1), { month: 8 });
    if (c) c.academicYearPlaced = true;
    return c;
  },
};
