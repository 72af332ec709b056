import type { Parser } from '../types';
import { daySpan, makeComponent } from './common';

/** An hour, in milliseconds: UK time is at most an hour ahead of UTC. */
const HOUR = 3_600_000;

/**
 * Reads a date a task tool exports as Unix milliseconds, alone in its cell (ClickUp's "Due Date": "1633042740000"), as
 * the day it falls on in UK time (a task due "at 23:59" on 30 September 2021, British Summer Time, is 22:59 UTC).
 * Only a whole cell of 13 digits between 2001 and 2099 is read: a longer or shorter number is a code or a count.
 *
 * Accepts: "1633042740000" (30 September 2021).
 * Rejects: "163304274000" (12 digits), "Ref 1633042740000" (not alone).
 */
export const epochMillisParser: Parser = {
  name: 'epoch-millis',
  pattern: /^\s*(\d{13})\s*$/g,
  requires: ['millis'],
  extract(match) {
    const ms = Number(match[1]);
    const at = ukClock(ms);
    const year = at.getUTCFullYear();
    if (year < 2001 || year > 2099) return null;
    const month = at.getUTCMonth() + 1;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: String(year),
      stated: { day: true, month: true },
      month,
      span: daySpan(month, at.getUTCDate()),
    });
    c?.assumptions.push(`"${match[1]}" read as a date and time in Unix milliseconds, as task tools export them`);
    return c;
  },
};

/**
 * A moment as UK clocks show it, as a Date read by its UTC fields: UTC, an hour on in British Summer Time (an export's
 * 00:30 BST is 23:30 UTC the day before).
 * @example ukClock(Date.UTC(2017, 8, 29, 23)).getUTCDate() // 30
 */
export function ukClock(ms: number): Date {
  return new Date(ms + (inSummerTime(ms) ? HOUR : 0));
}

/**
 * True when a moment falls in British Summer Time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October.
 * @example inSummerTime(Date.UTC(2021, 8, 30, 22, 59)) // true
 */
function inSummerTime(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1(year, 2) && ms < lastSundayAt1(year, 9);
}

/** 01:00 UTC on the last Sunday of a month (0-based), in milliseconds. */
function lastSundayAt1(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}
