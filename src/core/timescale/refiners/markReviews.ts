import { REVIEW_WORDS } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { relabelDeadlines } from './relabelDeadlines';

/**
 * Marks a date after "review" as a review of work due earlier, not its deadline, when the text gives a deadline as
 * well: "March 2015 (review Sept 2015)" is due in March 2015. A review date alone ("Review Sept 2015") stays the
 * deadline: it is the only date the plan gives.
 *
 * @example parseTimescale('March 2015 (review Sept 2015)').due // '2015-03-31'
 */
export const markReviews: Refiner = {
  name: 'mark-reviews',
  // with no other deadline, the review date is the one the plan gives: it stays the deadline
  refine: (components, text) => relabelDeadlines(components, text, REVIEW_WORDS, 'review', () => true),
};
