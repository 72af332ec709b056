import { MONTH_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
import { dayPastMonthEnd, daySpan, followsReferenceWord, makeComponent } from './common';

/**
 * Reads a numeric day and month with no year, UK style: "By 30/09", "31/03", "w/c 06/10". The year is placed later,
 * as for "5th June" (the year refiner). A day past its month's end ("31/4") is the month's last day, said.
 *
 * Rejects: a financial year ("14/15", "11/12": a month one after the day is left to the financial-year parser), a
 * date with its year ("30/09/15", read whole by the numeric-date parser), "24/7", days beside a month ("16/17
 * March"), ages ("16/17 year olds"), a quarter or reference ("Q1/2", "SIIP 3/4"), and dotted numbers ("3.1": a
 * reference or a version, not a date).
 */
export const numericDayMonthParser: Parser = {
  name: 'numeric-day-month',
  pattern: /(?<![A-Za-z\d./£$-])(\d{1,2})[ \t]*\/[ \t]*(\d{1,2})(?![\d%]|[./-][ \t]*\d|[ \t]*(?:years?|yrs?)\b)/g,
  requires: ['pair', '/'],
  extract(match, text) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || month === day + 1) return null;
    if ((day === 24 && month === 7) || followsReferenceWord(text, match.index)) return null;
    if (MONTH_AFTER.test(text.slice(match.index + match[0].length))) return null;
    // a day past its month's end ("31/4"): the month's last day, said
    const c =
      dayPastMonthEnd(this.name, match, month, day) ??
      makeComponent({
        parser: this.name,
        match,
        precision: 'day',
        stated: { day: true, month: true },
        month,
        span: daySpan(month, day),
      });
    c?.assumptions.push(`"${match[0].trim()}" read as day/month, UK order`);
    return c;
  },
};

/** A month word after the pair: "16/17 March" names two days. */
const MONTH_AFTER = new RegExp(`^[ \\t]*(?:of[ \\t]+)?(?:${MONTH_PATTERN})\\b`, 'i');
