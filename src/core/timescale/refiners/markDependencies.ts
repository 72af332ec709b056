import { AFTER_WORDS } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Marks dates that follow "after", "following", "from" as dependencies, not deadlines:
 * "After October 14 Board response" says when the work can start, not when it is due.
 */
export const markDependencies: Refiner = {
  name: 'mark-dependencies',
  refine(components, text) {
    for (const c of components) {
      if (c.rangeStart) continue;
      if (AFTER_WORDS.test(text.slice(Math.max(0, c.index - 24), c.index))) c.role = 'after';
    }
    return components;
  },
};
