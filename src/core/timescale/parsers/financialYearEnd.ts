import { isoDate, type IsoDate } from '../../calendarDate';
import type { Parser } from '../types';
import { periodEnd } from './common';

/**
 * Reads the end of a financial year named in words, with no year: due 31 March of the plan's financial year (the
 * year refiner places it). "Year end" is the financial year end, as UK public bodies mean it.
 *
 * Accepts: "by end of financial year", "End of the financial year", "financial year end", "FYE", "EOY", "EOFY", "year-end", "by year end",
 * "end of FY", "By the end of the year", "end of this year" (a year with no number is the plan's year, as "year end"
 * is); "end of March (financial year)" is read by the month parsers. "End of year 2" (a stage) is not read.
 * Rejects: "financial year 2015/16" (the financial-year parser reads that), "end of year report" is still a year end.
 */
export const financialYearEndParser: Parser = {
  name: 'financial-year-end',
  pattern:
    /\b(?:fye|eof?y|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:current\s+|this\s+)?(?:financial\s+year|fin(?:ancial)?\.?\s*yr|fy)|(?:financial\s+)?year[\s-]+end|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:current\s+|this\s+)?year(?![\s-]*\d))\b(?![\s-]*(?:19|20)?\d{2}\b)/gi,
  requires: ['eE'],
  // every spelling says "end" ("year-end", "end of FY"), or is "FYE", "EOY" or "EOFY" (end of (financial) year, as
  // plans shorten it)
  words: ['end', 'fye', 'eoy', 'eofy'],
  extract(match) {
    const c = periodEnd(this.name, match, (year: number): [IsoDate, IsoDate] => [isoDate(year, 4, 1)!, isoDate(year + 1, 3, 31)!], { month: 3 });
    if (c) {
      c.financialYearPlaced = true;
      c.assumptions.push(`"${match[0].trim()}" read as 31 March, the end of the plan's financial year`);
    }
    return c;
  },
};
