import { endOfMonth, formatUkDate, parseIso } from '../calendarDate';
import type { Timescale } from './types';

/**
 * True when a plan's title lines give its academic year as running from 1 August to 31 July, as a further education
 * college's does ("Academic year 2023/24 (1 August 2023 – 31 July 2024)"), not a school's September to August.
 * @example academicYearFromAugust(['Academic year 2023/24 (1 August 2023 – 31 July 2024).']) // true
 */
export function academicYearFromAugust(lines: readonly string[]): boolean {
  return lines.some((line) => AUGUST_TO_JULY.test(line));
}

/** "Academic year 2023/24 (1 August 2023 – 31 July 2024)", "academic year runs from 1 August to 31 July". */
const AUGUST_TO_JULY = /\bacademic\s+year\b[^.;]{0,40}?\b1(?:st)?\s+aug(?:ust)?\.?(?:\s+(?:19|20)\d\d)?\s*(?:[-–—]|to|until)\s*31(?:st)?\s+jul(?:y)?\b/i;

/**
 * An academic year's end read as 31 July, where the plan says its academic year runs from 1 August
 * (`academicYearFromAugust`): "End of academic year 2022/23" is due 31 July 2023, not a school's 31 August. Null for
 * any other reading (a month, "August 2023", is the month written).
 *
 * @example asCollegeYear(parseTimescale('End of academic year 2022/23'))?.due // '2023-07-31'
 */
export function asCollegeYear(t: Timescale): Timescale | null {
  if (t.kind !== 'date' || !t.due || !t.due.endsWith('-08-31')) return null;
  const end = t.milestones.find((m) => m.role === 'deadline' && m.date === t.due && ACADEMIC_PARSERS.includes(m.parser));
  if (!end || (end.precision !== 'year' && end.precision !== 'day')) return null;
  const due = endOfMonth(parseIso(t.due).year, 7);
  return {
    ...t,
    due,
    milestones: t.milestones.map((m) => (m === end ? { ...m, date: due } : m)),
    assumptions: [...t.assumptions, `the plan's academic year runs from 1 August to 31 July, as a college's does: due ${formatUkDate(due)}`],
  };
}

/** The parsers whose readings end an academic year on 31 August. */
const ACADEMIC_PARSERS = ['school-year', 'academic-year-end'];
