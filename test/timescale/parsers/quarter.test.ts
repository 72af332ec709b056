import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('quarter parser', () => {
  expectTable([
    ['Q2 2005', 'date', '2005-06-30', 'quarter'], // calendar quarter
    ['Q3 2015/16', 'date', '2015-12-31', 'quarter'], // financial Q3 = Oct-Dec 2015
    ['Q4 2015/16', 'date', '2016-03-31', 'quarter'], // financial Q4 = Jan-Mar 2016
    ['Q1 2015-2016', 'date', '2015-06-30', 'quarter'],
    ['Quarter 1 2016', 'date', '2016-03-31', 'quarter'],
    ['Qtr 3', 'date', '2014-12-31', 'quarter'], // financial quarter, year from the plan
    ['1st quarter 2017', 'date', '2017-03-31', 'quarter'], // an ordinal quarter of a calendar year
    ['Third quarter of 2015/16', 'date', '2015-12-31', 'quarter'], // of a financial year: Oct-Dec 2015
    ['fourth qtr 2016-2017', 'date', '2017-03-31', 'quarter'],
    ['2nd Quarter 2016', 'date', '2016-06-30', 'quarter'],
    ['2016/17 Q2', 'date', '2016-09-30', 'quarter'], // the year first: still Q2 of that financial year
    ['2015-2016 Qtr 4', 'date', '2016-03-31', 'quarter'],
    ['2015/16, Q1', 'date', '2015-06-30', 'quarter'],
    ['2016/17 Q5', 'date', '2017-03-31', 'year'], // no fifth quarter: the financial year alone
    // "FY" before the financial year, either side of the quarter, its years in two digits however early
    ['FY09/10 Q1', 'date', '2009-06-30', 'quarter'],
    ['FY 2024/25 Q2', 'date', '2024-09-30', 'quarter'],
    ['Q1 FY09/10', 'date', '2009-06-30', 'quarter'],
    ['Q3 FY24/25', 'date', '2024-12-31', 'quarter'],
    // a year in two digits, as "Dec 24" is written: a calendar quarter, as "Q1 2024" is
    ['Q1 24', 'date', '2024-03-31', 'quarter'],
    ["Q4 '23", 'date', '2023-12-31', 'quarter'],
    ['Q1 ’24', 'date', '2024-03-31', 'quarter'],
    ['End of Q3 23', 'date', '2023-09-30', 'quarter'],
    ['Q4 23.', 'date', '2023-12-31', 'quarter'],
    // a short financial year with a dash, as "Q4 16/17" is: the quarter of that financial year
    ['Q4 16-17', 'date', '2017-03-31', 'quarter'],
    ['Q3 15-16', 'date', '2015-12-31', 'quarter'],
    ["Q4 '16-17", 'date', '2017-03-31', 'quarter'],
    ['Qtr 2 14 – 15', 'date', '2014-09-30', 'quarter'],
    // a bracket, dash or colon between a quarter and its financial year, either side: the quarter of that year
    ['2016/17 (Q1)', 'date', '2016-06-30', 'quarter'],
    ['Q1 (2016/17)', 'date', '2016-06-30', 'quarter'],
    ['2016/17 - Q3', 'date', '2016-12-31', 'quarter'],
    ['2016-17: Q2', 'date', '2016-09-30', 'quarter'],
    ['Q2 - 2016/17', 'date', '2016-09-30', 'quarter'],
    ['Q3 (15/16)', 'date', '2015-12-31', 'quarter'],
  ]);

  // two digits after a quarter that are not its year, grouped by reason
  describe('two digits after a quarter: negative cases', () => {
    test.each([
      // a count or a figure after the quarter
      ['Q3 15 sessions', 'a count of sessions'],
      ['Q2 12.5%', 'a percentage'],
      ['Q1 40 %', 'a percentage, spaced'],
      // a financial year in two digits: the quarter of that year, not a calendar quarter
      ['Q2 25/26', 'a financial year'],
      ['Q2 25-26', 'a financial year with a dash'],
      ['Q4 24 – 25', 'a financial year with a spaced dash'],
    ])('%j is not a calendar quarter of a two-digit year (%s)', (text) => {
      expect(parseTimescale(text, { referenceDate: '2025-06-30' }).assumptions.join(' ')).not.toMatch(/calendar quarter/);
    });
  });

  // two numbers joined by a dash after a quarter that are not a financial year, grouped by reason
  describe('a dash between two-digit numbers after a quarter: negative cases', () => {
    test.each([
      // the second is not the year after the first
      ['Q3 15-20', 'a span of numbers', '2015-09-30'],
      ['Q1 16-18', 'two years apart', '2016-03-31'],
      // a figure: a percentage or a decimal after the pair
      ['Q2 12-13%', 'a range of percentages', '2012-06-30'],
    ])('%j is not a financial quarter (%s)', (text, _why, due) => {
      expect(parseTimescale(text, { referenceDate: '2015-06-30' }).due).toBe(due);
    });
  });

  // a bracket or dash after a quarter that does not lead to its financial year, grouped by reason
  describe('a bracket or dash after a quarter: negative cases', () => {
    test.each([
      // a plain year after a dash: still the quarter with no year, the range's start
      ['Q1 - 2016', 'a plain year', 'Q1 with no year'],
      // a count in brackets, not a year
      ['Q1 (10-11 cases)', 'a count of cases', 'Q1 with no year'],
      // another quarter after the dash: a range of quarters, the first with no year of its own
      ['Q1 - Q2 2016/17', 'a range of quarters', 'Q1 with no year'],
    ])('%j keeps the quarter without a year (%s)', (text, _why, said) => {
      expect(parseTimescale(text, { referenceDate: '2016-05-01' }).assumptions.join(' ')).toContain(said);
    });
  });

  test('says which kind of quarter it assumed', () => {
    expect(parseTimescale('Q2 2005').assumptions.join(' ')).toMatch(/calendar quarter/);
    expect(parseTimescale('Qtr 3', { referenceDate: '2014-11-15' }).assumptions.join(' ')).toMatch(/financial year/);
  });
});
