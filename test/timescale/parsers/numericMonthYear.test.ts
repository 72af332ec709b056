import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('numeric month and four-figure year', () => {
  expectTable([
    // a target month as a form or a system writes it: due at the month's end, as "Sept 2015" is
    ['09/2015', 'date', '2015-09-30', 'month'],
    ['By 3/2016', 'date', '2016-03-31', 'month'],
    ['Target: 03/2016', 'date', '2016-03-31', 'month'],
    ['12 / 2015', 'date', '2015-12-31', 'month'],
    // two of them: a range due at its end, a revision read as one
    ['10/2015 - 03/2016', 'date', '2016-03-31', 'month'],
    ['09/2015 onwards', 'recurring', '2015-09-30', 'month'],
  ]);

  test('the reading says it took the numbers as month and year', () => {
    expect(parseTimescale('09/2015').assumptions).toContain('"09/2015" read as month/year');
  });

  // numbers before a four-figure year that are not a month of it, grouped by reason
  describe('negative cases', () => {
    // a full date: read whole, to the day
    expectTable([
      ['31/03/2016', 'date', '2016-03-31', 'day'],
      ['1/4/2015', 'date', '2015-04-01', 'day'],
    ]);
    // a financial year: its end, not a month
    expectTable([['2015/2016', 'date', '2016-03-31', 'year']]);
    test.each([
      // no such month
      ['13/2015', 'a month past 12'],
      ['0/2015', 'month nought'],
      // a quarter, a reference or a count before it
      ['Q1/2016', 'a quarter'],
      ['SIIP 3/2015', 'a SIIP reference'],
      ['Item 5/2016', 'an item number'],
      // a figure after it
      ['1/2015.5', 'a decimal'],
    ])('%j is not a month and year (%s)', (text) => {
      expect(parseTimescale(text).assumptions.join(' ')).not.toMatch(/month\/year/);
    });
  });
});
