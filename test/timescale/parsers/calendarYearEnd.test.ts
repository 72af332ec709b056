import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import type { TimescaleContext } from '../../../src/core/timescale/types';
import { expectTable, PLAN_CONTEXT } from '../../helpers/timescale';

/** A 2014-15 plan read in January 2015: its dates centre on 21 January 2015. */
const JANUARY_2015: TimescaleContext = { referenceDate: '2015-01-21', referenceLabel: "the plan's other timescales", financialYearStart: 2014 };

describe('calendar-year-end parser ("End of the calendar year": 31 December, not the financial year end)', () => {
  expectTable([
    ['Calendar year end 2015', 'date', '2015-12-31', 'day'],
    ['End of calendar year 2016', 'date', '2016-12-31', 'day'],
    ["calendar year-end '15", 'date', '2015-12-31', 'day'],
    // no year: placed as a month with no year is, nearest the plan's dates (mid-November 2014)
    ['Calendar year end', 'date', '2014-12-31', 'day'],
    ['End of the calendar year', 'date', '2014-12-31', 'day'],
    ['By end of calendar year', 'date', '2014-12-31', 'day'],
    ['end of this calendar year', 'date', '2014-12-31', 'day'],
  ]);

  describe('read in January 2015', () => {
    expectTable(
      [
        ['Calendar year end', 'date', '2014-12-31', 'day'], // 31 December 2014 is nearer 21 January 2015 than 2015's
        ['Calendar year end 2015', 'date', '2015-12-31', 'day'],
      ],
      JANUARY_2015,
    );
  });

  test('says it read the calendar year, and where it placed the year', () => {
    expect(parseTimescale('End of the calendar year', PLAN_CONTEXT).assumptions).toEqual([
      '"End of the calendar year" read as 31 December, the end of the calendar year (not the financial year)',
      `no year stated: "End of the calendar year" placed in 2014, nearest the plan's other timescales`,
    ]);
  });

  test("a one-year plan places it inside the plan's financial year", () => {
    const t = parseTimescale('Calendar year end', { referenceDate: '2015-03-15', financialYearStart: 2014, placeInFinancialYear: true });
    expect(t.due).toBe('2014-12-31');
    expect(t.assumptions).toContain(`no year stated: "Calendar year end" placed in 2014, inside the plan's financial year`);
  });

  describe('negative cases', () => {
    test.each([
      ['Calendar year'], // no end named
      ['calendar year planning'],
    ])('%j has no date', (text) => {
      expect(parseTimescale(text, PLAN_CONTEXT).kind).toBe('none');
    });

    test.each([
      ['Year end', '2015-03-31'], // the financial year end, as UK public bodies mean it
      ['End of the financial year', '2015-03-31'],
      ['end of calendar year 2015/16', '2016-03-31'], // a financial year is written: read as one
    ])('%j is not the calendar year end (due %s)', (text, due) => {
      expect(parseTimescale(text, PLAN_CONTEXT).due).toBe(due);
    });

    test('with no reference date to place it, a yearless calendar year end has no date', () => {
      expect(parseTimescale('End of the calendar year')).toMatchObject({ kind: 'none', due: null });
    });
  });
});
