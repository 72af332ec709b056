import { MONTH_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
import { monthNumber, monthOfYear } from './common';

/** A meeting named between a month and its year ("March Board 2015"): the date is the month's. */
const MEETING_WORDS = String.raw`(?:board|lscb|lsab|scb|sab|cscb|executive|exec|panel|committee|forum|cabinet|meeting)`;

/**
 * Reads a month with a year: month precision, due at the end of the month.
 *
 * Accepts: "August 2014", "September 14", "Dec 14", "Apr-15", "Sept 2015", "Oct14", "Jan '15", "June, 2014", and a
 * meeting named between the month and its year ("March Board 2015", "June LSCB meeting 2015").
 * A two-digit number after a month is a year in UK plans ("September 14" is September 2014).
 * Rejects: "May 15th" (a day: see the month-day parser), "March 2.1".
 */
export const monthYearParser: Parser = {
  name: 'month-year',
  pattern: new RegExp(
    `\\b(${MONTH_PATTERN})\\.?(?:[ \\t]+${MEETING_WORDS}(?:[ \\t]+meeting)?)?(?:[ \\t]*[-/,’'][ \\t]*|[ \\t]+|(?=\\d))(\\d{4}|['’]?\\d{2})(?![\\d]|[.:/]\\d|[ \\t]*(?:st|nd|rd|th)\\b|[ \\t]*%)`,
    'gi',
  ),
  requires: ['digit', 'month', 'month before digit'],
  extract(match) {
    const month = monthNumber(match[1]);
    if (!month) return null;
    return monthOfYear(this.name, match, month);
  },
};
