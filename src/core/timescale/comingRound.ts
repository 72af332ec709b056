import { addMonths, daysInMonth, formatUkDate, isoDate, parseIso, type IsoDate } from '../calendarDate';
import type { Timescale } from './types';

/**
 * A recurring timescale whose date, placed before the as-of date, names a round of what repeats: the next round on
 * or after the as-of date (the one the next report is due), said in the assumptions; else the timescale as it is.
 * A date names a round when it is the first ("March 2017 then annually", "Six-monthly (first report March 2016)"),
 * or when a yearly month is given with no year ("Annually (November)"). A yearly date inside the yearly words
 * ("Annually (November 2017)") names its round and stays.
 * @example comingRound(parseTimescale('Annually (November)', ctx2017), '2018-06-30').due // '2018-11-30'
 * @example comingRound(parseTimescale('Six-monthly (first report March 2016)'), '2016-06-30').due // '2016-09-30'
 */
export function comingRound(t: Timescale, asOf: IsoDate): Timescale {
  const months = t.due && t.due < asOf ? MONTHS_APART[t.recurrence ?? ''] : undefined;
  if (!months) return t;
  const m = t.milestones.find((x) => x.role === 'deadline' && x.date === t.due);
  if (!m) return t;
  const noYear = months === 12 && m.yearSource === 'context';
  if (!noYear && !firstRound(t.text, m.text, months === 12)) return t;
  const { year, month, day } = parseIso(t.due!);
  const last = day === daysInMonth(year, month);
  // the round `k` periods after the first, on the same day of its month (the month's last day stays the last)
  const round = (k: number) => {
    const on = addMonths(t.due!, k * months);
    if (!last) return on;
    const d = parseIso(on);
    return isoDate(d.year, d.month, daysInMonth(d.year, d.month))!;
  };
  let k = 1;
  while (round(k) < asOf) k++;
  const due = round(k);
  const when = formatUkDate(due).replace(/^\d+ /, '');
  return {
    ...t,
    due,
    milestones: t.milestones.map((x) => (x === m ? { ...x, date: due } : x)),
    assumptions: t.assumptions.concat(
      noYear
        ? `yearly, with no year given: the next ${when} on or after the as-of date`
        : `${t.recurrence} from ${m.text.trim()}: this round is ${when}, the next on or after the as-of date`,
    ),
  };
}

/** Months between rounds, by the recurrence the timescale reads (weekly and termly rounds are not counted). */
const MONTHS_APART: Readonly<Record<string, number>> = {
  monthly: 1,
  'bi-monthly': 2,
  quarterly: 3,
  'six-monthly': 6,
  annually: 12,
  'every season': 12,
};

/**
 * True when the date is written as the first of the rounds: after "first" ("Six-monthly (first report March 2016)",
 * "Quarterly, first review due June 2016"), or, for a yearly round, before the yearly words ("March 2017 then
 * annually", "April 2015 and yearly thereafter"); not a date inside or after the yearly words with nothing saying so
 * ("Annually (November 2017)"). A date before more frequent rounds ("July 2014 and bi monthly") stays the plan's date:
 * the rounds are close together, and the plan names when they begin, not which is due.
 */
function firstRound(text: string, date: string, yearly: boolean): boolean {
  const at = text.indexOf(date);
  if (at < 0) return false;
  if (FIRST_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  const repeats = yearly ? YEARLY.exec(text) : null;
  return (
    repeats !== null &&
    at + date.length <= repeats.index &&
    /\b(?:then|and|thereafter|from)\b/i.test(text.slice(at + date.length, repeats.index + repeats[0].length + 12))
  );
}

/** The yearly words a first date comes before ("then annually", "and yearly thereafter"). */
const YEARLY = /\b(?:annual(?:ly)?|yearly|once a year|every year|each year|per annum)\b/i;
/** "first" with up to two words before the date: "first report", "first review due", "(first meeting in". */
const FIRST_BEFORE = /\bfirst(?:\s+[a-z]+){0,2}\s*(?:[:–-]\s*)?$/i;
