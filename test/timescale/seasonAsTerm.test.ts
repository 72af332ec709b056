/** A season read as the school term of its name, in a plan whose other timescales are school terms. */
import { assessGrid } from '../../src/core/plan/assess';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { countTerms, isTermsPlan, seasonAsTerm } from '../../src/core/timescale/seasonAsTerm';

describe('a season as the term of its name', () => {
  test.each([
    ['Spring 2024', '2024-03-31'], // the spring term, January to Easter (not the season, to 31 May)
    ['Summer 2020', '2020-07-31'], // the summer term, April-July (not the season, to 31 August)
    ['Autumn 2023', '2023-12-31'], // the autumn term, September-December (not the season, to 30 November)
    ['By Spring 2024', '2024-03-31'],
    ['Summer 2020 (review)', '2020-07-31'],
  ])('%j → %s', (text, due) => expect(seasonAsTerm(parseTimescale(text))?.due).toBe(due));
  test('the reasons say so', () =>
    expect(seasonAsTerm(parseTimescale('Spring 2024'))?.assumptions).toContain(
      `"Spring" read as the school's spring term, as the plan's other timescales are terms`,
    ));
  describe('negative cases', () => {
    test.each([
      // already a term or half-term
      ['Spring term 2024', 'a term already'],
      ['Summer 2 2020', 'a half-term already'],
      // no term of that name
      ['Winter 2024', 'winter names no term'],
      // no season in it
      ['March 2024', 'a month'],
      ['2023/24', 'a year'],
      ['Quarterly', 'a round of work'],
    ])('%j is not read again (%s)', (text) => expect(seasonAsTerm(parseTimescale(text))).toBeNull());
  });
});

describe('a plan of school terms', () => {
  const count = (texts: string[]) => texts.reduce((c, t) => countTerms(t, c), { terms: 0, seasons: 0 });
  test.each([
    [['Autumn term 2023', 'Spring term 2024', 'Summer term 2024', 'Spring 2024']],
    [['Autumn 1', 'Spring 2', 'Summer 1', 'Summer 2020']],
    [['Aut term', 'Spr term', 'Sum 2']],
  ])('%j is one', (texts) => expect(isTermsPlan(count(texts))).toBe(true));
  describe('negative cases', () => {
    test.each([
      // too few terms to say
      [['Spring term 2024', 'Summer 2024'], 'one term'],
      [['Autumn term 2023', 'Spring term 2024', 'March 2024'], 'two terms'],
      // more seasons than terms
      [['Spring term 2024', 'Summer term 2024', 'Autumn term 2024', 'Spring 2024', 'Summer 2024', 'Autumn 2024', 'Winter 2024'], 'mostly seasons'],
      // months and years only
      [['March 2024', 'Q3 2023/24', '2024/25', 'Spring 2024'], 'no terms'],
    ])('%j is not one (%s)', (texts) => expect(isTermsPlan(count(texts))).toBe(false));
  });
});

describe('in a plan', () => {
  const plan = (timescales: string[], status = '') =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ...timescales.map((t, i) => [String(i + 1), `Action ${i + 1}`, t, i === 0 ? status : 'In progress']),
        ],
      },
      { asOf: '2024-01-15' },
    ).rows.map((r) => r.timescale.due);
  test('"Spring 2024" among a school\'s terms is the spring term; a season the status moves the work to is a term too', () => {
    expect(plan(['Spring 2024', 'Autumn term 2023', 'Spring term 2024', 'Summer term 2024'])).toEqual(['2024-03-31', '2023-12-31', '2024-03-31', '2024-07-31']);
    expect(plan(['Autumn term 2023', 'Spring term 2024', 'Summer term 2024'], 'Remaining 2 moved to Summer 2024')[0]).toBe('2024-07-31');
  });
  test('among months, "Spring 2024" is the season (negative case)', () => {
    expect(plan(['Spring 2024', 'March 2024', 'Autumn term 2023', 'June 2024'])).toEqual(['2024-05-31', '2024-03-31', '2023-12-31', '2024-06-30']);
  });
});
