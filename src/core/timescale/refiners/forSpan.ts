import { numberIn } from '../../vocab/numbers';
import { FOR_SPAN } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Reads a date followed by how long the work runs from it ("1 November 2016 for six months", "April 2016 for 3
 * months", "From 1 Nov 2016 for a period of 12 weeks"): the date is the start, and the work is due when the span
 * ends, the day before the same day that many months or weeks on (a six-month pilot from 1 November 2016 ends on 30
 * April 2017), recorded as an assumption. The start stays the milestone's start.
 */
export const forSpan: Refiner = {
  name: 'for-span',
  refine(components, text) {
    for (const c of components) {
      if (c.rangeStart || c.plusDays) continue;
      const m = FOR_SPAN.exec(text.slice(c.end, c.end + 40));
      if (!m) continue;
      const n = numberIn(m[1], { a: 1 });
      if (n === null || n < 1 || n > 36) continue;
      const unit = m[2].toLowerCase();
      c.runsFor = unit.startsWith('year') ? { months: n * 12 } : unit.startsWith('month') ? { months: n } : { days: n * 7 };
      c.assumptions.push(`"${c.text.trim()}" read as the start of the ${n} ${unit} the timescale gives: due at their end`);
    }
    return components;
  },
};
