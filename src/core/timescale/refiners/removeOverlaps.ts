import type { Refiner } from '../types';

/**
 * Keeps one reading per piece of text: reading left to right, the match that starts first wins, and of two
 * starting together the longer wins ("31st January 2016" over "January 2016"; "Dec 14" over "14 March 15").
 */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(components) {
    if (components.length < 2) return components;
    const sorted = [...components].sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
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
