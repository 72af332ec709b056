import { isoDate, type IsoDate } from '../../calendarDate';
import { TIME_WORDS_BEFORE } from '../../vocab/timescalePhrases';
import type { Parser } from '../types';
import { makeComponent } from './common';

/**
 * Reads Easter and Christmas as plans write them: "By Easter 2017" is due on Easter Sunday 2017 (16 April),
 * "Christmas 2016" on 25 December 2016. Without a year ("by Christmas") it is read only after a word that makes it
 * a time, and takes its year from the plan as a month does; "Easter" or "Christmas" alone may name a campaign or a
 * place ("Christmas card campaign"), and are not read.
 *
 * Accepts: "By Easter 2017", "Christmas 2016", "Xmas 15", "before Easter", "by Christmas", "Easter holidays 2017", "Easter hols 2017".
 * Rejects: "Christmas card campaign", "Easter Road".
 *
 * @example parseTimescale('By Easter 2017').due // '2017-04-16'
 */
export const festivalParser: Parser = {
  name: 'festival',
  pattern: /\b(easter|christmas|xmas)\b(?:[ \t]+(?:holidays?|hols|break|period))?(?:[ \t]+(\d{4}|['’]?\d{2})(?![\d]|[./]\d))?/gi,
  requires: ['sS'],
  words: ['easter', 'christmas', 'xmas'],
  extract(match, text) {
    const easter = match[1].toLowerCase() === 'easter';
    if (!match[2] && !TIME_WORDS_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) return null;
    const c = makeComponent({
      parser: this.name,
      match,
      precision: 'day',
      yearText: match[2],
      stated: { day: false, month: false },
      month: easter ? 4 : 12,
      span: easter ? easterSpan : christmasSpan,
    });
    c?.assumptions.push(easter ? 'Easter read as Easter Sunday' : 'Christmas read as 25 December');
    return c;
  },
};

function easterSpan(year: number): [IsoDate, IsoDate] | null {
  const d = easterSunday(year);
  return d ? [d, d] : null;
}

function christmasSpan(year: number): [IsoDate, IsoDate] | null {
  const d = isoDate(year, 12, 25);
  return d ? [d, d] : null;
}

/**
 * Easter Sunday of a year (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * @example easterSunday(2017) // '2017-04-16'
 * @example easterSunday(2016) // '2016-03-27'
 */
export function easterSunday(year: number): IsoDate | null {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}
