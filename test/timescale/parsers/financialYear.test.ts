import { expectTable } from '../../helpers/timescale';

describe('financial-year parser', () => {
  expectTable([
    ['2015/16', 'date', '2016-03-31', 'year'],
    ['2015/2016', 'date', '2016-03-31', 'year'],
    ['2015-16', 'date', '2016-03-31', 'year'],
    ['FY 2014-15', 'date', '2015-03-31', 'year'],
    ['2007-2010', 'date', '2010-12-31', 'year'],
    ['2016/15', 'none', null, null], // backwards: not a period
  ]);
});
