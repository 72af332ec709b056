import { PART_OF_MONTH } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { matchesBefore } from './relabelDeadlines';

/**
 * Reads "early", "mid" and "late"/"end of" before a month, and a week of it: "mid March 2015" is due 15 March 2015,
 * "first week of March 2015" by 7 March.
 * "End of June 2014" keeps the default (the last day of the month) and only records that it was stated.
 */
export const partOfMonth: Refiner = {
  name: 'part-of-month',
  refine(components, text) {
    for (const c of components) {
      // (a month read as the day before it began, "Before March 2025", has no part)
      if (c.precision !== 'month' || c.plusDays) continue;
      // most months have none of the words before them: one test says so
      if (!matchesBefore(ANY_PART, text, c.index, 16)) continue;
      const before = text.slice(Math.max(0, c.index - 16), c.index);
      for (const part of PART_OF_MONTH) {
        if (!part.pattern.test(before)) continue;
        if (part.day === 'end') {
          c.stated = { ...c.stated, day: true };
        } else {
          c.day = part.day;
          c.assumptions.push(`"${part.label}" read as the ${ordinal(part.day)} of the month`);
        }
        break;
      }
    }
    return components;
  },
};

/**
 * A day of the month as an ordinal.
 * @example ordinal(21) // '21st'
 */
function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** Any of the `PART_OF_MONTH` patterns, as one when they share their flags (else a pattern that always matches). */
const FLAGS = PART_OF_MONTH[0]?.pattern.flags ?? '';
const ANY_PART = PART_OF_MONTH.every((p) => p.pattern.flags === FLAGS && !p.pattern.global && !p.pattern.sticky)
  ? new RegExp(PART_OF_MONTH.map((p) => `(?:${p.pattern.source})`).join('|'), FLAGS)
  : /(?:)/;
