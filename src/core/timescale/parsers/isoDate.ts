import type { Parser } from '../types';
import { daySpan, makeComponent } from './common';
import { ukClock } from './epochMillis';

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
  // (every match opens with its four-figure year)
  opens: 'year',
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

/**
 * Reads an ISO date and time as systems export them (SharePoint, Power Automate, a form's CSV), as the day UK clocks
 * showed: one given in UTC or with an offset is moved to UK time ("2017-09-29T23:00:00Z", midnight on 30 September in
 * British Summer Time, is 30 September); one with no zone is the day written.
 *
 * Accepts: "2017-09-29T23:00:00Z" (30 September 2017), "2018-01-15T23:00:00.000Z" (15 January 2018: GMT),
 * "2016-03-31T00:00:00", "2017-06-01T00:00:00+01:00".
 * Rejects: "2017-02-30T10:00:00Z" (no such day), "2017-09-29T25:00:00Z" (no such hour).
 */
export const isoDateTimeParser: Parser = {
  name: 'iso-date',
  pattern: /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?(?![\d:])/g,
  requires: ['year', 'pair', '-/.'],
  // (every match opens with its four-figure year)
  opens: 'year',
  extract(match) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((k) => Number(match[k]));
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
    let at = new Date(Date.UTC(year, month - 1, day));
    if (at.getUTCDate() !== day) return null;
    const zone = match[7];
    if (zone) {
      // the moment in UTC, then the UK day it fell on
      const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
      at = ukClock(Date.UTC(year, month - 1, day, hour, minute) - offset * 60_000);
    }
    const ukMonth = at.getUTCMonth() + 1;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: String(at.getUTCFullYear()),
      stated: { day: true, month: true },
      month: ukMonth,
      span: daySpan(ukMonth, at.getUTCDate()),
    });
    if (c && zone && at.getUTCDate() !== day)
      c.assumptions.push(`"${match[0]}" read as the day UK clocks showed then (${zone === 'Z' ? 'given in UTC' : `given at UTC${zone}`})`);
    return c;
  },
};
