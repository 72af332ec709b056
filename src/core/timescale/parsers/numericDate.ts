import type { Parser } from '../types';
import { dayPastMonthEnd, daySpan, followsReferenceWord, makeComponent } from './common';

/**
 * Reads numeric day-first dates, UK style.
 *
 * Accepts: "20.5.14", "24/11/14", "31/03/2016", "4.12.14", "1-2-2015", and both ends of "1/4/15-31/3/16".
 * A day past its month's end ("31/4/15", "29/02/2015") is the month's last day, said in the assumptions.
 * Rejects: month-first dates that do not exist UK style ("12/31/2015"), dotted references ("SIIP 1.1.12"),
 * versions and decimals ("12.53", "1.10").
 */
export const numericDateParser: Parser = {
  name: 'numeric-date',
  // a hyphen joining two whole dates ("1/4/15-31/3/16") is a range, not part of a longer number
  pattern:
    /(?<![\d./]|(?<!\d{1,2}[./]\d{1,2}[./]\d{2,4}\s?)-)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./]\d|-(?!\s?\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d))\d)/g,
  requires: ['pair', './-'],
  extract(match, text) {
    if (followsReferenceWord(text, match.index)) return null;
    const day = Number(match[1]);
    const month = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return (
      makeComponent({
        parser: this.name,
        match,
        precision: 'day',
        yearText: match[4],
        stated: { day: true, month: true },
        month,
        span: daySpan(month, day),
      }) ?? dayPastMonthEnd(this.name, match, month, day, match[4])
    );
  },
};
