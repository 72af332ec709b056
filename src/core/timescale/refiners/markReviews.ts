import { REVIEW_WORDS } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Marks a date after "review" as a review of work due earlier, not its deadline, when the text gives a deadline as
 * well: "March 2015 (review Sept 2015)" is due in March 2015. A review date alone ("Review Sept 2015") stays the
 * deadline: it is the only date the plan gives.
 *
 * @example parseTimescale('March 2015 (review Sept 2015)').due // '2015-03-31'
 */
export const markReviews: Refiner = {
  name: 'mark-reviews',
  refine(components, text) {
    let reviews = 0;
    for (const c of components) {
      if (c.role !== 'deadline' || c.rangeStart) continue;
      if (REVIEW_WORDS.test(text.slice(Math.max(0, c.index - 24), c.index))) {
        c.role = 'review';
        reviews++;
      }
    }
    if (reviews === 0) return components;
    // with no other deadline, the review date is the one the plan gives: it stays the deadline
    if (!components.some((c) => c.role === 'deadline')) for (const c of components) if (c.role === 'review') c.role = 'deadline';
    return components;
  },
};
