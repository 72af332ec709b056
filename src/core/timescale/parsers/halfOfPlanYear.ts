import type { Parser } from '../types';
import { makeComponent, monthsSpan } from './common';

/** The halves named in words ("second half of the year", "1st half of this financial year"). */
const ORDINAL_HALVES: Record<string, 1 | 2> = { '1st': 1, '2nd': 2, first: 1, second: 2 };

/**
 * Reads a half of the plan's own year, named with no year: a half of the UK financial year, as quarters with no year
 * are (H1 April-September, due 30 September; H2 October-March, due 31 March), placed in the plan's financial year.
 *
 * Accepts: "Second half of the year", "first half of this year", "2nd half of the financial year".
 * Rejects: "H1 2017" and "second half of 2016/17" (the half-year parser reads a half with its year), "H1" or "H2"
 * alone (a half-year report, a heading), "first half of the meeting", "half of the year" with no ordinal.
 *
 * @example parseTimescale('Second half of the year', { financialYearStart: 2021 }).due // '2022-03-31'
 * @example parseTimescale('first half of this year', { financialYearStart: 2021 }).due // '2021-09-30'
 */
export const halfOfPlanYearParser: Parser = {
  name: 'half-of-plan-year',
  pattern: new RegExp(
    `\\b(${Object.keys(ORDINAL_HALVES).join('|')})[ \\t]+half[ \\t]+of[ \\t]+(?:the[ \\t]+|this[ \\t]+)?(?:current[ \\t]+)?(?:financial[ \\t]+|business[ \\t]+|plan[ \\t]+)?year\\b(?![ \\t-]*(?:19|20)?\\d{2}\\b)`,
    'gi',
  ),
  requires: ['hH'],
  words: Object.keys(ORDINAL_HALVES),
  extract(match) {
    const half = ORDINAL_HALVES[match[1].toLowerCase()];
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'half',
      stated: { day: false, month: false },
      month: half === 1 ? 9 : 3,
      span: half === 1 ? monthsSpan(4, 9) : monthsSpan(10, 3, 1),
    });
    if (c) {
      c.financialYearPlaced = true;
      c.assumptions.push(
        `"${match[0].trim()}" with no year read as a half of the plan's financial year (${half === 1 ? 'H1 April-September' : 'H2 October-March'})`,
      );
    }
    return c;
  },
};
