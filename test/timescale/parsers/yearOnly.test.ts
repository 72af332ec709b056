import { expectTable } from '../../helpers/timescale';

describe('year-only parser', () => {
  expectTable([
    ['2016', 'date', '2016-12-31', 'year'],
    ['By end of 2015', 'date', '2015-12-31', 'year'],
    ['2015%', 'none', null, null],
    ['para 2015', 'none', null, null],
    // the year of a law or statutory guidance names it, not a date
    ['TBC - awaiting WT 2018', 'none', null, null],
    ['Awaiting Working Together 2018', 'none', null, null],
    ['Mental Capacity Act 2005 and its Code of Practice 2007', 'none', null, null],
    // (a date beside the title is still read)
    ['Review against Working Together 2018 by March 2019', 'date', '2019-03-31', 'month'],
  ]);
});
