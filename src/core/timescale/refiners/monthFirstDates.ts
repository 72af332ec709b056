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
      if (c.parser === 'numeric-date') readMonthFirst(c);
      if (c.rangeStart?.parser === 'numeric-date') readMonthFirst(c.rangeStart);
    }
    return components;
  },
};

/** A numeric date: two numbers of one or two digits and a year, one separator throughout (first, separator, second). */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d])/g;

/** A numeric date, whole: the same numbers. */
const NUMERIC = new RegExp(`^${NUMERIC_DATE.source}$`);

/**
 * Counts the numeric dates in a timescale that can be read only month first ("12/31/2024": no month 31) or only day
 * first ("31/12/2024"): an assessment reads its plan month first (`TimescaleContext.monthFirst`) when some can only be
 * month first and none only day first.
 * @example countDateOrder('12/31/2024', order) // order.monthFirst + 1
 */
export function countDateOrder(text: string, order: { monthFirst: number; dayFirst: number }): void {
  // (every numeric date holds a digit, its separator and a digit together: most timescales hold none)
  if (!digitsJoined(text)) return;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) order.dayFirst++;
    else if (second > 12 && first <= 12) order.monthFirst++;
  }
}

/** The separators of a numeric date's numbers (`NUMERIC_DATE`'s `[./-]`). */
const SEPARATORS = './-';

/**
 * True when a digit, a separator (`SEPARATORS`) and a digit stand together in the text ("3/1", "20.5"), as in every
 * numeric date; found by looking beside each separator, not by a search of the whole text.
 * @example digitsJoined('A. Patel, item 12') // false
 */
function digitsJoined(text: string): boolean {
  for (let k = 0; k < SEPARATORS.length; k++) {
    const separator = SEPARATORS[k];
    for (let at = text.indexOf(separator, 1); at > 0 && at < text.length - 1; at = text.indexOf(separator, at + 1)) {
      if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) return true;
    }
  }
  return false;
}

/** True for the code of a digit 0-9 (`\d`). */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A numeric date that could be either, read month first (its day and month swapped). */
function readMonthFirst(c: Component): void {
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
