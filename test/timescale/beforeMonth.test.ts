import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('"before" a month: due by the end of the month before', () => {
  expectTable([
    ['Before March 2025', 'date', '2025-02-28', 'day'],
    ['before January 2026', 'date', '2025-12-31', 'day'], // the month before is in the year before
    ['Before the start of April 2015', 'date', '2015-03-31', 'day'],
  ]);

  test('says so', () => {
    expect(parseTimescale('Before March 2025').assumptions.join(' ')).toMatch(/"before March 2025" read as by the last day of the month before/);
  });

  describe('negative cases', () => {
    test.each([
      // a day named: by that day
      ['before 31 March 2025', '2025-03-31'],
      // a meeting in the month: its month
      ['Before the March 2015 Board', '2015-03-31'],
      // "by" a month: its end
      ['By March 2025', '2025-03-31'],
    ])('%j is due %s', (text, due) => {
      expect(parseTimescale(text).due).toBe(due);
    });
  });
});
