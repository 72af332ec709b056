import { MONTH_PATTERN } from '../../vocab/months';
import { NOT_A_DAY_BEFORE } from '../../vocab/timescalePhrases';
import type { Parser } from '../types';
import { daySpan, makeComponent, monthNumber } from './common';

/**
 * Reads a day followed by a month name, with or without a year.
 *
 * Accepts: "31st January 2016", "5th June", "25 Dec 2014", "1st of March 2015", "2 Feb '15", "14-Mar-2015", and
 * "02/Jun/25" as Jira writes a due date ("02/Jun/25 12:00 AM"); a full stop after the year ends the sentence
 * ("Completion date: 30 April 2023."), a digit after it does not ("25 Dec 2014.12" is no year); after a comma only four
 * figures are a year ("Booked for 25th March, 60 places" is 25 March, the year placed later; "5th June, 2016" is 2016).
 * A missing year is placed later by the year refiner ("For LSCB meeting on 5th June").
 * Rejects: "32 January", "30th February 2015", a stage number before a month ("Phase 2 Mar 16" is March 2016).
 */
export const dayMonthParser: Parser = {
  name: 'day-month',
  pattern: new RegExp(
    `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?(?:[ \\t-]+|/)(${MONTH_PATTERN})\\b\\.?(?:(?:,?[ \\t-]+|/)(\\d{4}|(?<!,[ \\t-]*)['’]?\\d{2})(?![\\d:/%]|\\.\\d))?`,
    'gi',
  ),
  requires: ['digit', 'month', 'digit before month'],
  extract(match, text) {
    // "Phase 2 Mar 16": the number counts phases; the month-year parser reads "Mar 16"
    if (NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) return null;
    const day = Number(match[1]);
    const month = monthNumber(match[2]);
    if (!month || day < 1 || day > 31) return null;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: match[3],
      stated: { day: true, month: true },
      month,
      span: daySpan(month, day),
    });
  },
};
