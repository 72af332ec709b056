import { AMBIGUOUS_MONTH_WORDS, MONTH_PATTERN, NOT_A_MONTH_AFTER } from '../../vocab/months';
import type { Parser } from '../types';
import { makeComponent, monthNumber, monthSpan } from './common';

/**
 * Reads a month name with no year ("August Board", "by March"). The year is placed later by the year
 * refiner from the plan's other timescales.
 *
 * Accepts: "August Board", "By March", "January", "APR".
 * Rejects: words that only look like months: "may be", "march on", lower-case "may" or "march", and an abbreviation in
 * capitals after "each", "every", "the" or "an" ("Following publication of each APR": an Adult Practice Review).
 */
export const monthOnlyParser: Parser = {
  name: 'month-only',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\b\\.?`, 'gi'),
  requires: ['month'],
  extract(match, text) {
    const word = match[1];
    const month = monthNumber(word);
    if (!month) return null;
    // an abbreviation in capitals after a word that counts or points at a thing ("each APR", "the MAR") names a thing
    // (an Adult Practice Review, a medication record), not a month
    if (word.length === 3 && word === word.toUpperCase() && THING_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
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

/** The words before an abbreviation in capitals that make it a thing's name ("each APR", "every DEC"). */
const THING_BEFORE = /\b(?:each|every|the|an?|any|all|per|our|this|that|no)\s+$/i;
