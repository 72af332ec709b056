import { numberIn } from '../../vocab/numbers';
import { SPAN_BEFORE_DATE } from '../../vocab/timescalePhrases';
import type { Refiner } from '../types';

/**
 * Reads a span counted from a day written after it ("Within 6 weeks of 11/12/24", "6 weeks after 11 December 2024",
 * "Within 6 weeks of the audit (audit 12/06/23)", "within 10 working days of 3 March 2025"): the work is due that long
 * after the day (24 July 2023 for the audit of 12 June), not on it; recorded as an assumption. A working day is
 * counted as five to a week, as a span from the day a row was raised is.
 *
 * @example parseTimescale('Within 6 weeks of the audit (audit 12/06/23)').due // '2023-07-24'
 */
export const spanAfterDate: Refiner = {
  name: 'span-after-date',
  refine(components, text) {
    for (const c of components) {
      if (c.precision !== 'day' || c.rangeStart || c.runsFor || c.plusDays || c.spanAfter) continue;
      const m = SPAN_BEFORE_DATE.exec(text.slice(Math.max(0, c.index - 70), c.index));
      if (!m) continue;
      const n = numberIn(m[1], { a: 1 });
      if (n === null || n < 1 || n > 36) continue;
      const unit = m[3].toLowerCase();
      c.spanAfter = unit.startsWith('month') ? { months: n } : { days: unit.startsWith('week') ? n * 7 : m[2] ? Math.ceil((n * 7) / 5) : n };
      // ("Within 6 weeks" counted from 12/06/23)
      const span = m[0].replace(SPAN_WORDS_END, '').trim();
      c.assumptions.push(`"${span}" counted from ${c.text.trim()}: due ${n} ${m[2] ? 'working ' : ''}${unit} after it`);
    }
    return components;
  },
};

/** What follows a span's unit, up to the date: " of the audit (audit ", " after ". */
const SPAN_WORDS_END = /\s+(?:of|after|from|following)\b.*$/is;
