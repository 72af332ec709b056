import { expectTable } from '../../helpers/timescale';

describe('ISO date parser', () => {
  expectTable([
    ['2015-01-31', 'date', '2015-01-31', 'day'],
    ['by 2015-3-5', 'date', '2015-03-05', 'day'],
    ['2015-02-30', 'none', null, null], // no such day
  ]);
});
