import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('a day in brackets straight after a longer period: due that day', () => {
  expectTable([
    ['Q3 2023/24 (15/12/2023)', 'date', '2023-12-15', 'day'],
    ['Autumn term 2023 (7.12.23)', 'date', '2023-12-07', 'day'],
    ['March 2015 (27/03/2015)', 'date', '2015-03-27', 'day'],
  ]);
});

describe('a date with its year in brackets after words with none, a meeting named between: due by that date', () => {
  const context = { referenceDate: '2030-06-30' };
  test.each([
    ['June SSCP exec (20/06/24)', '2024-06-20'],
    ['By the spring Board (Mar 23)', '2023-03-31'],
    ['Before Christmas (1 Dec 24)', '2024-12-01'],
    ['Spring survey (Feb 22)', '2022-02-28'],
    ['Autumn term (Oct 2023)', '2023-10-31'],
  ])('%j → due %s, whatever year the plan would place the words in', (text, due) => {
    expect(parseTimescale(text, context).due).toBe(due);
  });

  describe('negative cases', () => {
    test.each([
      // other words in the bracket first: left to the revision
      ['March 2015 (revised 30/06/15)', '2015-06-30'],
      // no bracket: the later of the two
      ['Q3 2023/24, 15/12/2023', '2023-12-31'],
      // a period, not a day, in the bracket
      ['Q4 (Jan-Mar 2016)', '2016-03-31'],
      // a year stated before the bracket: a month in brackets does not restate it
      ['Oct 2016 (start of 16/17)', '2017-03-31'],
      // the bracket names no year: the words are placed as they would be
      ['Annual Board (November)', '2030-11-30'],
      // too many words between: another thing's date
      ['June, once the new provider has started (Sept 24)', '2030-06-30'],
    ])('%j → due %s', (text, due) => {
      expect(parseTimescale(text, { referenceDate: '2030-06-30' }).due).toBe(due);
    });
  });
});
