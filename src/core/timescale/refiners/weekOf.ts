import { WEEK_OF } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { matchesBefore } from './relabelDeadlines';

/**
 * Reads "w/c", "week commencing", "week beginning" before a day: the work is due by the end of that week, six days
 * on ("w/c 12/10/15" is due 18 October 2015), recorded as an assumption.
 */
export const weekOf: Refiner = {
  name: 'week-of',
  refine(components, text) {
    for (const c of components) {
      if (c.precision !== 'day' || c.rangeStart) continue;
      if (!matchesBefore(WEEK_OF, text, c.index, 20)) continue;
      c.plusDays = 6;
      c.precision = 'week';
      c.assumptions.push(`"${c.text.trim()}" after "week commencing" read as due at the end of that week (six days on)`);
    }
    return components;
  },
};
