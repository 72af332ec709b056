import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import type { TimescaleContext } from '../../../src/core/timescale/types';
import { expectTable, PLAN_CONTEXT } from '../../helpers/timescale';

/** A 2014-15 plan read in January 2015: its dates centre on 21 January 2015. */
const JANUARY_2015: TimescaleContext = { referenceDate: '2015-01-21', referenceLabel: "the plan's other timescales", financialYearStart: 2014 };

describe('academic-year-end parser ("End of academic year": 31 August of the academic year around the plan\'s dates)', () => {
  expectTable(
    [
      ['By end of the academic year', 'date', '2015-08-31', 'day'],
      ['End of academic year', 'date', '2015-08-31', 'day'],
      ['End of the school year', 'date', '2015-08-31', 'day'],
      ['end of this academic year', 'date', '2015-08-31', 'day'],
      ['academic year end', 'date', '2015-08-31', 'day'],
      ['School year-end', 'date', '2015-08-31', 'day'],
      // a year written: read by the school-year parser, as before
      ['End of academic year 2015/16', 'date', '2016-08-31', 'year'],
      ['End of school year 2015-16', 'date', '2016-08-31', 'year'],
    ],
    JANUARY_2015,
  );

  test.each([
    ['2014-08-31', '2014-08-31'], // the last day of the academic year 2013/14
    ['2014-09-01', '2015-08-31'], // the first day of 2014/15
    ['2014-11-15', '2015-08-31'],
  ])('read around %s it is due %s (the academic year that holds the reference date, not the nearest 31 August)', (referenceDate, due) => {
    expect(parseTimescale('End of academic year', { referenceDate }).due).toBe(due);
  });

  test('says which academic year it placed it in, and why', () => {
    expect(parseTimescale('End of academic year', JANUARY_2015).assumptions).toEqual([
      `no year stated: "End of academic year" placed in the academic year 2014/15 (1 September 2014 to 31 August 2015), around the plan's other timescales: due 31 August 2015`,
    ]);
  });

  describe('negative cases', () => {
    test.each([
      ['academic year'], // no end named
      ['school year groups'],
    ])('%j has no date', (text) => {
      expect(parseTimescale(text, PLAN_CONTEXT).kind).toBe('none');
    });

    test.each([
      ['End of the year', '2015-03-31'], // the financial year end
      ['End of year 2', null], // a year of the plan (no stated period here)
      ['End of the summer term', '2015-07-31'], // a term, not the academic year: its summer term, in the academic year 2014/15
    ])('%j is not the end of the academic year (due %s)', (text, due) => {
      expect(parseTimescale(text, JANUARY_2015).due).toBe(due);
    });

    test('with no reference date to place it, it has no date', () => {
      expect(parseTimescale('End of academic year')).toMatchObject({ kind: 'none', due: null });
    });
  });
});
