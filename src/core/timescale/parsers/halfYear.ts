import type { Component, Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/** The halves named in words, as plans write them ("first half of 2017", "2nd half 2016/17"). */
const ORDINAL_HALVES: Record<string, number> = { '1st': 1, '2nd': 2, first: 1, second: 2 };

/**
 * Reads half years. With a plain year ("H1 2017", "first half of 2017") it is a calendar half: H1 is January-June,
 * H2 July-December. With a financial year ("H2 2016/17", "second half of 2016-17") it is a half of the UK financial
 * year: H1 April-September, H2 October-March of the second year. A half needs a year: "H1" alone or "first half"
 * alone (of a meeting, of a term) is not read.
 *
 * Accepts: "H1 2017", "H2 2016/17", "1H 2017", "first half of 2017", "2nd half 2016-2017", "Second half-year 2016".
 * Rejects: "H1" with no year, "half 2017" with no ordinal, "H12 2017" (not a half); "first half of the year" is a half of
 * the plan's year (`halfOfPlanYear`).
 *
 * @example parseTimescale('H1 2017').due // '2017-06-30'
 * @example parseTimescale('H2 2016/17').due // '2017-03-31'
 */
export const halfYearParser: Parser = {
  name: 'half-year',
  pattern: new RegExp(
    `\\b(?:h[ \\t]?([12])|([12])h|(${Object.keys(ORDINAL_HALVES).join('|')})[ \\t]+half(?:[ \\t-]*year)?)\\b` +
      '[ \\t]*(?:of[ \\t]+)?(?:(\\d{4})[ \\t]*[/\\-–][ \\t]*(\\d{4}|\\d{2})|(\\d{4}))(?![\\d]|[./]\\d)',
    'gi',
  ),
  requires: ['year', 'hH'],
  // "h1", "h 1" (any word that starts with h), "1h", "first half"
  words: ['h', '1h', '2h', ...Object.keys(ORDINAL_HALVES)],
  extract(match) {
    const half = Number(match[1] ?? match[2] ?? ORDINAL_HALVES[match[3]?.toLowerCase() ?? ''] ?? 0);
    if (half !== 1 && half !== 2) return null;
    const fyFirst = match[4];
    const fySecond = match[5];
    if (fyFirst && fySecond) {
      if (yearPair(fyFirst, fySecond) === null) return null;
      // H1 April-September of the first year, H2 October-March into the second
      const c: Component | null = makeComponent({
        parser: this.name,
        match,
        precision: 'half',
        yearText: fyFirst,
        stated: { day: false, month: false },
        month: half === 1 ? 9 : 3,
        span: half === 1 ? monthsSpan(4, 9) : monthsSpan(10, 3, 1),
      });
      c?.assumptions.push(`H${half} ${fyFirst}/${fySecond} read as a half of the financial year (${half === 1 ? 'April-September' : 'October-March'})`);
      return c;
    }
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'half',
      yearText: match[6],
      stated: { day: false, month: false },
      month: half === 1 ? 6 : 12,
      span: half === 1 ? monthsSpan(1, 6) : monthsSpan(7, 12),
    });
    c?.assumptions.push(`H${half} ${match[6]} read as a calendar half year (${half === 1 ? 'January-June' : 'July-December'})`);
    return c;
  },
};
