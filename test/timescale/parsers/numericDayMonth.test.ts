import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

/** A one-year plan (2014-15), as `assessGrid` gives its timescales when the title names the year. */
const ONE_YEAR = { referenceDate: '2014-11-15', referenceLabel: "the plan's other timescales", financialYearStart: 2014, placeInFinancialYear: true };

describe('numeric day and month with no year', () => {
  expectTable([
    // the year placed nearest the plan's other timescales (mid-November 2014)
    ['By 30/09', 'date', '2014-09-30', 'day'],
    ['31/03', 'date', '2015-03-31', 'day'],
    ['30/9 and ongoing', 'recurring', '2014-09-30', 'day'],
    ['w/c 06/10', 'date', '2014-10-12', 'week'],
    // a day typed past its month's end: the month's last day
    ['31/4', 'date', '2015-04-30', 'day'],
    ['By 31/02', 'date', '2015-02-28', 'day'],
    // the 29th of February with no year: February's last day in the year it is placed in (2015 has no 29th)
    ['By 29/02', 'date', '2015-02-28', 'day'],
  ]);

  test("a day past its month's end says how it was read", () => {
    expect(parseTimescale('31/4', ONE_YEAR).assumptions).toContain('"31/4": April has no 31st; read as its last day');
    expect(parseTimescale('By 29/02', ONE_YEAR).assumptions).toContain('"29/02": the last day of February, whichever year it falls in');
  });

  test('the reading says it took the numbers as day and month', () => {
    expect(parseTimescale('By 30/09', ONE_YEAR).assumptions[0]).toBe('"30/09" read as day/month, UK order');
  });

  describe('negative cases', () => {
    expectTable([
      // a financial year: a month one after the day
      ['14/15', 'date', '2015-03-31', 'year'],
      ['11/12', 'date', '2012-03-31', 'year'],
      // a whole date is read whole
      ['30/09/15', 'date', '2015-09-30', 'day'],
      // not a date: round the clock, ages, a quarter, a reference, a section number, no such day or month
      ['24/7 service', 'none', null, null],
      ['16/17 year olds', 'none', null, null],
      ['SIIP 3/4', 'none', null, null],
      ['3.1', 'none', null, null],
      ['32/02', 'none', null, null],
      ['13/13', 'none', null, null],
    ]);
  });
});

describe('the first of April in a one-year plan is the day its year ends into', () => {
  expectTable(
    [
      ['By 1st April', 'date', '2015-04-01', 'day'],
      ['By 1/4', 'date', '2015-04-01', 'day'],
      // any other day of April is in the plan's year
      ['2nd April', 'date', '2014-04-02', 'day'],
      ['April', 'date', '2014-04-30', 'month'],
      ['By 31st March', 'date', '2015-03-31', 'day'],
    ],
    ONE_YEAR,
  );
});
