import type { Component, Refiner } from '../types';
import { daySpan } from '../parsers/common';

/**
 * Reads numeric dates month first ("3/12/2025" is 12 March 2025) in a plan whose dates are written so: one that can
 * only be month first ("12/31/2024") and none that can only be day first (`TimescaleContext.monthFirst`, as an Airtable
 * or Notion download writes them). Recorded as an assumption. A date whose day and month are the same is left alone.
 */
export const monthFirstDates: Refiner = {
  name: 'month-first-dates',
  refine(components, _text, context) {
    if (!context.monthFirst) return components;
    for (const c of components) {
      if (c.parser === 'numeric-date') monthFirst(c);
      if (c.rangeStart?.parser === 'numeric-date') monthFirst(c.rangeStart);
    }
    return components;
  },
};

/** The numbers of a numeric date: first, separator, second, year. */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})$/;

function monthFirst(c: Component): void {
  const m = NUMERIC.exec(c.text.trim());
  if (!m) return;
  const month = Number(m[1]);
  const day = Number(m[3]);
  // (one that can only be month first was read so by its parser; one with day and month alike reads the same)
  if (month > 12 || day > 12 || month === day) return;
  const span = daySpan(month, day);
  const statedSpan = c.year !== null ? span(c.year) : undefined;
  if (statedSpan === null) return;
  c.span = span;
  c.statedSpan = statedSpan;
  c.month = month;
  c.assumptions.push(`"${c.text.trim()}" read month first, as the plan's other dates are written ("12/31" style)`);
}
