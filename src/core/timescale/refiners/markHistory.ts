import { HISTORY_WORDS, RECURRENCE_PHRASES } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Marks a date after words that record what already happened ("held", "launched", "circulated") as history, not a
 * deadline, when the text gives a deadline or a recurrence as well: "Ongoing. Meeting held 15th April 2013" repeats
 * with no due date of its own, "March 2015 (launched Dec 2014)" is due in March 2015. A recorded date alone
 * ("Meeting held 15th April 2013") stays the deadline: it is the only date the plan gives.
 *
 * @example parseTimescale('March 2015 (launched Dec 2014)').milestones.map((m) => m.role) // ['history', 'deadline']
 */
export const markHistory: Refiner = {
  name: 'mark-history',
  refine(components, text) {
    let history = 0;
    for (const c of components) {
      if (c.role !== 'deadline' || c.rangeStart) continue;
      if (HISTORY_WORDS.test(text.slice(Math.max(0, c.index - 24), c.index))) {
        c.role = 'history';
        history++;
      }
    }
    if (history === 0) return components;
    // with no other deadline and no recurrence, the recorded date is the one the plan gives: it stays the deadline
    if (!components.some((c) => c.role === 'deadline') && !RECURS.test(text)) for (const c of components) if (c.role === 'history') c.role = 'deadline';
    return components;
  },
};

/** Any recurrence phrase (`RECURRENCE_PHRASES`), as one pattern. */
const RECURS = new RegExp(RECURRENCE_PHRASES.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');
