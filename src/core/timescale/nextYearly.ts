import { daysInMonth, formatUkDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import type { Timescale } from './types';

/**
 * A yearly timescale whose month was given with no year ("Annually (November)", "Annual – September INSET"), its date
 * placed before the as-of date: the next such month on or after it (the one the next report is due), said in the
 * assumptions; else the timescale as it is.
 * @example nextYearly(parseTimescale('Annually (November)', ctx2017), '2018-06-30').due // '2018-11-30'
 */
export function nextYearly(t: Timescale, asOf: IsoDate): Timescale {
  if (!t.due || t.due >= asOf || !YEARLY.test(t.recurrence ?? '')) return t;
  const m = t.milestones.find((x) => x.role === 'deadline' && x.date === t.due);
  // a year given says which round is meant ("Annually (November 2017)"), unless the date comes first, as the first
  // round of what repeats after it ("March 2017 then annually")
  if (!m || (m.yearSource !== 'context' && !firstRound(t.text, m.text))) return t;
  const { year, month, day } = parseIso(t.due);
  const last = day === daysInMonth(year, month);
  let y = year + 1;
  const on = (yy: number) => isoDate(yy, month, last ? daysInMonth(yy, month) : Math.min(day, daysInMonth(yy, month)))!;
  while (on(y) < asOf) y++;
  const due = on(y);
  return {
    ...t,
    due,
    milestones: t.milestones.map((x) => (x === m ? { ...x, date: due } : x)),
    assumptions: t.assumptions.concat(
      m.yearSource === 'context'
        ? `yearly, with no year given: the next ${formatUkDate(due).replace(/^\d+ /, '')} on or after the as-of date`
        : `yearly from ${m.text.trim()}: this year's round is ${formatUkDate(due).replace(/^\d+ /, '')}, the next on or after the as-of date`,
    ),
  };
}

/**
 * True when the date is written before the yearly word, as the first of the rounds ("March 2017 then annually",
 * "April 2015 and yearly thereafter"), not inside or after it ("Annually (November 2017)").
 */
function firstRound(text: string, date: string): boolean {
  const yearly = YEARLY.exec(text);
  const at = text.indexOf(date);
  return (
    yearly !== null &&
    at >= 0 &&
    at + date.length <= yearly.index &&
    /\b(?:then|and|thereafter|from)\b/i.test(text.slice(at + date.length, yearly.index + yearly[0].length + 12))
  );
}

/** A recurrence once a year. */
const YEARLY = /\b(?:annual(?:ly)?|yearly|once a year|every year|each year|per annum)\b/i;
