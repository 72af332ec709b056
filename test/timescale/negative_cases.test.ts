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
