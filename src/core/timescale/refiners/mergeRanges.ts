import { RANGE_SEPARATOR } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Joins "X – Y", "X to Y", "from X until Y" into one deadline at the end of Y that remembers its start.
 * A start with no year takes the end's year, or the year before when its month comes later
 * ("November to March 2016" starts November 2015).
 */
export const mergeRanges: Refiner = {
  name: 'merge-ranges',
  refine(components, text) {
    // a range needs two readings
    if (components.length < 2) return components;
    const out: typeof components = [];
    for (let i = 0; i < components.length; i++) {
      const a = components[i];
      const b = components[i + 1];
      if (b && RANGE_SEPARATOR.test(text.slice(a.end, b.index))) {
        if (a.year === null && b.year !== null) {
          a.year = a.month !== undefined && b.month !== undefined && a.month > b.month ? b.year - 1 : b.year;
          a.yearSource = 'range';
          a.assumptions.push(`the start "${a.text.trim()}" takes its year from the end of the range`);
        } else if (b.year === null && a.year !== null) {
          b.year = a.month !== undefined && b.month !== undefined && b.month < a.month ? a.year + 1 : a.year;
          b.yearSource = 'range';
          b.assumptions.push(`the end "${b.text.trim()}" takes its year from the start of the range`);
        }
        out.push({ ...b, index: a.index, text: text.slice(a.index, b.end), rangeStart: a });
        i++;
      } else {
        out.push(a);
      }
    }
    return out;
  },
};
