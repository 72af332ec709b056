import { expectTable } from '../../helpers/timescale';

describe('season parser', () => {
  expectTable([
    ['Spring 2016', 'date', '2016-05-31', 'season'],
    ['summer 15', 'date', '2015-08-31', 'season'],
    ['Autumn of 2014', 'date', '2014-11-30', 'season'],
    ['Winter 2015', 'date', '2016-02-29', 'season'],
    ['Spring', 'date', '2014-05-31', 'season'], // nearest mid-November 2014
    ['Spring term 2015', 'date', '2015-03-31', 'season'], // a school term, not the season: January to Easter
    ['Winter 2016/17', 'date', '2017-02-28', 'season'], // December 2016 to February 2017, not the financial year's end
    ['winter of 2014-2015', 'date', '2015-02-28', 'season'],
    ['Winter 2016/15', 'date', '2015-02-28', 'season'], // years that do not follow on (backwards): "Winter" alone is read, placed by the plan
    // both years in two figures, as plans shorten them: still December to February, not the financial year's end
    ['Winter 15/16', 'date', '2016-02-29', 'season'],
    ['winter 15-16', 'date', '2016-02-29', 'season'],
    ['Winter 14 – 15', 'date', '2015-02-28', 'season'],
  ]);

  // two-figure years after "Winter" that are not one winter, grouped by reason: not December to February of them
  describe('negative cases', () => {
    expectTable([
      // years that do not follow on: "Winter" alone, placed by the plan (mid-November 2014)
      ['Winter 15/17', 'date', '2015-02-28', 'season'],
      ['Winter 16/15', 'date', '2015-02-28', 'season'],
    ]);
  });
});
