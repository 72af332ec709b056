import { PLAN_END_PATTERN } from '../../vocab/timescalePhrases';
import type { Parser } from '../types';
import { daySpan, periodEnd } from './common';

/**
 * Reads the end of the plan's own period in words ("By the end of the plan", "End of plan period", "Within the life
 * of the plan", "Over the life of the strategy"): due on the last day of the period the plan's title states
 * ("Strategic Plan 2014-17": 31 March 2017). The year refiner gives it that day from the context's `planEnd`; a plan
 * that states no period has no date for it (the text is then read as no date, and says why).
 *
 * Accepts: "By the end of the plan", "End of plan period", "Within the life of the plan", "By the end of the
 * strategy", "Over the life of the strategy", "plan period end", "end of the business plan".
 * Rejects: "End of plan year 2" (year 2 of the plan), "life of the plan review", "Throughout the 3 years" (ongoing).
 *
 * @example parseTimescale('By the end of the plan', { planStartYear: 2014, planEnd: '2017-03-31' }).due // '2017-03-31'
 */
export const planEndParser: Parser = {
  name: 'plan-end',
  pattern: new RegExp(PLAN_END_PATTERN, 'gi'),
  requires: ['eE'],
  // every spelling says "end" or "life" ("lifetime", "lifespan")
  words: ['end', 'life'],
  extract(match) {
    // a plan's period ends on 31 March (its last financial year); the year refiner gives it the stated end
    const c = periodEnd(this.name, match, daySpan(3, 31));
    if (c) c.planEnd = true;
    return c;
  },
};
