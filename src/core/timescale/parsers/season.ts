import { SEASONS, SEASON_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
import { yearPair } from '../years';
import { makeComponent, monthsSpan } from './common';

/**
 * Reads a season, UK meteorological: spring March-May, summer June-August, autumn September-November,
 * winter December to February of the next year. Due at the end of the season.
 *
 * Accepts: "Spring 2016", "summer 15", "Autumn of 2014", "Winter 2015" (due end of February 2016), "Spring".
 * A school term ("Spring term 2015") is not a season: the school-year parser, before this one, reads it.
 */
export const seasonParser: Parser = {
  name: 'season',
  pattern: new RegExp(`\\b(${SEASON_PATTERN})\\b(?:[ \\t]+term)?(?:[ \\t]+(?:of[ \\t]+)?(\\d{4}|['’]?\\d{2})(?![\\d]|[./]\\d))?`, 'gi'),
  words: Object.keys(SEASONS),
  extract(match) {
    const season = SEASONS[match[1].toLowerCase()];
    if (!season) return null;
    const wraps = season.lastMonth < season.firstMonth;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: match[2],
      stated: { day: false, month: false },
      month: season.lastMonth,
      span: monthsSpan(season.firstMonth, season.lastMonth, wraps ? 1 : 0),
    });
  },
};

/**
 * Reads a winter named by the two years it spans ("Winter 2016/17", "winter 15-16"): December of the first year to
 * February of the second, as "Winter 2016" is (the years alone would read as a financial year ending in March).
 *
 * Accepts: "Winter 2016/17", "Winter 2015-2016", "winter of 2014/15", "Winter 15/16", "winter 15-16". Rejects:
 * "Winter 2016/18", "Winter 15/17".
 */
export const winterAcrossYearsParser: Parser = {
  name: 'season',
  // (the first year in two figures too, "Winter 15/16", as plans shorten both)
  pattern: /\bwinter[ \t]+(?:of[ \t]+)?(\d{4}|\d{2})[ \t]*[/\-–][ \t]*(\d{4}|\d{2})(?![\d]|[./]\d)/gi,
  requires: ['pair', 'wW'],
  words: ['winter'],
  extract(match) {
    if (yearPair(match[1], match[2]) === null) return null;
    const winter = SEASONS.winter;
    return makeComponent({
      parser: this.name,
      match,
      precision: 'season',
      yearText: match[1],
      stated: { day: false, month: false },
      month: winter.lastMonth,
      span: monthsSpan(winter.firstMonth, winter.lastMonth, 1),
    });
  },
};
