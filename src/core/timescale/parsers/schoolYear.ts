import { SCHOOL_TERMS, SHORT_TERMS } from '../../vocab/months';
import type { Component, Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads the school year: a term ("Spring term 2016", "autumn term"), the summer holidays ("summer holidays 2016")
 * and an academic year ("academic year 2016/17", "2016-17 academic year", "AY 2016/17": 1 September to 31 August).
 * A term is not a season: "Summer term 2016" ends in July, not August, and "Spring term" in March, not May. A term
 * with no year takes its year from the plan, as a month does.
 *
 * Accepts: "Spring term 2016", "Autumn term", "Aut term", "summer school term 2017", "Summer holidays 2016", "Summer hols 2024",
 * "Academic year 2016/17", "2016/17 academic year", "AY 2016-2017", "Academic year 22/23", "22/23 academic year"; the
 * start of one, its first month ("Start of the academic year 2023/24", "Beginning of 2023/24 academic year": September 2023).
 * Rejects: "academic year" with no year, "academic year 2016/18" (years that do not follow on).
 *
 * @example parseTimescale('Summer term 2016').due // '2016-07-31'
 * @example parseTimescale('Academic year 2016/17').due // '2017-08-31'
 */
/** "Start of the", "beginning of", before an academic year. */
const START_OF = String.raw`(?:the[ \t]+)?(?:start|beginning)[ \t]+of[ \t]+(?:the[ \t]+)?`;

export const schoolYearParser: Parser = {
  name: 'school-year',
  pattern: new RegExp(
    [
      // a term, or the summer holidays
      // (its name shortened as a school's plan writes it: "Aut term", "Spr term", "Sum term")
      String.raw`\b(?<term>autumn|fall|spring|summer|aut|spr|sum)[ \t]+(?:school[ \t]+)?(?<which>term|holidays?|hols)\b(?:[ \t]+(?:of[ \t]+)?(?<termYear>\d{4}|['’]?\d{2})(?![\d]|[./]\d))?`,
      // an academic year, named before or after its years
      // (its first year in two figures too: "Academic year 22/23", "AY 22-23")
      // (or its start: "Start of the academic year 2023/24", "Beginning of 2023/24 academic year")
      String.raw`\b(?<start>${START_OF})?(?:(?:academic|school)[ \t]+year|ay)[ \t]*(?:of[ \t]+)?(?<first>\d{4}|\d{2})[ \t]*[/\-–][ \t]*(?<second>\d{4}|\d{2})(?![\d]|[./]\d)`,
      String.raw`(?<start2>\b${START_OF})?(?<![\d./])(?<first2>\d{4}|\d{2})[ \t]*[/\-–][ \t]*(?<second2>\d{4}|\d{2})[ \t]+(?:academic|school)[ \t]+year\b`,
    ].join('|'),
    'gi',
  ),
  requires: ['eEyY'],
  words: [...Object.keys(SCHOOL_TERMS), ...Object.keys(SHORT_TERMS), 'academic', 'school', 'ay'],
  extract(match) {
    const g = match.groups!;
    if (g.term) {
      const name = SHORT_TERMS[g.term.toLowerCase()] ?? g.term.toLowerCase();
      const holidays = g.which.toLowerCase().startsWith('hol');
      // the summer holidays are August; the other holidays (half terms, Easter) are left to other words
      if (holidays && name !== 'summer') return null;
      const term = holidays ? { firstMonth: 8, lastMonth: 8, said: 'August' } : SCHOOL_TERMS[name];
      const c = makeComponent({
        parser: this.name,
        match,
        precision: 'season',
        yearText: g.termYear,
        stated: { day: false, month: false },
        month: term.lastMonth,
        span: monthsSpan(term.firstMonth, term.lastMonth),
      });
      if (c && !g.termYear) c.termPlaced = true;
      c?.assumptions.push(`"${g.term} ${g.which}" read as the school's ${holidays ? 'summer holidays' : `${name} term`} (${term.said})`);
      return c;
    }
    const firstText = g.first ?? g.first2;
    const secondText = g.second ?? g.second2;
    const first = yearPair(firstText, secondText);
    if (first === null) return null;
    // (the start of an academic year is its first month, as a school's plan means it: September)
    const start = (g.start ?? g.start2) !== undefined;
    const c: Component | null = makeComponent({
      parser: this.name,
      match,
      precision: start ? 'month' : 'year',
      yearText: firstText,
      stated: { day: false, month: false },
      month: start ? 9 : 8,
      span: start ? monthsSpan(9, 9) : monthsSpan(9, 8, 1),
    });
    c?.assumptions.push(
      start
        ? `"${match[0].trim()}" read as the first month of the academic year ${first}/${String((first + 1) % 100).padStart(2, '0')}: September ${first}`
        : `${firstText}/${secondText} read as the academic year 1 September ${first} to 31 August ${first + 1}`,
    );
    return c;
  },
};
