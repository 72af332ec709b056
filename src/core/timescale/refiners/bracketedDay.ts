import type { Refiner } from '../types';

/**
 * Reads a day written in brackets straight after a longer period as the day that period is due by: "By end of Autumn
 * 1 (27.10.23)" is due 27 October 2023, not the end of the half-term; "Q3 (15/12/2023)" 15 December. The period is
 * no deadline of its own; a bracket with other words first ("March 2015 (revised 30/06/15)") is left to the others.
 *
 * @example parseTimescale('Q3 2023/24 (15/12/2023)').due // '2023-12-15'
 */
export const bracketedDay: Refiner = {
  name: 'bracketed-day',
  refine(components, text) {
    if (!text.includes('(')) return components;
    return components.filter((c, i) => {
      const next = components[i + 1];
      if (!next || c.precision === 'day' || next.precision !== 'day' || c.rangeStart || next.rangeStart) return true;
      // the period, then only "(" before the day, and ")" after it
      const between = text.slice(c.index + c.text.length, next.index);
      const after = text.slice(next.index + next.text.length);
      return !(BRACKET_OPENS.test(between) && BRACKET_CLOSES.test(after));
    });
  },
};

/** Nothing but an opening bracket between the period and the day. */
const BRACKET_OPENS = /^\s*\(\s*$/;

/** A closing bracket straight after the day. */
const BRACKET_CLOSES = /^\s*\)/;
