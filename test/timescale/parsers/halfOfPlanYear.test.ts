import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { PLAN_CONTEXT } from '../../helpers/timescale';

/** A half of the plan's own financial year, named with no year (PLAN_CONTEXT: a 2014-15 plan). */
describe('half-of-plan-year parser', () => {
  test.each([
    ['Second half of the year', '2015-03-31'], // H2: October-March
    ['second half of the financial year', '2015-03-31'],
    ['2nd half of this year', '2015-03-31'],
    ['First half of the year', '2014-09-30'], // H1: April-September
    ['by the end of the first half of the current year', '2014-09-30'],
  ])('%j → due %s', (text, due) => {
    const t = parseTimescale(text, PLAN_CONTEXT);
    expect([t.kind, t.due, t.precision]).toEqual(['date', due, 'half']);
  });

  test('says which half it assumed', () => {
    expect(parseTimescale('Second half of the year', PLAN_CONTEXT).assumptions.join(' ')).toMatch(/half of the plan's financial year \(H2 October-March\)/);
  });

  describe('negative cases', () => {
    test.each([
      ['H2', 'a half named by its letter alone (a half-year report, a heading)'],
      ['second half of the meeting', 'not a year'],
      ['half of the year', 'no ordinal'],
    ])('%j is not read (%s)', (text) => {
      expect(parseTimescale(text, PLAN_CONTEXT).milestones.filter((m) => m.role === 'deadline')).toEqual([]);
    });
    test("a half with its year is read by the half-year parser, not as the plan's", () => {
      expect(parseTimescale('second half of 2016/17', PLAN_CONTEXT).due).toBe('2017-03-31');
    });
  });
});
