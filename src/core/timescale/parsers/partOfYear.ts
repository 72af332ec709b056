import type { Parser } from '../types';
import { makeComponent, monthsSpan } from './common';

/** The months each part of a year covers: thirds of the calendar year. */
const PARTS: Record<string, { firstMonth: number; lastMonth: number }> = {
  early: { firstMonth: 1, lastMonth: 4 },
  mid: { firstMonth: 5, lastMonth: 8 },
  late: { firstMonth: 9, lastMonth: 12 },
};

/**
 * Reads "early 2017", "mid-2017", "late 2016" as thirds of the calendar year, due at the end of the third: early
 * January-April (30 April), mid May-August (31 August), late September-December (31 December). A year must be
 * written: "Early Help" and "late response" are not timescales.
 *
 * Accepts: "Early 2017", "mid-2017", "Mid 17", "late 2016", "by early 2018".
 */
export const partOfYearParser: Parser = {
  name: 'partOfYear',
  requires: ['digit'],
  words: ['early', 'mid', 'late'],
  pattern: /\b(early|mid|late)(?:[ \t]*-[ \t]*|[ \t]+)(\d{4}|['’]\d{2}|\d{2}(?![\d/.:]))(?![\d]|[./]\d)/gi,
  extract(match) {
    const part = PARTS[match[1].toLowerCase()];
    if (!part) return null;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: match[2],
      stated: { day: false, month: false },
      month: part.lastMonth,
      span: monthsSpan(part.firstMonth, part.lastMonth, 0),
    });
  },
};
