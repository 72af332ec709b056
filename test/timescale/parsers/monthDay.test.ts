import { expectTable } from '../../helpers/timescale';

describe('month-day parser', () => {
  expectTable([
    ['June 5th', 'date', '2014-06-05', 'day'],
    ['January 31st 2016', 'date', '2016-01-31', 'day'],
    ['January 31, 2016', 'date', '2016-01-31', 'day'],
  ]);
});
