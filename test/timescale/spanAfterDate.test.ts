import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable } from '../helpers/timescale';

describe('a span counted from a day written after it: due that long after the day', () => {
  expectTable([
    ['Within 6 weeks of 11/12/14', 'date', '2015-01-22', 'day'],
    ['6 weeks after 11 December 2014', 'date', '2015-01-22', 'day'],
    // the event named, then its day in brackets
    ['Within 6 weeks of the audit (audit 12/06/14)', 'date', '2014-07-24', 'day'],
    ['Within 6 weeks of publication (published 30 July 2014)', 'date', '2014-09-10', 'day'],
    // working days, five to a week; months
    ['within 10 working days of 3 November 2014', 'date', '2014-11-17', 'day'],
    ['Within 3 months of 1 April 2014', 'date', '2014-07-01', 'day'],
    ['Within two weeks of 1 December 2014', 'date', '2014-12-15', 'day'],
  ]);

  test('the reading says which span was counted from which day', () => {
    expect(parseTimescale('Within 6 weeks of the audit (audit 12/06/14)').assumptions).toContain(
      '"Within 6 weeks" counted from 12/06/14: due 6 weeks after it',
    );
  });

  describe('negative cases', () => {
    describe('the day in brackets is the span\'s own end ("by", "due"): due that day', () => {
      expectTable([
        ['Within 1 month of final decision (by 28/12/14)', 'date', '2014-12-28', 'day'],
        ['Within 6 weeks of the audit (due 24/07/14)', 'date', '2014-07-24', 'day'],
      ]);
    });
    describe('a month, not a day, after the span: left as it was read', () => {
      expectTable([['12 months after April 2014', 'event', null, null]]);
    });
    describe('no span before the day: a date, or what the work waits for', () => {
      expectTable([
        ['By 11/12/14', 'date', '2014-12-11', 'day'],
        ['After 11/12/14', 'event', null, null],
      ]);
    });
    describe('a span counted from an event with no day given: an event', () => {
      expectTable([['Within 6 weeks of the audit', 'event', null, null]]);
    });
  });
});
