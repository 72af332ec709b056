import { easterSunday } from '../../../src/core/timescale/parsers/festival';
import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('festival parser', () => {
  expectTable([
    ['By Easter 2017', 'date', '2017-04-16', 'day'], // Easter Sunday 2017
    ['Easter 2016', 'date', '2016-03-27', 'day'],
    ['Easter holidays 2015', 'date', '2015-04-05', 'day'],
    ['Easter hols 2015', 'date', '2015-04-05', 'day'],
    ['Christmas 2016', 'date', '2016-12-25', 'day'],
    ['Xmas 15', 'date', '2015-12-25', 'day'],
    ['by Christmas', 'date', '2014-12-25', 'day'], // no year: placed nearest the plan's dates (mid-November 2014)
    ['before Easter', 'date', '2015-04-05', 'day'],
    ['Christmas card campaign', 'none', null, null], // no year and no word making it a time: a campaign's name
    ['Easter Road stadium', 'none', null, null],
  ]);

  // Easter Sunday as published (e.g. the Royal Observatory's tables / timeanddate.com)
  test.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2014, '2014-04-20'],
    [2015, '2015-04-05'],
    [2016, '2016-03-27'],
    [2017, '2017-04-16'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  test('says what it took the festival to mean', () => {
    expect(parseTimescale('By Easter 2017').assumptions).toContain('Easter read as Easter Sunday');
    expect(parseTimescale('Christmas 2016').assumptions).toContain('Christmas read as 25 December');
  });
});
