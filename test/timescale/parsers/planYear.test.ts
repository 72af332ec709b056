import { assessGrid } from '../../../src/core/plan/assess';
import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable, PLAN_CONTEXT } from '../../helpers/timescale';

/** A strategic plan for 2014-17, as its title states: year 1 is 2014/15. */
const THREE_YEARS = { ...PLAN_CONTEXT, planStartYear: 2014 };

describe('plan-year parser ("Year 2" of a plan whose title states its period)', () => {
  expectTable(
    [
      ['Year 1', 'date', '2015-03-31', 'year'],
      ['Yr 2', 'date', '2016-03-31', 'year'],
      ['End of year 2', 'date', '2016-03-31', 'year'],
      ['Year 3 (2016/17)', 'date', '2017-03-31', 'year'],
      // a span of years is due at the end of its last year
      ['Year 1-3', 'date', '2017-03-31', 'year'],
      ['Years 2-3', 'date', '2017-03-31', 'year'],
      ['Year 2 - 3', 'date', '2017-03-31', 'year'],
      ['Years 1 and 2', 'date', '2016-03-31', 'year'],
      ['Years 1 to 3', 'date', '2017-03-31', 'year'],
      ['Yr 1-2', 'date', '2016-03-31', 'year'],
      ['Year 1 to year 3', 'date', '2017-03-31', 'year'],
      ['Years 1 & 2', 'date', '2016-03-31', 'year'],
      // a list of years is read as their span
      ['Years 1, 2 and 3', 'date', '2017-03-31', 'year'],
      ['Years 1, 2, 3', 'date', '2017-03-31', 'year'],
      ['Year 1, Year 2 and Year 3', 'date', '2017-03-31', 'year'],
      // the start of a year is its first third (April-July), as the start of a financial year is
      ['Start of year 2', 'date', '2015-07-31', 'season'],
      ['Beginning of Year 3', 'date', '2016-07-31', 'season'],
      ['Early in year 2', 'date', '2015-07-31', 'season'],
    ],
    THREE_YEARS,
  );

  test('the assumption says which year of the plan it read', () => {
    expect(parseTimescale('Year 2', THREE_YEARS).assumptions).toContain('"Year 2" read as year 2 of the plan: its financial year 2015-16');
  });

  test('a span says which years of the plan it read, and that it is due at the end of the last', () => {
    expect(parseTimescale('Years 2-3', THREE_YEARS).assumptions).toEqual([
      '"Years 2-3" read as years 2 to 3 of the plan: its financial years 2015-16 to 2016-17, due at the end of year 3',
    ]);
  });

  test('a span runs from the start of its first year', () => {
    expect(parseTimescale('Years 2-3', THREE_YEARS).milestones.map((m) => [m.start, m.date])).toEqual([['2015-04-01', '2017-03-31']]);
  });

  describe('negative cases', () => {
    test.each([
      // school year groups and counts, not years of a plan
      ['Year 7 pupils'],
      ['year 10'],
      ['5 year olds'],
      // school year groups, alone or as a span
      ['Years 10 and 11'],
      ['Years 1-2 pupils'],
      ['Year 2-3 children'],
      ['Years 5 and 6'],
      ['Year 1-10'],
      // a span written backwards
      ['Years 3-1'],
      ['Years 3, 2'],
      // a list of school year groups
      ['Years 1, 2 pupils'],
      // the start of a school year group
      ['Start of year 7'],
      ['Start of year 2 pupils'],
    ])('%j is not a year of the plan', (text) => {
      expect(parseTimescale(text, THREE_YEARS).kind).toBe('none');
    });

    test.each([['Year 2'], ['Years 1-3'], ['Yr 1-2'], ['Start of year 2']])(
      'without a stated period %j has no date (never placed from the reference date)',
      (text) => {
        expect(parseTimescale(text, PLAN_CONTEXT)).toMatchObject({ kind: 'none', due: null });
      },
    );

    test('"Year 2015" is the calendar year', () => {
      expect(parseTimescale('Year 2015', THREE_YEARS).due).toBe('2015-12-31');
    });
  });

  test("an assessment counts from the period the plan's title states, and not from one inferred from its dates", () => {
    const values = [
      ['Ref', 'Action', 'Timescale', 'Status'],
      ['1', 'Audit', 'Year 1', 'Started'],
      ['2', 'Train', 'Year 2', 'Started'],
      ['3', 'Report', 'March 2015', 'Started'],
    ];
    const stated = assessGrid({ values }, { asOf: '2015-06-01', title: 'Strategic Plan 2014-17' });
    expect(stated.rows.map((r) => [r.timescale.due, r.state])).toEqual([
      ['2015-03-31', 'amber'],
      ['2016-03-31', 'green'],
      ['2015-03-31', 'amber'],
    ]);
    const unstated = assessGrid({ values }, { asOf: '2015-06-01', title: 'Plan' });
    expect(unstated.rows.map((r) => r.timescale.due)).toEqual([null, null, '2015-03-31']);
  });

  // a Welsh regional board's annual plan, one year of its three-year strategic plan (the Gwent fixture)
  describe('an annual plan that says which year of a longer plan it is', () => {
    const values = [
      ['Ref', 'Action', 'Timescale', 'Status'],
      ['1', 'Audit', 'Year 2', 'On track'],
      ['2', 'Train', 'Years 1-3', 'On track'],
    ];
    const dues = (title: string) => assessGrid({ values: [[title, null, null, null], ...values] }, { asOf: '2015-06-01' }).rows.map((r) => r.timescale.due);
    test('"Annual Plan 2015-16 (Year 2 of the Strategic Plan 2014-2017)": its years counted from 2014', () => {
      expect(dues('Annual Plan 2015-16 (Year 2 of the Strategic Plan 2014-2017)')).toEqual(['2016-03-31', '2017-03-31']);
    });
    // negative cases, by reason
    test("no longer plan named: counted from the annual plan's own year", () => {
      expect(dues('Annual Plan 2015-16')).toEqual(['2017-03-31', '2018-03-31']);
    });
    test('the year named is not the annual plan\'s ("Year 3 of" a plan whose year 3 is not 2015-16): counted from its own', () => {
      expect(dues('Annual Plan 2015-16 (Year 3 of the Strategic Plan 2014-2017)')).toEqual(['2017-03-31', '2018-03-31']);
    });
  });
});
