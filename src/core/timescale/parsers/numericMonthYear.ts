import type { Parser } from '../types';
import { followsReferenceWord, monthOfYear } from './common';

/**
 * Reads a month and a four-figure year in numbers, as a form or a system writes a target month ("09/2015",
 * "By 3/2016", "Target: 03/2016"): month precision, due at the end of the month, as "Sept 2015" is.
 *
 * Rejects: a full date's month and year ("31/03/2016", read whole by the numeric-date parser), a financial year
 * ("2015/2016"), a month past 12 ("13/2015"), a quarter or reference ("Q1/2016", "SIIP 3/2015"), and a fraction or
 * figure after it ("1/2015.5").
 */
export const numericMonthYearParser: Parser = {
  name: 'numeric-month-year',
  // (nothing before the month that would make it part of a date, a reference or a word: "31/03/2016", "Q1/2016")
  pattern: /(?<![A-Za-z\d./£$-])(0?[1-9]|1[0-2])[ \t]*\/[ \t]*((?:19|20)\d{2})(?![\d%]|[./-][ \t]*\d)/g,
  requires: ['year', '/'],
  extract(match, text) {
    if (followsReferenceWord(text, match.index)) return null;
    const month = Number(match[1]);
    const c = monthOfYear(this.name, match, month);
    c?.assumptions.push(`"${match[0].trim()}" read as month/year`);
    return c;
  },
};
