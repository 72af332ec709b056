import { expectTable } from '../../helpers/timescale';

describe('numeric day-first date parser', () => {
  expectTable([
    ['20.5.14', 'date', '2014-05-20', 'day'],
    ['31/03/2016', 'date', '2016-03-31', 'day'],
    ['24/11/14', 'date', '2014-11-24', 'day'],
    ['4.12.14', 'date', '2014-12-04', 'day'],
    ['1-2-2015', 'date', '2015-02-01', 'day'],
    ['Performance sub group meeting on 20.5.14', 'date', '2014-05-20', 'day'],
    ['29/02/2016', 'date', '2016-02-29', 'day'],
    // two whole dates joined by a hyphen: a range, due at its end
    ['1/4/15-31/3/16', 'date', '2016-03-31', 'day'],
    ['01/04/2015-31/03/2016', 'date', '2016-03-31', 'day'],
    // not dates
    ['12/31/2015', 'none', null, null],
    ['31/02/2015', 'none', null, null],
    ['SIIP 1.1.12', 'none', null, null],
    // a hyphen after a date that does not start another whole date: part of a longer number
    ['1.1.12-3', 'none', null, null],
    ['12.5.14-2', 'none', null, null],
  ]);
});
