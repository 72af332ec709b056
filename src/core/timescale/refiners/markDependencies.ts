import { AFTER_WORDS } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { matchesBefore } from './relabelDeadlines';

/**
 * Marks dates that follow "after", "following", "from" as dependencies, not deadlines:
 * "After October 14 Board response" says when the work can start, not when it is due.
 */
export const markDependencies: Refiner = {
  name: 'mark-dependencies',
  refine(components, text) {
    for (const c of components) {
      // (a date the work runs from for a span is its start, and the span's end its deadline: see forSpan; so is a date
      // a span is counted from, "6 weeks after 11/12/24": see spanAfterDate)
      if (c.rangeStart || c.runsFor || c.spanAfter) continue;
      if (matchesBefore(AFTER_WORDS, text, c.index)) c.role = 'after';
    }
    return components;
  },
};
