import type { Parser } from '../types';
import { readYear } from '../years';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads quarters. With a financial year ("Q3 2015/16") the quarter is of the UK financial year
 * (Q1 = April-June ... Q4 = January-March of the second year). With a plain year ("Q2 2005") it is a
 * calendar quarter. With no year ("Qtr 3", "End of Q3") it is taken as a quarter of the plan's financial year, as
 * UK public bodies mean it (Q3 = October-December), and placed in the plan's financial year.
 *
 * Accepts: "Q2 2005", "Q3 2015/16", "Q4 2015-2016", "Qtr 3", "Quarter 1 2016", "Q1 of 2015/16".
 */
export const quarterParser: Parser = {
  name: 'quarter',
  pattern: /\b(?:q|qtr|quarter)[ \t]*([1-4])\b(?:[ \t]*(?:of[ \t]+)?(?:(\d{4})[ \t]*[/-][ \t]*(\d{4}|\d{2})|(\d{4})|(\d{2})[ \t]*\/[ \t]*(\d{2})))?(?![\d])/gi,
  requires: ['digit', 'qQ'],
  extract(match) {
    const q = Number(match[1]);
    const fyFirst = match[2] ?? (match[5] ? match[5] : undefined);
    const fySecond = match[3] ?? match[6];
    if (fyFirst && fySecond) {
      const first = readYear(fyFirst);
      const second = readYear(fySecond.length === 4 ? fySecond : fySecond);
      if (!first || !second || second.year % 100 !== (first.year + 1) % 100) return null;
      return financialQuarter(match, q, fyFirst);
    }
    if (match[4]) {
      const firstMonth = (q - 1) * 3 + 1;
      const c = makeComponent({
        parser: this.name,
        match,
        precision: 'quarter',
        yearText: match[4],
        stated: { day: false, month: false },
        month: firstMonth + 2,
        span: monthsSpan(firstMonth, firstMonth + 2),
      });
      c?.assumptions.push(`Q${q} ${match[4]} read as a calendar quarter`);
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
