import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('financial-year parser', () => {
  expectTable([
    ['2015/16', 'date', '2016-03-31', 'year'],
    ['2015/2016', 'date', '2016-03-31', 'year'],
    ['2015-16', 'date', '2016-03-31', 'year'],
    ['FY 2014-15', 'date', '2015-03-31', 'year'],
    ['2007-2010', 'date', '2010-12-31', 'year'],
    // a run of financial years written as one is: due at the end of the last
    ['2016-18', 'date', '2018-03-31', 'year'],
    ['2014/17', 'date', '2017-03-31', 'year'],
    ['2016/15', 'none', null, null], // backwards: not a period
    ['16/17', 'date', '2017-03-31', 'year'], // two-digit years: the financial year 2016/17
    ['FY 15/16', 'date', '2016-03-31', 'year'],
    ['FY09/10', 'date', '2010-03-31', 'year'], // after "FY", a year before 2010 too
    ['by end of 14/15', 'date', '2015-03-31', 'year'],
    ['16/17 Q3', 'date', '2016-12-31', 'quarter'], // a quarter after it: that quarter
    ['2014-5', 'date', '2015-03-31', 'year'], // one digit: the next year's last
    ['2019/0', 'date', '2020-03-31', 'year'],
    // written out with "to" between consecutive years, as GOV.UK style writes a financial year
    ['2026 to 2027', 'date', '2027-03-31', 'year'],
    ['FY 2026 to 2027', 'date', '2027-03-31', 'year'],
    ['By 2024 to 2025', 'date', '2025-03-31', 'year'],
  ]);

  // years joined by "to" that are not one financial year, grouped by reason
  describe('"to" between years: negative cases', () => {
    test.each([
      // not consecutive: a span of calendar years, as "2024-2026" is
      ['2024 to 2026', '2026-12-31', 'two years apart'],
      ['2020 to 2030', '2030-12-31', 'ten years apart'],
      // the second year shortened: not how the style writes it (the second read as no year)
      ['2026 to 27', '2026-12-31', 'the second year in two digits'],
    ])('%j → %s, not a financial year (%s)', (text, due) => {
      const t = parseTimescale(text);
      expect([t.due, t.milestones.filter((m) => m.parser === 'financial-year')]).toEqual([due, []]);
    });
    test.each([['2027 to 2026'], ['2026 to 2026']])('%j is no financial year (backwards or the same year)', (text) => {
      expect(parseTimescale(text).milestones.filter((m) => m.parser === 'financial-year')).toEqual([]);
    });
  });

  // two numbers with a slash that are not a financial year, grouped by reason
  test.each([
    ['16/18', 'the second year does not follow the first'],
    ['12/10', 'a day and month (no year), not following years'],
    ['5/6', 'years before 2010'],
    ['09/10', 'years before 2010 with no "FY": a day and month'],
    ['16/17 year olds', 'ages'],
    ['item 16/17', 'a reference'],
    ['SIIP 14/15', 'a reference'],
    ['16/17 March 2015', 'two days of a month'],
    ['March 16/17', 'two days of a month'],
    ['2014-7', 'one digit that is not the next year'],
    ['2015-6 weeks', 'a count of weeks after a year'],
    ['2015/25', 'ten years: not a plan period'],
    ['2015-21', 'six years: not a plan period'],
  ])('%j is no financial year (%s)', (text) => {
    expect(parseTimescale(text).milestones.filter((m) => m.parser === 'financial-year')).toEqual([]);
  });
});
