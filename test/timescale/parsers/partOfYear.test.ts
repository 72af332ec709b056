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
    // the start of a year is its early part, as "Early 2016" is (not the end of the year)
    ['Start of 2016', 'date', '2016-04-30', 'season'],
    ['Beginning of 2016', 'date', '2016-04-30', 'season'],
    ['Early part of 2015', 'date', '2015-04-30', 'season'],
    ['Start of the year 2016', 'date', '2016-04-30', 'season'],
    ['By the start of 2016', 'date', '2016-04-30', 'season'],
    ["beginning of '16", 'date', '2016-04-30', 'season'],
    // the start of a financial year is its first third, April-July
    ['beginning of 2016/17', 'date', '2016-07-31', 'season'],
    ['Start of 2016-17', 'date', '2016-07-31', 'season'],
    ['Early 2016/17', 'date', '2016-07-31', 'season'],
    ['Start of the 2016/17 financial year', 'date', '2016-07-31', 'season'],
    ['start of financial year 2015/16', 'date', '2015-07-31', 'season'],
    // its middle and last thirds: August-November, December-March
    ['mid 2016/17', 'date', '2016-11-30', 'season'],
    ['Mid-2016/17', 'date', '2016-11-30', 'season'],
    ['late 2015/16', 'date', '2016-03-31', 'season'],
    ['Late 2015-16', 'date', '2016-03-31', 'season'],
  ]);

  test('the start words say which part of the year they read', () => {
    expect(parseTimescale('Start of 2016').assumptions).toContain('"Start of 2016" read as early 2016: January-April, due 30 April');
    expect(parseTimescale('beginning of 2016/17').assumptions).toContain(
      '"beginning of 2016/17" read as early in the financial year 2016/17: its first third, April-July 2016, due 31 July',
    );
    expect(parseTimescale('late 2015/16').assumptions).toContain(
      '"late 2015/16" read as late in the financial year 2015/16: its last third, December 2015-March 2016, due 31 March',
    );
  });

  test('"Start of 2016" is read as "Early 2016" is', () => {
    const early = parseTimescale('Early 2016');
    expect(parseTimescale('Start of 2016').milestones.map((m) => [m.start, m.date])).toEqual(early.milestones.map((m) => [m.start, m.date]));
  });

  describe('negative cases', () => {
    test.each([
      // a word, not a time: no year written
      ['Early Help strategy', 'none'],
      ['late response', 'none'],
      // the number is not a year
      ['Mid 3 months', 'none'],
      ['Start of 16 weeks', 'none'],
      ['the beginning of the year', 'none'], // no year written
      ['Start of 2016/15', 'none'], // years that do not follow on (backwards)
    ])('%j is not a part of a year (%s)', (text, kind) => {
      expect(parseTimescale(text).kind).toBe(kind);
    });

    test('"Early Help Board, June 2016" is June 2016, not early in a year', () => {
      expect(parseTimescale('Early Help Board, June 2016').due).toBe('2016-06-30');
    });

    test.each([
      ['Start of March 2016', '2016-03-10'], // the start of a month is still read by the month
      ['End of 2016', '2016-12-31'], // the end of a year is the year
      ['mid 2016', '2016-08-31'], // a calendar year's middle third
      ['2016/17', '2017-03-31'], // the whole financial year
    ])('%j is due %s', (text, due) => {
      expect(parseTimescale(text).due).toBe(due);
    });
  });
});
