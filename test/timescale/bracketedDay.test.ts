import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('a day in brackets straight after a longer period: due that day', () => {
  expectTable([
    ['Q3 2023/24 (15/12/2023)', 'date', '2023-12-15', 'day'],
    ['Autumn term 2023 (7.12.23)', 'date', '2023-12-07', 'day'],
    ['March 2015 (27/03/2015)', 'date', '2015-03-27', 'day'],
  ]);

  describe('negative cases', () => {
    test.each([
      // other words in the bracket first: left to the revision
      ['March 2015 (revised 30/06/15)', '2015-06-30'],
      // no bracket: the later of the two
      ['Q3 2023/24, 15/12/2023', '2023-12-31'],
      // a period, not a day, in the bracket
      ['Q4 (Jan-Mar 2016)', '2016-03-31'],
    ])('%j → due %s', (text, due) => {
      expect(parseTimescale(text).due).toBe(due);
    });
  });
});
