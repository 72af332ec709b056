import { SEASONS, SEASON_PATTERN } from '../../vocab/months';
import type { Parser } from '../types';
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
