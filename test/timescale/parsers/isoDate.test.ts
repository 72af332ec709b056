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

// a date and time as SharePoint, Power Automate or a form's CSV export it: the day UK clocks showed
describe('ISO date and time', () => {
  expectTable([
    ['2017-09-29T23:00:00Z', 'date', '2017-09-30', 'day'], // midnight in British Summer Time, given in UTC
    ['2018-03-30T23:00:00.000Z', 'date', '2018-03-31', 'day'], // summer time began on 25 March 2018
    ['2018-01-15T23:00:00Z', 'date', '2018-01-15', 'day'], // GMT: the day written
    ['2016-03-31T00:00:00', 'date', '2016-03-31', 'day'], // no zone: the day written
    ['2017-06-01T00:00:00+01:00', 'date', '2017-06-01', 'day'],
    ['2024-09-30T11:00:00.000Z', 'date', '2024-09-30', 'day'],
  ]);

  describe('negative cases', () => {
    expectTable([
      ['2017-02-30T10:00:00Z', 'none', null, null], // no such day
      ['2017-09-29T25:00:00Z', 'date', '2017-09-29', 'day'], // no such hour: the date alone is read
    ]);
  });
});
