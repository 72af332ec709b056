import type { Parser } from '../types';
import { daySpan, makeComponent } from './common';

/**
 * Reads ISO dates.
 *
 * Accepts: "2015-01-31", "2015-1-31".
 * Rejects: "2015-02-30" (no such day).
 */
export const isoDateParser: Parser = {
  name: 'iso-date',
  pattern: /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d]|[./-]\d)/g,
  requires: ['year', 'pair', '-'],
  extract(match) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12) return null;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: match[1],
      stated: { day: true, month: true },
      month,
      span: daySpan(month, day),
    });
  },
};
