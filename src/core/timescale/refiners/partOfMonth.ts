import { PART_OF_MONTH } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Reads "early", "mid" and "late"/"end of" before a month: "mid March 2015" is due 15 March 2015.
 * "End of June 2014" keeps the default (the last day of the month) and only records that it was stated.
 */
export const partOfMonth: Refiner = {
  name: 'part-of-month',
  refine(components, text) {
    for (const c of components) {
      if (c.precision !== 'month') continue;
      const before = text.slice(Math.max(0, c.index - 16), c.index);
      // most months have none of the words before them: one test says so
      if (!ANY_PART.test(before)) continue;
      for (const part of PART_OF_MONTH) {
        if (!part.pattern.test(before)) continue;
        if (part.day === 'end') {
          c.stated = { ...c.stated, day: true };
        } else {
          c.day = part.day;
          c.assumptions.push(`"${part.label}" read as the ${part.day}th of the month`);
        }
        break;
      }
    }
    return components;
  },
};

/** Any of the `PART_OF_MONTH` patterns, as one when they share their flags (else a pattern that always matches). */
const FLAGS = PART_OF_MONTH[0]?.pattern.flags ?? '';
const ANY_PART = PART_OF_MONTH.every((p) => p.pattern.flags === FLAGS && !p.pattern.global && !p.pattern.sticky)
  ? new RegExp(PART_OF_MONTH.map((p) => `(?:${p.pattern.source})`).join('|'), FLAGS)
  : /(?:)/;
