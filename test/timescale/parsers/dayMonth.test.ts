import { expectTable } from '../../helpers/timescale';

describe('day-month parser', () => {
  expectTable([
    ['31st January 2016', 'date', '2016-01-31', 'day'],
    ['25 Dec 2014', 'date', '2014-12-25', 'day'],
    ['1st of March 2015', 'date', '2015-03-01', 'day'],
    ["2 Feb '15", 'date', '2015-02-02', 'day'],
    ['14-Mar-2015', 'date', '2015-03-14', 'day'],
    // as Jira writes a due date, with the time after it
    ['02/Jun/15 12:00 AM', 'date', '2015-06-02', 'day'],
    ['31/Oct/2015', 'date', '2015-10-31', 'day'],
    // no year: placed nearest the plan's other dates (mid-November 2014)
    ['For LSCB meeting on  5th June', 'date', '2014-06-05', 'day'],
    ['3rd February', 'date', '2015-02-03', 'day'],
    ['30th February 2015', 'date', '2015-02-28', 'month'], // no such day: the month is read
    // a full stop after the year ends the sentence
    ['Completion date: 30 April 2015.', 'date', '2015-04-30', 'day'],
    ['Training delivered at INSET 3 September 2014. Then July 2015', 'date', '2015-07-31', 'month'],
  ]);
  // negative case: a digit after the full stop makes it no year
  expectTable([['25 Dec 2014.12', 'date', '2014-12-25', 'day']]);
  // after a comma, four figures are a year; two are a count of something ("60 places"), the year placed later
  expectTable([
    ['5th June, 2015', 'date', '2015-06-05', 'day'],
    ['Booked for 5th December, 60 places', 'date', '2014-12-05', 'day'],
  ]);
});
