import type { Precision, Refiner } from '../types';

/**
 * Reads a date written in brackets straight after a looser one as the date that one is due by: "By end of Autumn 1
 * (27.10.23)" is due 27 October 2023, not the end of the half-term; "Q3 (15/12/2023)" 15 December. So is a date with
 * its year after words with none, a meeting's name between them ("June SSCP exec (20/06/24)": 20 June 2024; "By the
 * spring Board (Mar 23)": March 2023; "Before Christmas (1 Dec 24)": 1 December 2024). The looser one is no deadline
 * of its own; a bracket with other words first ("March 2015 (revised 30/06/15)") is left to the others.
 *
 * @example parseTimescale('Q3 2023/24 (15/12/2023)').due // '2023-12-15'
 * @example parseTimescale('June SSCP exec (20/06/24)').due // '2024-06-20'
 */
export const bracketedDay: Refiner = {
  name: 'bracketed-day',
  refine(components, text) {
    if (!text.includes('(')) return components;
    return components.filter((c, i) => {
      const next = components[i + 1];
      if (!next || c.rangeStart) return true;
      // a day after a longer period; or a date with its year (or a run of months with theirs: "Q4 (Jan-Mar 2016)")
      // after one with none, no looser than it
      const restates =
        (next.precision === 'day' && c.precision !== 'day' && !next.rangeStart) ||
        (c.year === null && next.year !== null && LOOSENESS[next.precision] <= Math.max(LOOSENESS[c.precision], LOOSENESS.month));
      if (!restates) return true;
      // the period, then only "(" (a year-less one: a few words naming its meeting or event first) before the date,
      // and ")" after it
      const between = text.slice(c.index + c.text.length, next.index);
      const after = text.slice(next.index + next.text.length);
      return !((c.year === null ? WORDS_THEN_BRACKET : BRACKET_OPENS).test(between) && BRACKET_CLOSES.test(after));
    });
  },
};

/** How loosely each precision names a date (the smaller, the more exact). */
const LOOSENESS: Readonly<Record<Precision, number>> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, season: 4, year: 5 };

/** Nothing but an opening bracket between the period and the day. */
const BRACKET_OPENS = /^\s*\(\s*$/;

/** Up to three words (a meeting's name: "SSCP exec", "Board") and an opening bracket. */
const WORDS_THEN_BRACKET = /^\s*(?:[A-Za-z][\w&'’/.-]*\s+){0,3}\(\s*$/;

/** A closing bracket straight after the day. */
const BRACKET_CLOSES = /^\s*\)/;
