import type { Parser } from '../types';
import { followsReferenceWord, followsTitle, makeComponent, monthsSpan } from './common';

/**
 * Reads a year on its own: year precision, due 31 December.
 *
 * Accepts: "2016", "By end of 2015", "during 2015".
 * Rejects: "100%", "2015%", numbers that are parts of other dates, references ("para 2015"), the year of a law or
 * guidance ("Care Act 2014", "awaiting WT 2018").
 */
export const yearOnlyParser: Parser = {
  name: 'year-only',
  pattern: /(?<![\d./£$-])((?:19[5-9]|20\d)\d)(?![\d%]|[./-]\d|[ \t]*%)/g,
  requires: ['year'],
  // (every match opens with its four-figure year)
  opens: 'year',
  extract(match, text) {
    if (followsReferenceWord(text, match.index) || followsTitle(text, match.index)) return null;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'year',
      yearText: match[1],
      stated: { day: false, month: false },
      month: 12,
      span: monthsSpan(1, 12),
    });
  },
};
