import { assessGrid } from '../../../src/core/plan/assess';
import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable, PLAN_CONTEXT } from '../../helpers/timescale';

/** A strategic plan for 2014-17, as its title states: it ends 31 March 2017. */
const THREE_YEARS = { ...PLAN_CONTEXT, planStartYear: 2014, planEnd: '2017-03-31' };

describe('plan-end parser ("By the end of the plan": the last day of the period its title states)', () => {
  expectTable(
    [
      ['By the end of the plan', 'date', '2017-03-31', 'day'],
      ['End of plan period', 'date', '2017-03-31', 'day'],
      ['Within the life of the plan', 'date', '2017-03-31', 'day'],
      ['By the end of the strategy', 'date', '2017-03-31', 'day'],
      ['Over the life of the strategy', 'date', '2017-03-31', 'day'],
      ['plan period end', 'date', '2017-03-31', 'day'],
      ['End of the Business Plan', 'date', '2017-03-31', 'day'],
      ['by end of this strategy.', 'date', '2017-03-31', 'day'],
    ],
    THREE_YEARS,
  );

  test('the assumption names the period', () => {
    expect(parseTimescale('By the end of the plan', THREE_YEARS).assumptions).toEqual([
      `"the end of the plan" read as the end of the plan's stated period 2014-17: 31 Mar 2017`,
    ]);
  });

  describe('negative cases', () => {
    test.each([['By the end of the plan'], ['Over the life of the strategy'], ['End of plan period']])(
      'without a stated period %j has no date, and says the plan states none',
      (text) => {
        const t = parseTimescale(text, PLAN_CONTEXT);
        expect(t).toMatchObject({ kind: 'none', due: null, needsDate: true });
        expect(t.assumptions).toEqual([`no date: "${text}" (the end of the plan, which states no period)`]);
      },
    );

    test.each([
      ['Throughout the 3 years', 'recurring', null], // ongoing, as before
      ['End of plan year 2', 'date', '2016-03-31'], // year 2 of the plan, not its end
      ['life of the plan review', 'none', null], // a word after the plan's name: not its end
      ['End of the training programme', 'none', null], // not the plan
      ['Plan by end of June 2015', 'date', '2015-06-30'],
    ])('%j is not the end of the plan (%s %s)', (text, kind, due) => {
      expect(parseTimescale(text, THREE_YEARS)).toMatchObject({ kind, due });
    });
  });

  test('an assessment reads the end of the period its title states, and not of one inferred from its dates', () => {
    const values = [
      ['Ref', 'Action', 'Timescale', 'Status'],
      ['1', 'Audit', 'By the end of the plan', 'Started'],
      ['2', 'Report', 'March 2015', 'Started'],
    ];
    const stated = assessGrid({ values }, { asOf: '2015-06-01', title: 'Strategic Plan 2014-17' });
    expect(stated.rows.map((r) => r.timescale.due)).toEqual(['2017-03-31', '2015-03-31']);
    const unstated = assessGrid({ values }, { asOf: '2015-06-01', title: 'Plan' });
    expect(unstated.rows.map((r) => r.timescale.due)).toEqual([null, '2015-03-31']);
  });
});

// the plan's own period written as calendar years ("2014-2017" in a plan of 2014-17): its life, due at its end
describe('a span of calendar years that is the plan’s stated period', () => {
  expectTable([['2014-2017', 'date', '2017-03-31', 'year']], THREE_YEARS);

  test('says so', () => {
    expect(parseTimescale('2014-2017', THREE_YEARS).assumptions.join(' ')).toMatch(/the plan's own stated period 2014-17: due at its end, 31 Mar 2017/);
  });

  test('in an assessment, where pass 1 read it with no context', () => {
    const values = [
      ['Neglect Strategy and Action Plan 2014-17'],
      ['Ref', 'Action', 'Timescale', 'Progress'],
      ['1', 'Roll out the toolkit', '2014-2017', 'Running in four areas'],
    ];
    expect(assessGrid({ values }, { asOf: '2016-10-31' }).rows[0].timescale.due).toBe('2017-03-31');
  });

  describe('negative cases', () => {
    // another span than the plan's: calendar years, as before
    expectTable([['2013-2017', 'date', '2017-12-31', 'year']], THREE_YEARS);
    // no stated period: calendar years
    expectTable([['2014-2017', 'date', '2017-12-31', 'year']]);
  });
});
