import { START_OF_YEAR_WORDS } from '../../vocab/timescalePhrases';
import type { Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/** The months each part of a year covers: thirds of the calendar year. */
const PARTS: Record<string, { firstMonth: number; lastMonth: number }> = {
  early: { firstMonth: 1, lastMonth: 4 },
  mid: { firstMonth: 5, lastMonth: 8 },
  late: { firstMonth: 9, lastMonth: 12 },
};

/** The words of `START_OF_YEAR_WORDS` as one alternation, longest first, a space matching any run of spaces. */
const START_WORDS = [...START_OF_YEAR_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.trim().split(/\s+/).join('[ \\t]+'))
  .join('|');

/**
 * Reads "early 2017", "mid-2017", "late 2016" as thirds of the calendar year, due at the end of the third: early
 * January-April (30 April), mid May-August (31 August), late September-December (31 December). A year must be
 * written: "Early Help" and "late response" are not timescales. "Start of 2016", "Beginning of 2016" and the other
 * `START_OF_YEAR_WORDS` are read as "early 2016" is (the start, not the end, of the year), and say so.
 *
 * Accepts: "Early 2017", "mid-2017", "Mid 17", "late 2016", "by early 2018", "Start of 2016", "by the beginning of
 * 2016", "Early part of 2015", "Start of the year 2016".
 * Rejects: "Start of 16" (two digits need a quote after the start words), "Start of 2016/17" (a financial year: see
 * `partOfFinancialYearParser`).
 *
 * @example parseTimescale('Start of 2016').due // '2016-04-30'
 */
export const partOfYearParser: Parser = {
  name: 'partOfYear',
  requires: ['digit'],
  words: ['early', 'mid', 'late', 'start', 'beginning'],
  pattern: new RegExp(
    String.raw`\b(?:(?<part>early|mid|late)(?:[ \t]*-[ \t]*|[ \t]+)(?<year>\d{4}|['’]\d{2}|\d{2}(?![\d/.:]))|(?:the[ \t]+)?(?<start>${START_WORDS})[ \t]+(?<startYear>\d{4}|['’]\d{2}))(?![\d]|[./]\d)`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const part = g.start ? PARTS.early : PARTS[g.part.toLowerCase()];
    if (!part) return null;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: g.year ?? g.startYear,
      stated: { day: false, month: false },
      month: part.lastMonth,
      span: monthsSpan(part.firstMonth, part.lastMonth, 0),
    });
    // "Start of 2016" is not the year itself (due 31 December): say which part was read
    if (c && g.start) c.assumptions.push(`"${match[0].trim()}" read as early ${c.year}: January-April, due 30 April`);
    return c;
  },
};

/** The thirds of a financial year: April-July, August-November, December-March (months of its first year). */
const FY_PARTS: Record<string, { firstMonth: number; lastMonth: number; yearsLater: number; said: string }> = {
  early: { firstMonth: 4, lastMonth: 7, yearsLater: 0, said: 'early in the financial year {fy}: its first third, April-July {y}, due 31 July' },
  mid: { firstMonth: 8, lastMonth: 11, yearsLater: 0, said: 'the middle of the financial year {fy}: its second third, August-November {y}, due 30 November' },
  late: { firstMonth: 12, lastMonth: 3, yearsLater: 1, said: 'late in the financial year {fy}: its last third, December {y}-March {y1}, due 31 March' },
};

/**
 * Reads a part of a financial year as its third, as "early 2016" is the first third of a calendar year: the start
 * ("beginning of 2016/17", "Start of 2016-17", "Early 2016/17", "start of financial year 2016/17") April-July (due
 * 31 July), the middle ("mid 2016/17") August-November (30 November), the end ("late 2016/17") December-March (31
 * March). The years must follow on.
 *
 * Accepts: "beginning of 2016/17", "Early 2016-17", "by the start of FY 2015/16", "mid-2016/17", "Late 2015/16".
 * Rejects: "Start of 2016/18" (not a financial year), "mid 2016" (a calendar year: `partOfYearParser`), "Start of
 * 2023/24 academic year" (the academic year's start: `schoolYearParser`).
 *
 * @example parseTimescale('beginning of 2016/17').due // '2016-07-31'
 * @example parseTimescale('mid 2016/17').due // '2016-11-30'
 */
export const partOfFinancialYearParser: Parser = {
  name: 'partOfYear',
  requires: ['year', 'pair'],
  words: ['early', 'mid', 'late', 'start', 'beginning'],
  pattern: new RegExp(
    String.raw`\b(?:the[ \t]+)?(?:(?<part>early|mid|late)|${START_WORDS})(?:[ \t]*-[ \t]*|[ \t]+)(?:the[ \t]+)?(?:(?:financial[ \t]+year|fy)[ \t]*)?(?<first>\d{4})[ \t]*[/\-–][ \t]*(?<second>\d{4}|\d{2})(?![\d]|[./]\d|[ \t]+(?:academic|school)[ \t]+year)`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const first = yearPair(g.first, g.second);
    if (first === null) return null;
    const part = FY_PARTS[(g.part ?? 'early').toLowerCase()];
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: g.first,
      stated: { day: false, month: false },
      month: part.lastMonth,
      span: monthsSpan(part.firstMonth, part.lastMonth, part.yearsLater),
    });
    const fy = `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
    c?.assumptions.push(
      `"${match[0].trim()}" read as ${part.said
        .replace('{fy}', fy)
        .replace('{y1}', String(first + 1))
        .replace('{y}', String(first))}`,
    );
    return c;
  },
};
