import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { PLAN_CONTEXT } from '../helpers/timescale';

/** Text that must never be read as a date. */
describe('negative cases: not dates', () => {
  test.each([
    'SIIP 1.9',
    'LINK TO SIIP 1.1.2',
    '12.53%',
    '100% of Board Members',
    '6-% of Schools',
    'Version 12',
    'V11',
    'Section 11',
    'WT13',
    'PM indicator 1.4',
    'Tier 5 cases',
    '3.4a',
    '1.10',
    'Rolling Report to the Board every 6 months.',
    'may be required later',
    'This will march forward',
    'PSA 13 Indicator 4',
    'para 3.2.14',
    '£2015',
    'Q5',
    '13/13/13',
    '0/0/00',
  ])('%j has no dated milestone', (text) => {
    const t = parseTimescale(text, PLAN_CONTEXT);
    expect(t.milestones).toEqual([]);
    expect(t.due).toBeNull();
  });
});

/** Text that is partly a date: the reference, count or stage beside it must not change the reading. Grouped by reason. */
describe.each([
  [
    'a reference number beside a date',
    [
      ['SIIP 1.1.12 by Dec 14', '2014-12-31'],
      ['LINK TO SIIP 4.1.2 – March 2015', '2015-03-31'],
      ['SIIP 5.1 / CYPP 2.3 by end of June 2015', '2015-06-30'],
      ['Action 3.2.14 due 31/03/2015', '2015-03-31'],
      ['para 12 – September 14', '2014-09-30'],
    ],
  ],
  [
    'a stage or count before a month',
    [
      ['Phase 2 Mar 16', '2016-03-31'],
      ['Phase 1 Dec 14, Phase 2 Mar 15', '2015-03-31'],
      ['Stage 3 – April 2015', '2015-04-30'],
      ['Year 2 Sept 15', '2015-09-30'],
      ['Wave 4 Jan 15', '2015-01-31'],
    ],
  ],
  [
    'a percentage or amount beside a date',
    [
      ['50% by Dec 14, 100% by March 2015', '2015-03-31'],
      ['£2,015 budget by June 2015', '2015-06-30'],
    ],
  ],
  [
    'ordinal words beside a year that are not a quarter (the year alone is read)',
    [
      ['second quartering of 2015', '2015-12-31'],
      ['4th quartile 2015', '2015-12-31'],
      ['a fifth quarter 2015', '2015-12-31'],
    ],
  ],
  [
    'a half that is not a half year (the year alone is read)',
    [
      ['H12 2017', '2017-12-31'],
      ['half 2017', '2017-12-31'],
      ['Ch1 2017', '2017-12-31'],
    ],
  ],
  [
    'a week commencing a day',
    [
      ['w/c 12/10/15', '2015-10-18'],
      ['wc 2/3/15 and report to Board April 2015', '2015-04-30'],
    ],
  ],
] as Array<[string, Array<[string, string]>]>)('mixed: %s', (_reason, rows) => {
  test.each(rows)('%j → due %s', (text, due) => {
    expect(parseTimescale(text, PLAN_CONTEXT).due).toBe(due);
  });
});

/** Phrases that look like dates but are not deadlines. Grouped by reason. */
describe.each([
  ['stages and counts', ['Phase 2', 'Stage 3 of 4', 'Year 2 pupils', 'Week 6', 'Tier 2 and 3 services', 'Cohort 12']],
  ['references', ['SIIP1.4', '(SIIP 4.1.2)', 'SIIP actions 1.2 and 1.3', 'Links: SIIP 2.1, 2.3', 'Rec 14', 'Action 12.10']],
  ['quantities', ['12 staff', '25 schools by', '3 of 12 months', '1,200 contacts']],
  ['ordinal words that are not a quarter', ['first quarterly report', 'the second quartile', 'third quarterly meeting']],
  ["a half with no year that is not of the plan's year", ['H1', 'second half of the meeting', 'H2 report', 'half of the year']],
] as Array<[string, string[]]>)('not dates: %s', (_reason, texts) => {
  test.each(texts)('%j has no dated milestone', (text) => {
    const t = parseTimescale(text, PLAN_CONTEXT);
    expect(t.milestones.filter((m) => m.role === 'deadline')).toEqual([]);
  });
});

/** With the plan's period stated (2014-17): phrases near the plan's years, its end and a year's end that are not them. */
describe.each([
  ['year groups, alone or as a span', ['Years 10 and 11', 'Years 1-2 pupils', 'Year 2-3 children', 'Years 5 and 6']],
  ['a plan, a year or a term named with no end or start', ['life of the plan review', 'Calendar year', 'academic year', 'the beginning of the year']],
  ['a span written backwards', ['Years 3-1']],
] as Array<[string, string[]]>)('not dates in a plan that states its period: %s', (_reason, texts) => {
  test.each(texts)('%j has no dated milestone', (text) => {
    const t = parseTimescale(text, { ...PLAN_CONTEXT, planStartYear: 2014, planEnd: '2017-03-31' });
    expect(t.milestones.filter((m) => m.role === 'deadline')).toEqual([]);
  });
});
