import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('school-year parser', () => {
  expectTable([
    ['Spring term 2016', 'date', '2016-03-31', 'season'], // January to Easter, not the season (May)
    ['Summer term 2016', 'date', '2016-07-31', 'season'], // April-July, not the season (August)
    ['Autumn term 2016', 'date', '2016-12-31', 'season'], // September-December, not the season (November)
    ['summer school term 2017', 'date', '2017-07-31', 'season'],
    ['Summer holidays 2016', 'date', '2016-08-31', 'season'],
    ['Summer hols 2024', 'date', '2024-08-31', 'season'], // shortened, as schools write it
    ['Autumn term', 'date', '2014-12-31', 'season'], // no year: placed nearest the plan's dates (mid-November 2014)
    // a term's name shortened, as schools write it
    ['Aut term 2021', 'date', '2021-12-31', 'season'],
    ['End of Spr term 2022', 'date', '2022-03-31', 'season'],
    ['Sum term 2022', 'date', '2022-07-31', 'season'],
    ['Academic year 2016/17', 'date', '2017-08-31', 'year'], // 1 September 2016 to 31 August 2017, not a financial year
    ['2016/17 academic year', 'date', '2017-08-31', 'year'],
    ['AY 2016-2017', 'date', '2017-08-31', 'year'],
    ['school year 2015-16', 'date', '2016-08-31', 'year'],
    // the first year in two figures: still the school year, not the financial year "22/23" alone would be
    ['Academic year 22/23', 'date', '2023-08-31', 'year'],
    ['AY 15-16', 'date', '2016-08-31', 'year'],
    ['22/23 academic year', 'date', '2023-08-31', 'year'],
    // the start of an academic year: its first month, September (not the start of a financial year, April-July)
    ['Start of 2023/24 academic year', 'date', '2023-09-30', 'month'],
    ['Start of the academic year 2023/24', 'date', '2023-09-30', 'month'],
    ['By the beginning of AY 2023-24', 'date', '2023-09-30', 'month'],
  ]);

  test('the start of an academic year says which month it read', () => {
    expect(parseTimescale('Start of 2023/24 academic year').assumptions.join(' ')).toMatch(/first month of the academic year 2023\/24: September 2023/);
  });

  // negative cases: no academic year named, so the start of a financial year stands
  test.each(['Start of 2023/24', 'Beginning of 2023-24'])('%j is the start of a financial year', (text) => {
    expect(parseTimescale(text).due).toBe('2023-07-31');
  });

  test('says which school period it assumed', () => {
    expect(parseTimescale('Spring term 2016').assumptions.join(' ')).toMatch(/spring term \(January-March: to Easter\)/);
    expect(parseTimescale('Academic year 2016/17').assumptions.join(' ')).toMatch(/academic year 1 September 2016 to 31 August 2017/);
  });

  test.each([
    ['academic year', null], // no year
    ['Easter holidays', null], // not the summer holidays
    ['May 22/23', null], // no school year named: a month and a financial year
    ['Sum of the 2016 returns', null], // a shortened term's name needs "term" after it
  ])('%j is not read as a school period', (text) => {
    expect(parseTimescale(text).milestones.filter((m) => m.parser === 'school-year')).toEqual([]);
  });

  test('an academic year whose years do not follow on is not read as one', () => {
    expect(parseTimescale('Academic year 2016/18').milestones.some((m) => m.parser === 'school-year')).toBe(false);
  });
});
