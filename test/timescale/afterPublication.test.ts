/** Timescales counted from a case review's publication, read against the date the plan gives above its table. */
import { publishedOn, withinOfPublication } from '../../src/core/timescale/afterPublication';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { assessGrid } from '../../src/core/plan/assess';

describe('counted from the publication date', () => {
  test.each([
    ['Within 3 months of publication', '2020-10-30'],
    ['Within three months of the report being published', '2020-10-30'],
    ['6 weeks after publication', '2020-09-10'],
    ['No later than 12 months from publication', '2021-07-30'],
    ['Within 1 month of the SCR publication', '2020-08-30'],
  ])('%j, published 30 July 2020 → due %s', (text, due) => {
    expect(withinOfPublication(parseTimescale(text), '2020-07-30')?.due).toBe(due);
  });
  test('a month with fewer days ends on its last', () => {
    expect(withinOfPublication(parseTimescale('Within 1 month of publication'), '2021-01-31')?.due).toBe('2021-02-28');
  });
  describe('negative cases', () => {
    test.each([
      ['Within 3 months of publication', null, 'no publication date given'],
      ['Following publication of the report', '2020-07-30', 'no span of time'],
      ['Within 3 months of the new policy', '2020-07-30', 'not counted from publication'],
      ['March 2021', '2020-07-30', 'a date of its own'],
    ] as Array<[string, string | null, string]>)('%j (published %s) is not read so (%s)', (text, published) => {
      expect(withinOfPublication(parseTimescale(text), published)).toBeNull();
    });
  });
});

describe('the publication date in the lines above the table', () => {
  test.each([
    [['Serious Case Review – Sam and Kyle', 'Report published 30 July 2020. Progress as at January 2021'], '2020-07-30'],
    [['Published: 30/07/2020'], '2020-07-30'],
    [['Date of publication: 5 March 2019'], '2019-03-05'],
  ])('%j → %s', (lines, date) => {
    expect(publishedOn(lines)).toBe(date);
  });
  describe('negative cases', () => {
    test.each([
      [['Published in the summer'], 'no day'],
      [['Action plan agreed 30 July 2020'], 'not a publication'],
    ])('%j → null (%s)', (lines) => {
      expect(publishedOn(lines)).toBeNull();
    });
  });
});

test('in a plan: the action is due that many months after the date above its table', () => {
  const a = assessGrid(
    {
      values: [
        ['Serious Case Review – Child D. Report published 30 July 2020', null, null, null],
        ['Recommendation', 'Action', 'Timescale', 'Progress'],
        ['1. Guidance', '1.1 Revise the guidance', 'Within 3 months of publication', null],
      ],
    },
    { asOf: '2021-01-12' },
  );
  expect([a.rows[0].timescale.due, a.rows[0].state, a.rows[0].overdue]).toEqual(['2020-10-30', 'red', true]);
});
