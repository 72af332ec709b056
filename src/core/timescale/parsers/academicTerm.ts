import type { Parser } from '../types';
import { yearPair } from '../years';
import { endOfMonth, isoDate, type IsoDate } from '../../calendarDate';
import { makeComponent } from './common';

/**
 * Reads a university semester of an academic year ("Semester 1 2025/26", "Semester two 2019-20", "2025/26 semester
 * 2") and a Scottish school session ("Session 2024/25", "school session 2024-25"): the first semester runs September
 * to January, the second February to June, and a school session August to June. Each is due at its last month's end
 * (not 31 March, as the years alone would read as a financial year).
 *
 * Accepts: "Semester 1 2025/26", "Sem 2 2025-26", "2025/26 Semester 1", "Session 2024/25", "school session 2024-25".
 * Rejects: "Semester 3 2025/26" (no such semester), "Session 2024/26" (years that do not follow on), "Semester 1"
 * with no year (left unread), "2025/26" alone (a financial year).
 *
 * @example parseTimescale('Semester 1 2025/26').due // '2026-01-31'
 * @example parseTimescale('Session 2024/25').due // '2025-06-30'
 */
export const academicTermParser: Parser = {
  name: 'academic-term',
  pattern: new RegExp(
    [
      // a semester, named before or after its academic year
      String.raw`\b(?:semester|sem)[ \t]*(?<sem>1|2|one|two)[ \t]*,?[ \t]*(?:of[ \t]+)?(?:(?:the[ \t]+)?(?:academic|university)[ \t]+year[ \t]+)?(?<first>\d{4})[ \t]*[/\-–][ \t]*(?<second>\d{4}|\d{2})(?![\d]|[./]\d)`,
      String.raw`(?<![\d./])(?<first2>\d{4})[ \t]*[/\-–][ \t]*(?<second2>\d{4}|\d{2})[ \t]+(?:semester|sem)[ \t]*(?<sem2>1|2|one|two)\b`,
      // a Scottish school session
      String.raw`\b(?:school[ \t]+)?session[ \t]+(?<first3>\d{4})[ \t]*[/\-–][ \t]*(?<second3>\d{4}|\d{2})(?![\d]|[./]\d)`,
    ].join('|'),
    'gi',
  ),
  requires: ['year', 'pair'],
  words: ['semester', 'sem', 'session'],
  extract(match) {
    const g = match.groups!;
    const firstText = g.first ?? g.first2 ?? g.first3;
    const secondText = g.second ?? g.second2 ?? g.second3;
    const first = yearPair(firstText, secondText);
    if (first === null) return null;
    const sem = g.sem ?? g.sem2;
    const period = sem === undefined ? SESSION : /^(?:1|one)$/i.test(sem) ? SEMESTER_1 : SEMESTER_2;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: firstText,
      stated: { day: false, month: false },
      month: period.lastMonth,
      span: period.span,
    });
    if (!c) return null;
    c.assumptions.push(`"${match[0].trim()}" read as ${period.said(first)}`);
    return c;
  },
};

/** A period of an academic year: its span for the year the academic year starts in, its last month, and its words. */
interface Period {
  lastMonth: number;
  span: (first: number) => [IsoDate, IsoDate];
  said: (first: number) => string;
}

/** The months of a period of the academic year that starts in `first` (its months after `lastMonth` in that year). */
function monthsOf(firstMonth: number, lastMonth: number): Period['span'] {
  return (first) => [isoDate(firstMonth >= 8 ? first : first + 1, firstMonth, 1)!, endOfMonth(first + 1, lastMonth)];
}

const SEMESTER_1: Period = { lastMonth: 1, span: monthsOf(9, 1), said: (y) => `the university's first semester, September ${y} to January ${y + 1}` };
const SEMESTER_2: Period = { lastMonth: 6, span: monthsOf(2, 6), said: (y) => `the university's second semester, February to June ${y + 1}` };
const SESSION: Period = { lastMonth: 6, span: monthsOf(8, 6), said: (y) => `a school session, August ${y} to June ${y + 1}` };
