import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('month-only parser (year from the plan)', () => {
  expectTable([
    ['August Board', 'date', '2014-08-31', 'month'],
    ['By March', 'date', '2015-03-31', 'month'],
    ['January', 'date', '2015-01-31', 'month'],
    ['December', 'date', '2014-12-31', 'month'],
    // ordinary words that look like months
    ['this may be late', 'none', null, null],
    ['we will march on', 'none', null, null],
    ['May be needed', 'none', null, null],
    ['APR', 'date', '2015-04-30', 'month'], // an abbreviation in capitals alone is still the month
    ['By APR', 'date', '2015-04-30', 'month'],
    // an abbreviation in capitals after a word that counts or points at a thing names the thing
    ['Following publication of each APR', 'event', null, null], // an Adult Practice Review: waits for one
    ['After the MAR audit', 'none', null, null],
    ['At every DEC meeting', 'recurring', null, null],
  ]);

  test('records that the year was placed, and from what', () => {
    const t = parseTimescale('August Board', { referenceDate: '2014-11-15', referenceLabel: "the plan's other timescales" });
    expect(t.milestones[0].stated).toEqual({ day: false, month: true, year: false });
    expect(t.milestones[0].yearSource).toBe('context');
    expect(t.assumptions.join(' ')).toMatch(/placed in 2014, nearest the plan's other timescales/);
  });

  test('with no reference date a month without a year is not a date', () => {
    expect(parseTimescale('August Board').kind).toBe('none');
  });
});
