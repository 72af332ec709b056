import type { Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/** Quarters named in words, as plans write them ("1st quarter 2017", "third quarter of 2015/16"). */
const ORDINAL_QUARTERS: Record<string, number> = { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, first: 1, second: 2, third: 3, fourth: 4 };

/** The match with the ordinal's group taken out, so the year groups keep their numbers (2 to 6). */
function shifted(match: RegExpExecArray): RegExpExecArray {
  const m = [match[0], match[1] ?? match[2], ...match.slice(3)] as unknown as RegExpExecArray;
  m.index = match.index;
  m.input = match.input;
  return m;
}

/**
 * Reads quarters. With a financial year ("Q3 2015/16") the quarter is of the UK financial year
 * (Q1 = April-June ... Q4 = January-March of the second year). With a plain year ("Q2 2005") it is a
 * calendar quarter. With no year ("Qtr 3", "End of Q3") it is taken as a quarter of the plan's financial year, as
 * UK public bodies mean it (Q3 = October-December), and placed in the plan's financial year.
 *
 * Accepts: "Q2 2005", "Q1 24" and "Q4 '23" (a year in two digits: a calendar quarter, as "Q1 2024" is), "Q3 2015/16",
 * "Q4 2015-2016", "Q4 16-17" (a short financial year with a dash, as
 * "Q4 16/17" is), "Q1 (2016/17)" and "Q2 - 2016/17" (a bracket, dash or colon before a financial year), "Qtr 3", "Quarter 1 2016", "Q1 of 2015/16", "1st quarter 2017", "third quarter of 2015/16" (an
 * ordinal quarter needs a year: "third quarter" alone is not read). Two digits followed by a word or a decimal are not
 * a year: "Q3 15 sessions", "Q2 12.5%".
 */
export const quarterParser: Parser = {
  name: 'quarter',
  pattern: new RegExp(
    `\\b(?:(?:q|qtr|quarter)[ \\t]*([1-4])|(${Object.keys(ORDINAL_QUARTERS).join('|')})[ \\t]+(?:qtr|quarter))\\b` +
      // (a bracket, dash or colon before a financial year, "Q1 (2016/17)", "Q2 - 2016/17": the quarter of that year,
      // not a quarter with no year beside it, nor a range to the year's end; only before a year as plans write one)
      '(?:(?:[ \\t]*[(:\\-–][ \\t]*(?=(?:fy[ \\t]*)?(?:\\d{4}[ \\t]*[/\\-–][ \\t]*\\d{2}|\\d{2}[ \\t]*\\/[ \\t]*\\d{2})))?' +
      '[ \\t]*(?:of[ \\t]+)?(?:fy[ \\t]*)?(?:(\\d{4})[ \\t]*[/-][ \\t]*(\\d{4}|\\d{2})|(\\d{4})|(\\d{2})[ \\t]*\\/[ \\t]*(\\d{2})' +
      // (a short financial year with a dash, "Q4 16-17", as "Q4 16/17" is: not a figure or a span of them, "Q2 12-13%")
      "|['’]?(\\d{2})[ \\t]*[-–][ \\t]*(\\d{2})(?![\\d.]|[ \\t]*%))" +
      // (a year in two digits, "Q1 24", "Q4 '23": not a count of something after it, "Q3 15 sessions")
      "|[ \\t]*['’]?(\\d{2})(?![\\d/]|\\.\\d|[ \\t]*[A-Za-z%]))?(?![\\d])",
    'gi',
  ),
  requires: ['digit', 'qQ'],
  extract(match) {
    const q = match[1] ? Number(match[1]) : ORDINAL_QUARTERS[match[2].toLowerCase()];
    // the groups after the quarter: a financial year (3, 4), a year (5), a short financial year (6, 7), one with a
    // dash (8, 9), a year in two digits (10)
    match = shifted(match);
    const fyFirst = match[2] ?? (match[5] ? match[5] : undefined);
    const fySecond = match[3] ?? match[6];
    if (fyFirst && fySecond) {
      if (yearPair(fyFirst, fySecond) === null) return null;
      return financialQuarter(match, q, fyFirst);
    }
    // a short financial year with a dash ("Q4 16-17"); two numbers that are not one ("Q3 15-20") keep the first as
    // the quarter's year, as they were read before
    const dashed = match[7] && match[8] && yearPair(match[7], match[8]) !== null;
    if (dashed) return financialQuarter(match, q, match[7]);
    // a plain year, or one in two digits ("Q1 24", as "Dec 24" is written): a calendar quarter
    const year = match[4] ?? match[7] ?? match[9];
    if (year) {
      const firstMonth = (q - 1) * 3 + 1;
      const c = makeComponent({
        parser: this.name,
        match,
        precision: 'quarter',
        yearText: year,
        stated: { day: false, month: false },
        month: firstMonth + 2,
        span: monthsSpan(firstMonth, firstMonth + 2),
      });
      c?.assumptions.push(`Q${q} ${year} read as a calendar quarter`);
      return c;
    }
    const c = financialQuarter(match, q, undefined);
    if (c) {
      c.financialYearPlaced = true;
      c.assumptions.push(`Q${q} with no year read as a quarter of the plan's financial year (Q1 April-June ... Q4 January-March)`);
    }
    return c;
  },
};

function financialQuarter(match: RegExpExecArray, q: number, fyFirstYear: string | undefined) {
  // Financial year starting in April of `year`: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar next year.
  const firstMonth = q === 4 ? 1 : q * 3 + 1;
  const yearsLater = q === 4 ? 1 : 0;
  return makeComponent({
    parser: 'quarter',
    match,
    precision: 'quarter',
    yearText: fyFirstYear,
    stated: { day: false, month: false },
    month: firstMonth + 2,
    span: (year) => monthsSpan(firstMonth, firstMonth + 2, 0)(year + yearsLater),
  });
}

/**
 * Reads a quarter written after its financial year ("2016/17 Q2", "2015-16 Quarter 3"): the quarter of that year,
 * as "Q2 2016/17" is (the financial year alone would read as its end).
 *
 * Accepts: "2016/17 Q2", "2015-2016 Qtr 4", "2015/16, Q1", "16/17 Q3", "2016/17 (Q1)", "2016-17: Q2", "2016/17 - Q3". Rejects: "2016/17 Q5", "2016/18 Q2".
 */
export const quarterAfterYearParser: Parser = {
  name: 'quarter',
  // (after "FY" any two digits: "FY09/10 Q1")
  // (a comma, bracket, dash or colon between them: "2016/17 (Q1)", "2016-17: Q2", "2016/17 - Q3")
  pattern: /(?<![\d./])(?:fy[ \t]*)?((?<=fy[ \t]*)\d{2}|\d{4}|[1-3]\d)[ \t]*[/\-–][ \t]*(\d{4}|\d{2})[ \t]*[,(:\-–]?[ \t]*(?:q|qtr|quarter)[ \t]*([1-4])\b/gi,
  requires: ['pair', 'qQ'],
  extract(match) {
    if (yearPair(match[1], match[2]) === null) return null;
    return financialQuarter(match, Number(match[3]), match[1]);
  },
};
