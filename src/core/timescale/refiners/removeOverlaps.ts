import type { Refiner } from '../types';

/**
 * Keeps one reading per piece of text: reading left to right, the match that starts first wins, and of two
 * starting together the longer wins ("31st January 2016" over "January 2016"; "Dec 14" over "14 March 15").
 */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(components) {
    if (components.length < 2) return components;
    // the pipeline's own list, sorted in place: start, then the longer first (a stable insertion sort: the lists
    // are short, and of two alike the earlier parser's stays first, as with Array.prototype.sort)
    const sorted = components;
    for (let i = 1; i < sorted.length; i++) {
      const c = sorted[i];
      let j = i - 1;
      while (j >= 0 && (sorted[j].index - c.index || c.end - c.index - (sorted[j].end - sorted[j].index)) > 0) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = c;
    }
    const kept: typeof components = [];
    let reach = -1;
    for (const c of sorted) {
      if (c.index >= reach) {
        kept.push(c);
        reach = c.end;
      }
    }
    return kept;
  },
};
