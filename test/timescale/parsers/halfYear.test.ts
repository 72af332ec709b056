import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('half-year parser', () => {
  expectTable([
    ['H1 2017', 'date', '2017-06-30', 'half'], // calendar half: January-June
    ['H2 2016', 'date', '2016-12-31', 'half'], // July-December
    ['first half of 2017', 'date', '2017-06-30', 'half'],
    ['1st half 2017', 'date', '2017-06-30', 'half'],
    ['Second half-year 2016', 'date', '2016-12-31', 'half'],
    ['2H 2016', 'date', '2016-12-31', 'half'],
    ['H1 2017/18', 'date', '2017-09-30', 'half'], // financial half: April-September 2017
    ['H2 2016/17', 'date', '2017-03-31', 'half'], // October 2016-March 2017
    ['second half of 2016-17', 'date', '2017-03-31', 'half'],
    ['By the end of H1 2017/18', 'date', '2017-09-30', 'half'],
    ['SIIP 2.3 – H1 2015', 'date', '2015-06-30', 'half'],
  ]);

  test('says which kind of half it assumed', () => {
    expect(parseTimescale('H1 2017').assumptions.join(' ')).toMatch(/calendar half year \(January-June\)/);
    expect(parseTimescale('H2 2016/17').assumptions.join(' ')).toMatch(/half of the financial year \(October-March\)/);
  });

  test('a half of a financial year whose years do not follow on is not read as one', () => {
    expect(parseTimescale('H1 2016/18').precision).not.toBe('half');
  });
});
