import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('part-of-year parser', () => {
  expectTable([
    ['Early 2017', 'date', '2017-04-30', 'season'],
    ['mid-2017', 'date', '2017-08-31', 'season'],
    ['Mid 2017', 'date', '2017-08-31', 'season'],
    ['late 2016', 'date', '2016-12-31', 'season'],
    ['by early 2018', 'date', '2018-04-30', 'season'],
    ["Mid '17", 'date', '2017-08-31', 'season'],
  ]);

  describe('negative cases', () => {
    test.each([
      // a word, not a time: no year written
      ['Early Help strategy', 'none'],
      ['late response', 'none'],
      // the number is not a year
      ['Mid 3 months', 'none'],
    ])('%j is not a part of a year (%s)', (text, kind) => {
      expect(parseTimescale(text).kind).toBe(kind);
    });

    test('"Early Help Board, June 2016" is June 2016, not early in a year', () => {
      expect(parseTimescale('Early Help Board, June 2016').due).toBe('2016-06-30');
    });
  });
});
