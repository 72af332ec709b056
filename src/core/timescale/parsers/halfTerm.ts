import { HALF_TERMS, HALF_TERM_HOLIDAYS } from '../../vocab/months';
import type { Parser } from '../types';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads a half-term of the school year ("Autumn 1", "Spring 2 2017", "Sum 1", "Autumn term 2"): due at the end of
 * the month its half ends in (`HALF_TERMS`), not at the end of the season or the whole term. A half-term with no
 * year takes its year from the plan, as a month does.
 *
 * Accepts: "Autumn 1", "Autumn 2 2016", "Spring 1 2017", "Spr2", "Summer term 1", "Aut 1 '16", "Spring 1st half",
 * "Autumn 2nd half 2022".
 * Rejects: "Spring 2016" (a season and its year), "Summer 1st" (a day), "Autumn 3" (no third half), "Summer 1.2"
 * (a ref).
 *
 * @example parseTimescale('Autumn 2 2016').due // '2016-12-31'
 * @example parseTimescale('Spring 1 2017').due // '2017-02-28'
 */
export const halfTermParser: Parser = {
  name: 'half-term',
  pattern:
    /\b(?<term>aut(?:umn)?|spr(?:ing)?|sum(?:mer)?)[ \t]*(?:term[ \t]*)?(?<half>[12])(?:(?:st|nd)[ \t]+half\b)?(?![\d.:/]?\d|[a-z])(?:[ \t]+(?:of[ \t]+)?(?<year>\d{4}|['’]?\d{2})(?!\d|[./]\d))?/gi,
  requires: ['12'],
  words: ['aut', 'spr', 'sum'],
  extract(match) {
    const g = match.groups!;
    const half = HALF_TERMS[`${g.term.slice(0, 3).toLowerCase()}${g.half}`];
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'month',
      yearText: g.year,
      stated: { day: false, month: false },
      month: half.lastMonth,
      span: monthsSpan(half.firstMonth, half.lastMonth),
    });
    if (c && !g.year) c.termPlaced = true;
    c?.assumptions.push(`"${match[0].trim()}" read as a half-term of the school year (${half.said})`);
    return c;
  },
};

/**
 * Reads a half-term holiday named by its month ("February half term 2024", "by October half-term", "Whitsun half
 * term"): due at the end of that month, as the half-term it closes (`HALF_TERM_HOLIDAYS`). With no year it takes its
 * year from the plan, as a month does.
 *
 * Accepts: "February half term 2024", "October half-term", "May half term", "Whitsun half term 2019".
 * Rejects: "half term" alone (no month), "February 2024" (a month).
 *
 * @example parseTimescale('February half term 2024').due // '2024-02-29'
 */
export const holidayHalfTermParser: Parser = {
  name: 'half-term holiday',
  pattern: /\b(?<month>oct(?:ober)?|feb(?:ruary)?|may|whitsun)[ \t]+half[ \t-]*term\b(?:[ \t]+(?:of[ \t]+)?(?<year>\d{4})(?!\d|[./]\d))?/gi,
  words: ['half'],
  extract(match) {
    const g = match.groups!;
    const half = HALF_TERM_HOLIDAYS[g.month.slice(0, 3).toLowerCase()];
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'month',
      yearText: g.year,
      stated: { day: false, month: true },
      month: half.month,
      span: monthsSpan(half.month, half.month),
    });
    if (c && !g.year) c.termPlaced = true;
    c?.assumptions.push(`"${match[0].trim()}" read as the half-term holiday of ${half.said}: due at the end of that month`);
    return c;
  },
};
