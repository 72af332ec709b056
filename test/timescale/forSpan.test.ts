import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('a date and how long the work runs from it: due when the span ends', () => {
  expectTable([
    // a six-month pilot from 1 November 2016 runs to 30 April 2017
    ['1 November 2016 for six months', 'date', '2017-04-30', 'day'],
    ['April 2016 for 3 months', 'date', '2016-06-30', 'month'],
    ['From 1 Nov 2016 for a period of 12 weeks', 'date', '2017-01-23', 'day'],
    ['Jan 2015 (for 2 years)', 'date', '2016-12-31', 'month'],
    ['Pilot from June 2015 for 6 months', 'date', '2015-11-30', 'month'],
    ['January 2015 for a year', 'date', '2015-12-31', 'month'],
    ['1 Nov 2016 for eighteen months', 'date', '2018-04-30', 'day'],
  ]);

  test('the reading says the date is the start of the span', () => {
    const t = parseTimescale('1 November 2016 for six months');
    expect(t.assumptions).toContain('"1 November 2016" read as the start of the 6 months the timescale gives: due at their end');
    expect(t.milestones[0].start).toBe('2016-11-01');
  });

  describe('negative cases', () => {
    describe('"for" and no span: the date alone', () => {
      expectTable([
        ['March 2015 for review', 'date', '2015-03-31', 'month'],
        ['June 2015 for the Board', 'date', '2015-06-30', 'month'],
      ]);
    });
    describe('a span far from the date, or too long to be a span of work', () => {
      expectTable([
        ['June 2015, then the pilot will run for a further six months', 'date', '2015-06-30', 'month'],
        ['June 2015 for 40 months', 'date', '2015-06-30', 'month'],
      ]);
    });
    describe('"from" and no span: when the work starts, not a deadline', () => {
      expectTable([['From April 2015', 'event', null, null]]);
    });
  });
});
