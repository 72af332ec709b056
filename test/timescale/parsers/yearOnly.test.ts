import { expectTable } from '../../helpers/timescale';

describe('year-only parser', () => {
  expectTable([
    ['2016', 'date', '2016-12-31', 'year'],
    ['By end of 2015', 'date', '2015-12-31', 'year'],
    ['2015%', 'none', null, null],
    ['para 2015', 'none', null, null],
  ]);
});
