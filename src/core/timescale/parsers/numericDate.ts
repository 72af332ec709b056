import type { Component, Parser } from '../types';
import { dayPastMonthEnd, daySpan, followsReferenceWord, makeComponent } from './common';

/**
 * Reads numeric day-first dates, UK style.
 *
 * Accepts: "20.5.14", "24/11/14", "31/03/2016", "4.12.14", "1-2-2015", and both ends of "1/4/15-31/3/16".
 * A day past its month's end ("31/4/15", "29/02/2015") is the month's last day, said in the assumptions. A date that
 * can only be month first ("12/31/2024", as US tools export dates) is read so, said in the assumptions.
 * Rejects: dotted references ("SIIP 1.1.12"), versions and decimals ("12.53", "1.10").
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
    // month first, as US tools export dates ("12/31/2024", an Airtable or Notion download): no month 13 to 31, so the
    // first number is the month
    if (month > 12 && month <= 31 && day >= 1 && day <= 12) return monthFirst(this.name, match, day, month);
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

/**
 * A date written month first that cannot be day first ("12/31/2024": there is no month 31), read as the US writes it.
 * @example monthFirst('numeric-date', /(\d+)\/(\d+)\/(\d+)/.exec('12/31/2024')!, 12, 31)?.assumptions // ['"12/31/2024" read month first (US style): there is no month 31']
 */
function monthFirst(parser: string, match: RegExpExecArray, month: number, day: number): Component | null {
  const c = makeComponent({ parser, match, precision: 'day', yearText: match[4], stated: { day: true, month: true }, month, span: daySpan(month, day) });
  c?.assumptions.push(`"${match[0].trim()}" read month first (US style): there is no month ${day}`);
  return c;
}
