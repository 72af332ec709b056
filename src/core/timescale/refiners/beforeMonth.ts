import { MEETING_NOUNS } from '../../vocab/meetings';
import { BEFORE_MONTH } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { matchesBefore } from './relabelDeadlines';

/**
 * Reads "before" ahead of a month: "Before March 2025" is due by the last day of February 2025 (the day before the
 * month begins), not the end of March, recorded as an assumption. "Before the March 2015 Board" is the Board's month.
 *
 * @example parseTimescale('Before March 2025').due // '2025-02-28'
 */
/** A meeting named after the month: "March 2015 Board", "June meeting". */
const MEETING_AFTER = new RegExp(String.raw`^\s*(?:${MEETING_NOUNS})\b`, 'i');

export const beforeMonth: Refiner = {
  name: 'before-month',
  refine(components, text) {
    for (const c of components) {
      if (c.precision !== 'month' || c.rangeStart || c.day !== undefined) continue;
      if (!matchesBefore(BEFORE_MONTH, text, c.index, 30)) continue;
      // ("before the March 2015 Board": ahead of a meeting in March, not before March began)
      if (MEETING_AFTER.test(text.slice(c.index + c.text.length, c.index + c.text.length + 20))) continue;
      c.day = 1;
      c.plusDays = -1;
      c.assumptions.push(`"before ${c.text.trim()}" read as by the last day of the month before`);
    }
    return components;
  },
};
