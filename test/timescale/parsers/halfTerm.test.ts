import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('half-term parser', () => {
  expectTable([
    ['Autumn 1 2016', 'date', '2016-10-31', 'month'], // September-October, not the season (November) or the term (December)
    ['Autumn 2 2016', 'date', '2016-12-31', 'month'], // November-December
    ['Spring 1 2017', 'date', '2017-02-28', 'month'], // January-February, not the whole of 2017
    ['Spring 2 2017', 'date', '2017-03-31', 'month'], // to Easter, read as March as the spring term is
    ['Summer 1 2017', 'date', '2017-05-31', 'month'], // Easter to May
    ['Summer 2 2017', 'date', '2017-07-31', 'month'], // June-July, not the season (August)
    ['Spr2 2015', 'date', '2015-03-31', 'month'],
    ['Sum 1 2015', 'date', '2015-05-31', 'month'],
    ["Aut 1 '14", 'date', '2014-10-31', 'month'],
    ['Summer term 1 2015', 'date', '2015-05-31', 'month'],
    ['Autumn 2', 'date', '2014-12-31', 'month'], // no year: placed nearest the plan's dates (mid-November 2014)
    ['Spring 1', 'date', '2015-02-28', 'month'],
    // written out ("Spring 1st half", as a local authority's notices to schools write it)
    ['Spring 1st half 2015', 'date', '2015-02-28', 'month'],
    ['Autumn 2nd half', 'date', '2014-12-31', 'month'],
  ]);

  test("with no year, a term or half-term is placed in the academic year around the plan's dates, not the nearest", () => {
    // plan dates around October 2017 (the academic year 2017/18): its summer is 2018, though May 2017 is nearer
    const context = { referenceDate: '2017-10-15' as const };
    expect(parseTimescale('Summer 1', context).due).toBe('2018-05-31');
    expect(parseTimescale('Summer term', context).due).toBe('2018-07-31');
    expect(parseTimescale('Autumn 2', context).due).toBe('2017-12-31');
    expect(parseTimescale('Summer 1', context).assumptions.join(' ')).toMatch(/placed in the academic year 2017\/18/);
  });

  test('says which half of which term it assumed', () => {
    expect(parseTimescale('Autumn 1 2016').assumptions.join(' ')).toMatch(/half-term of the school year \(September-October\)/);
  });

  describe('negative cases', () => {
    test.each([
      // a season and its year
      ['Spring 2016'],
      ['Summer 15'],
      // a day of a month after the season
      ['Summer 1st July 2016'],
      // no such half
      ['Autumn 3 2016'],
      // a ref or a number after the season, not a half
      ['Summer 1.2'],
      ['Spring 12 2016'],
      // a word that only begins like a term
      ['Summary 1 of the review'],
      ['Sprint 2 2016'],
    ])('%j is not read as a half-term', (text) => {
      expect(parseTimescale(text).milestones.filter((m) => m.parser === 'half-term')).toEqual([]);
    });
  });
});

describe('half-term holiday parser', () => {
  expectTable([
    ['February half term 2024', 'date', '2024-02-29', 'month'], // the week of mid February, read to the month's end
    ['By October half-term 2016', 'date', '2016-10-31', 'month'],
    ['Whitsun half term 2019', 'date', '2019-05-31', 'month'],
    ['May half term', 'date', '2015-05-31', 'month'], // no year: placed nearest the plan's dates
  ]);

  describe('negative cases', () => {
    test.each([['half term'], ['February 2024 (not at half term)'], ['Half-term report']])('%j is not read as a half-term holiday', (text) => {
      expect(parseTimescale(text).milestones.filter((m) => m.parser === 'half-term holiday')).toEqual([]);
    });
  });
});
