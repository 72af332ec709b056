import { expectTable } from '../../helpers/timescale';

describe('ISO date parser', () => {
  expectTable([
    ['2015-01-31', 'date', '2015-01-31', 'day'],
    ['by 2015-3-5', 'date', '2015-03-05', 'day'],
    // year first with slashes or dots, as systems export dates
    ['2015/03/31', 'date', '2015-03-31', 'day'],
    ['2015.03.31', 'date', '2015-03-31', 'day'],
    ['2015-02-30', 'none', null, null], // no such day
    ['2015/13/01', 'none', null, null], // no such month
    ['2015/03-31', 'none', null, null], // mixed separators
    ['2015/16', 'date', '2016-03-31', 'year'], // a financial year, not a date
  ]);
});
