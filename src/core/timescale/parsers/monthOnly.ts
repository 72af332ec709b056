import { AMBIGUOUS_MONTH_WORDS, MONTH_PATTERN, NOT_A_MONTH_AFTER } from '../../vocab/months';
import type { Parser } from '../types';
import { makeComponent, monthNumber, monthSpan } from './common';

/**
 * Reads a month name with no year ("August Board", "by March"). The year is placed later by the year
 * refiner from the plan's other timescales.
 *
 * Accepts: "August Board", "By March", "January".
 * Rejects: words that only look like months: "may be", "march on", lower-case "may" or "march".
 */
export const monthOnlyParser: Parser = {
  name: 'month-only',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\b\\.?`, 'gi'),
  requires: ['month'],
  extract(match, text) {
    const word = match[1];
    const month = monthNumber(word);
    if (!month) return null;
    if (AMBIGUOUS_MONTH_WORDS.has(word.toLowerCase())) {
      if (word[0] !== word[0].toUpperCase()) return null;
      const next = /^\s*([a-z]+)/i.exec(text.slice(match.index + match[0].length));
      if (next && NOT_A_MONTH_AFTER.includes(next[1].toLowerCase())) return null;
    }
    return makeComponent({
      parser: this.name,
      match,
      precision: 'month',
      stated: { day: false, month: true },
      month,
      span: monthSpan(month),
    });
  },
};
