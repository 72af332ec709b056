import type { Parser } from '../types';
import { daySpan, makeComponent } from './common';

/**
 * Reads ISO dates.
 *
 * Accepts: "2015-01-31", "2015-1-31", and year first with slashes or dots as systems export them: "2015/03/31",
 * "2015.03.31".
 * Rejects: "2015-02-30" (no such day), mixed separators ("2015/03-31"), a financial year ("2015/16").
 */
export const isoDateParser: Parser = {
  name: 'iso-date',
  pattern: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/g,
  requires: ['year', 'pair', '-/.'],
  extract(match) {
    const month = Number(match[3]);
    const day = Number(match[4]);
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
