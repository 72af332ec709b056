import type { Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads a sports season named by its two years ("2020/21 season", "End of the 2020/21 season"), as a club's or a
 * governing body's plan writes it: July to June, due at the end of June of the second year (not 31 March, as the
 * years alone would read as a financial year).
 *
 * Accepts: "2020/21 season", "End of 2020/21 season", "the 2021-22 football season".
 * Rejects: "2020/22 season" (years that do not follow on), "2020/21" alone (a financial year).
 *
 * @example parseTimescale('End of 2020/21 season').due // '2021-06-30'
 */
export const sportsSeasonParser: Parser = {
  name: 'sports-season',
  pattern: /(?<![\d./])(\d{4})[ \t]*[/\-–][ \t]*(\d{4}|\d{2})[ \t]+(?:(?:football|playing|sporting|rugby|cricket|netball)[ \t]+)?season\b/gi,
  requires: ['year', 'pair', 'sS'],
  // (every match opens with its four-figure year)
  opens: 'year',
  words: ['season'],
  extract(match) {
    const first = yearPair(match[1], match[2]);
    if (first === null) return null;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'year',
      yearText: match[1],
      stated: { day: false, month: false },
      month: 6,
      span: monthsSpan(7, 6, 1),
    });
    c?.assumptions.push(`"${match[0].trim()}" read as a sports season, July ${first} to June ${first + 1}`);
    return c;
  },
};
