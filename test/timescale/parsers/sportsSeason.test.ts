import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('sports-season parser', () => {
  expectTable([
    ['2020/21 season', 'date', '2021-06-30', 'year'], // July to June, not the financial year (31 March)
    ['End of 2020/21 season', 'date', '2021-06-30', 'year'],
    ['the 2021-22 football season', 'date', '2022-06-30', 'year'],
    ['End of each season', 'recurring', null, null], // a club's year, every year
  ]);

  test('says which months it assumed', () => {
    expect(parseTimescale('2020/21 season').assumptions.join(' ')).toMatch(/sports season, July 2020 to June 2021/);
  });

  describe('negative cases', () => {
    test.each([
      // years that do not follow on
      ['2020/22 season'],
      // a financial year alone
      ['2020/21'],
      // a season of the year
      ['Summer 2021'],
    ])('%j is not read as a sports season', (text) => {
      expect(parseTimescale(text).milestones.filter((m) => m.parser === 'sports-season')).toEqual([]);
    });
  });
});
