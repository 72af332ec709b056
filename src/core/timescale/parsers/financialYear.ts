import { MONTH_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
import { readYear } from '../years';
import { followsReferenceWord, makeComponent, monthsSpan } from './common';

/**
 * Reads a year pair. Consecutive years are a UK financial year, 1 April to 31 March ("2015/16" is due
 * 31 March 2016); a longer pair written as a financial year is, the last year in two digits, is a run of financial
 * years ("2016-18" is due 31 March 2018); with four digits it is a span of calendar years ("2007-2010" is due
 * 31 December 2010).
 *
 * Accepts: "2015/16", "2015/2016", "2015-16", "FY 2015-16", "2016-18", "2014/17", "2007-2010", "2014-5" (one digit,
 * the next year's last).
 * Rejects: "2016/15" (backwards), "2015/25" (not a plan period), "2014-7" (one digit, not the next year), "2015-6 weeks".
 */
export const financialYearParser: Parser = {
  name: 'financial-year',
  pattern:
    /(?<![\d./])(?:fy[ \t]*)?((?:19|20)\d{2})[ \t]*[/\-–][ \t]*(\d{4}|\d{2}|\d(?![ \t]*(?:weeks?|months?|days?|years?|yrs?|%|am|pm)\b))(?![\d]|[./]\d)/gi,
  requires: ['year', 'pair', '/-–'],
  extract(match) {
    const first = readYear(match[1]);
    if (!first) return null;
    const secondText = match[2];
    // "2014-5": one digit, the year after's last (nothing else)
    if (secondText.length === 1 && Number(secondText) !== (first.year + 1) % 10) return null;
    const secondYear =
      secondText.length === 4 ? Number(secondText) : secondText.length === 1 ? first.year + 1 : Math.floor(first.year / 100) * 100 + Number(secondText);
    const gap = secondYear - first.year;
    // one financial year ("2015/16"), or a plan's run of them written as one is, the last year in two digits
    // ("2016-18", "2014/17": due at the end of the last)
    if (gap === 1 || (gap > 1 && gap <= 5 && secondText.length === 2)) return financialYears(this.name, match, first.year, secondYear);
    if (gap > 1 && gap <= 10 && secondText.length === 4) {
      return makeComponent({
        parser: this.name,
        match,
        precision: 'year',
        yearText: match[1],
        stated: { day: false, month: false },
        month: 12,
        span: monthsSpan(1, 12, gap),
      });
    }
    return null;
  },
};

/**
 * Reads a financial year written out with "to" between its two years, as GOV.UK style writes it ("2026 to 2027" for
 * the year to 31 March 2027, as "2026-2027" is read). Only consecutive years: "2024 to 2026" stays a span of calendar
 * years (to 31 December 2026), as "2024-2026" does.
 *
 * Accepts: "2026 to 2027", "FY 2026 to 2027", "By 2026 to 2027". Rejects: "2024 to 2026" (not consecutive), "2027 to
 * 2026" (backwards), "2026 to 27" (the second year shortened: not how the style writes it).
 * @example parseTimescale('2026 to 2027').due // '2027-03-31'
 */
export const financialYearInWordsParser: Parser = {
  name: 'financial-year',
  pattern: /(?<![\d./])(?:fy[ \t]*)?((?:19|20)\d{2})[ \t]+to[ \t]+((?:19|20)\d{2})(?![\d]|[./]\d)/gi,
  requires: ['year'],
  words: ['to'],
  extract(match) {
    const first = readYear(match[1]);
    if (!first || Number(match[2]) !== first.year + 1) return null;
    return financialYears(this.name, match, first.year, first.year + 1);
  },
};

/**
 * The financial years from 1 April of `from` to 31 March of `to` (one year when `to` follows `from`), read from a
 * match whose first group holds the first year, with the assumption that says so.
 */
function financialYears(parser: string, match: RegExpExecArray, from: number, to: number) {
  const c = makeComponent({
    parser,
    match,
    precision: 'year',
    yearText: match[1],
    stated: { day: false, month: false },
    month: 3,
    span: monthsSpan(4, 3, to - from),
  });
  c?.assumptions.push(
    to === from + 1
      ? `${match[0].trim()} read as the financial year 1 April ${from} to 31 March ${to}`
      : `${match[0].trim()} read as the financial years 1 April ${from} to 31 March ${to}`,
  );
  return c;
}

/**
 * Reads a financial year written with two-digit years and a slash ("16/17", "FY 15/16"), as plans shorten "2016/17".
 * The second year must follow the first (so "16/18" is not one, nor a day and month such as "12/10"), and the
 * years must fall in 2010-2039; ages ("16/17 year olds") and references ("item 16/17") are not read.
 *
 * Accepts: "16/17", "FY 15/16", "by end of 14/15". Rejects: "16/18", "5/6", "16/17 year olds", "item 16/17",
 * "16/17 March 2015" and "March 16/17" (two days of a month).
 * @example parseTimescale('16/17').due // '2017-03-31'
 */
export const shortFinancialYearParser: Parser = {
  name: 'financial-year',
  // (after "FY" any two digits: "FY09/10"; alone, "09/10" may be a day and month)
  pattern: /(?<![\d./£$-])(?:fy[ \t]*)?((?<=fy[ \t]*)\d{2}|[1-3]\d)[ \t]*\/[ \t]*(\d{2})(?![\d%]|[./-]\d|[ \t]*(?:years?|yrs?)[ \t-]*olds?)/gi,
  requires: ['pair', '/'],
  extract(match, text) {
    const first = Number(match[1]);
    if (Number(match[2]) !== first + 1 || followsReferenceWord(text, match.index)) return null;
    // days beside a month ("16/17 March 2015", "March 16/17") are two days, not a year
    if (MONTH_AFTER.test(text.slice(match.index + match[0].length)) || MONTH_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const year = 2000 + first;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'year',
      yearText: String(year),
      stated: { day: false, month: false },
      month: 3,
      span: monthsSpan(4, 3, 1),
    });
    c?.assumptions.push(`${match[0].trim()} read as the financial year 1 April ${year} to 31 March ${year + 1}`);
    return c;
  },
};

/** A month word just after or just before two numbers: they are days of that month. */
const MONTH_AFTER = new RegExp(`^[ \\t]*(?:of[ \\t]+)?(?:${MONTH_PATTERN})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_PATTERN})\\.?[ \\t]*$`, 'i');
