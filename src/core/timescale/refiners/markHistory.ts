import { HISTORY_WORDS, RECURRENCE_PHRASES } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';
import { relabelDeadlines } from './relabelDeadlines';

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
  // with no other deadline and no recurrence, the recorded date is the one the plan gives: it stays the deadline
  refine: (components, text) => relabelDeadlines(components, text, HISTORY_WORDS, 'history', (t) => !RECURS.test(t)),
};

/** Any recurrence phrase (`RECURRENCE_PHRASES`), as one pattern. */
const RECURS = new RegExp(RECURRENCE_PHRASES.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');
