import { formatUkDate } from '../calendarDate';
import { parseTimescale } from './parseTimescale';
import type { PlanPeriod } from './planPeriod';
import type { Timescale, TimescaleContext } from './types';

/**
 * What an annual report says the board said it would do in the year it reports on ("What we said we'd do" in
 * "Annual Report 2016-17"), where the table has no timescale column: the year is the timescale, so each commitment is
 * due on its last day. Null unless the period is one year (a report on a three-year strategy gives no one date).
 *
 * @example dueAtReportYearEnd({ start: '2016-04-01', end: '2017-03-31', from: 'Annual Report 2016-17' })?.due // '2017-03-31'
 */
export function dueAtReportYearEnd(period: PlanPeriod | null, context: TimescaleContext = {}): Timescale | null {
  if (!period || Number(period.end.slice(0, 4)) !== Number(period.start.slice(0, 4)) + 1) return null;
  return {
    ...parseTimescale(period.end, context),
    text: '',
    assumptions: [
      `the plan has no timescale column: what it said it would do in the year it reports on ("${period.from}") is due at the year's end, ${formatUkDate(period.end)}`,
    ],
  };
}
