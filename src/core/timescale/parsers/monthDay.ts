import { MONTH_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
import { daySpan, makeComponent, monthNumber } from './common';

/**
 * Reads a month name followed by a day, which must be marked as a day so it is not taken for a year.
 *
 * Accepts: "June 5th", "January 31st 2016", "January 31, 2016".
 * Rejects: "September 14" (that is September 2014: see the month-year parser).
 */
export const monthDayParser: Parser = {
  name: 'month-day',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\.?[ \\t]+(\\d{1,2})(?:(?:st|nd|rd|th)(?:,?[ \\t]+(\\d{4}))?|,[ \\t]*(\\d{4}))(?![\\d])`, 'gi'),
  requires: ['digit', 'month', 'month before digit'],
  extract(match) {
    const month = monthNumber(match[1]);
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) return null;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: match[3] ?? match[4],
      stated: { day: true, month: true },
      month,
      span: daySpan(month, day),
    });
  },
};
