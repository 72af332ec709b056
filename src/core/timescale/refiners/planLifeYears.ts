import { formatUkDate, parseIso } from '../../calendarDate';
import type { Component, Refiner } from '../types';

/**
 * Reads a span of calendar years that is the plan's own stated period as that period: "2015-2017" in a plan titled
 * "Neglect Strategy and Action Plan 2015-17" is the plan's life, due at its end (31 March 2017, the last day of its
 * last financial year), not on 31 December. Any other span of calendar years ("2007-2010" in a plan of 2014-17) is
 * read as before.
 *
 * @example parseTimescale('2015-2017', { planStartYear: 2015, planEnd: '2017-03-31' }).due // '2017-03-31'
 */
export const planLifeYears: Refiner = {
  name: 'plan-life-years',
  refine(components, _text, context) {
    const { planEnd, planStartYear: start } = context;
    if (planEnd === undefined || start === undefined) return components;
    const end = parseIso(planEnd);
    let out: Component[] | undefined;
    for (let i = 0; i < components.length; i++) {
      const c = components[i];
      // a span of calendar years from the financial-year parser ("2015-2017", due 31 December), opening when the plan does
      if (c.parser !== 'financial-year' || c.month !== 12 || c.year !== start || c.rangeStart) continue;
      const span = c.statedSpan ?? c.span(start);
      if (!span || parseIso(span[1]).year !== end.year) continue;
      const first = span[0];
      const period = `${start}-${String(end.year % 100).padStart(2, '0')}`;
      // a new reading (the one given may be shared with other texts' drafts)
      const life: Component = {
        ...c,
        month: end.month,
        span: () => [first, planEnd],
        statedSpan: [first, planEnd],
        statedSpanYear: start,
        assumptions: [...c.assumptions, `"${c.text.trim()}" read as the plan's own stated period ${period}: due at its end, ${formatUkDate(planEnd)}`],
      };
      (out ??= components.slice())[i] = life;
    }
    return out ?? components;
  },
};
