import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { expectTable, PLAN_CONTEXT } from '../helpers/timescale';

describe('ranges and several milestones in one cell', () => {
  expectTable([
    ['Sept 2015 – March 2016', 'date', '2016-03-31', 'month'],
    ['January to March 2015', 'date', '2015-03-31', 'month'],
    ['November to March 2016', 'date', '2016-03-31', 'month'],
    ['Dec 14\n\nMarch 15\n\nMay 15', 'date', '2015-05-31', 'month'],
    ['December 2014\n\nMarch 2015', 'date', '2015-03-31', 'month'],
    ['January 2015\n\nAfter October 14 Board response', 'date', '2015-01-31', 'month'],
    ['July 2014\n\n And bi monthly', 'recurring', '2014-07-31', 'month'],
    ['June 2014 and ongoing', 'recurring', '2014-06-30', 'month'],
    // a start is not a deadline: the due date is the end ("Starting Jan 2015, complete by June 2015")
    ['Starting Jan 2015, complete by June 2015', 'date', '2015-06-30', 'month'],
    ['Commencing April 2015; review March 2016', 'date', '2016-03-31', 'month'],
    ['Start April 2015, complete by March 2016', 'date', '2016-03-31', 'month'],
    // "Start of April" is early April, and a restart is not a start
    ['Start of April 2015', 'date', '2015-04-10', 'day'],
    ['Restart April 2015', 'date', '2015-04-30', 'month'],
    // "week commencing" names the week the work is due in, not its start
    ['Week commencing 12 Jan 2015', 'date', '2015-01-18', 'week'],
    // the start of a contract or service the work puts in place is when it is due, not when the work begins
    ['Contract start 1 April 2015', 'date', '2015-04-01', 'day'],
    ['Service start date: April 2015', 'date', '2015-04-30', 'month'],
  ]);

  test.each(['Commencing April 2015', 'Starting Jan 2015', 'Pilot starts: May 2015', 'Begins Feb 2015', 'Start April 2015', 'Start date: May 2015'])(
    '%j says when the work starts: no due date',
    (text) => {
      const t = parseTimescale(text, PLAN_CONTEXT);
      expect(t.kind).toBe('event');
      expect(t.due).toBeNull();
      expect(t.milestones.map((m) => m.role)).toEqual(['after']);
    },
  );

  // a review of work due earlier is not its deadline
  expectTable([
    ['March 2015 (review Sept 2015)', 'date', '2015-03-31', 'month'],
    ['March 2015 with a review in March 2016', 'date', '2015-03-31', 'month'],
    ['Dec 2014; to be reviewed March 2016', 'date', '2014-12-31', 'month'],
    ['Review Sept 2015', 'date', '2015-09-30', 'month'], // the only date given: the deadline
    ['Review date: April 2016', 'date', '2016-04-30', 'month'],
    ['Review of policy by March 2015', 'date', '2015-03-31', 'month'], // "by" makes it the deadline
  ]);

  test('a review date is kept as a milestone with role "review"', () => {
    const t = parseTimescale('March 2015 (review Sept 2015)', PLAN_CONTEXT);
    expect(t.milestones.map((m) => [m.date, m.role])).toEqual([
      ['2015-03-31', 'deadline'],
      ['2015-09-30', 'review'],
    ]);
  });

  // a date recorded as past (a meeting held, a launch) is history beside a deadline or a recurrence
  expectTable([
    ['March 2015 (launched Dec 2014)', 'date', '2015-03-31', 'month'],
    ['Dec 2014 - draft circulated 3 Nov 2014', 'date', '2014-12-31', 'month'],
    ['Ongoing\nMeeting held 15th April 2013', 'recurring', null, null],
    ['Quarterly; last meeting held 12 Jan 2015', 'recurring', null, null],
    ['Meeting held 15th April 2013', 'date', '2013-04-15', 'day'], // the only date given: the deadline
    ['Held in March 2015', 'date', '2015-03-31', 'month'],
  ]);

  test('a recorded date is kept as a milestone with role "history"', () => {
    expect(parseTimescale('Ongoing. Meeting held 15th April 2013', PLAN_CONTEXT).milestones.map((m) => [m.date, m.role])).toEqual([['2013-04-15', 'history']]);
  });

  test('"Organised for 6th Sept 2013" in ongoing work is a session arranged within it, not its deadline', () => {
    const t = parseTimescale('Ongoing\nAdvocates meeting held 16th May 2013\nTraining organised for 6th Sept 2013', PLAN_CONTEXT);
    expect(t.milestones.map((m) => m.role)).toEqual(['history', 'history']);
    expect([t.kind, t.due]).toEqual(['recurring', null]);
  });

  // an arrangement beside a deadline is a note; alone it is the only date the plan gives
  expectTable([
    ['March 2015 (training scheduled for Jan 2015)', 'date', '2015-03-31', 'month'],
    ['Quarterly; next session booked for 12 Feb 2015', 'recurring', null, null],
    ['Training organised for 6th Sept 2013', 'date', '2013-09-06', 'day'],
  ]);

  test.each([
    ['From April 2015', 'from April 2015'],
    ['Starting June 2015', 'from June 2015'],
    ['After October 14 Board response', 'after October 14'],
  ])('%j waits for its dependency: the event says which (%j)', (text, event) => {
    const t = parseTimescale(text, PLAN_CONTEXT);
    expect([t.kind, t.due, t.event]).toEqual(['event', null, event]);
  });

  test.each([
    ['Monthly until March 2015', 'repeats (monthly) until March 2015: not counted overdue'],
    ['Quarterly to March 2016', 'repeats (quarterly) until March 2016: not counted overdue'],
    ['March 2015 then annually', 'repeats (annually) after March 2015: not counted overdue'],
  ])('%j says whether it repeats up to its date or after it', (text, said) => {
    expect(parseTimescale(text, PLAN_CONTEXT).assumptions).toContain(said);
  });

  // a week of the month
  expectTable([
    ['first week of March 2015', 'date', '2015-03-07', 'day'],
    ['Second week in Feb 2015', 'date', '2015-02-14', 'day'],
    ['3rd week of January 2015', 'date', '2015-01-21', 'day'],
    ['last week of March 2015', 'date', '2015-03-31', 'month'],
    ['week 2 of March 2015', 'date', '2015-03-31', 'month'], // not a phrase read: the month's end
  ]);

  test('the week read is said, with its day as an ordinal', () => {
    expect(parseTimescale('3rd week of January 2015', PLAN_CONTEXT).assumptions).toContain('"third week" read as the 21st of the month');
  });

  test('"Beginning of March 2015" is early March, a deadline', () => {
    expect(parseTimescale('Beginning of March 2015', PLAN_CONTEXT).due).toBe('2015-03-10');
  });

  test('milestones are listed in date order with their roles', () => {
    const t = parseTimescale('Dec 14\n\nMarch 15\n\nMay 15', PLAN_CONTEXT);
    expect(t.milestones.map((m) => [m.date, m.role])).toEqual([
      ['2014-12-31', 'deadline'],
      ['2015-03-31', 'deadline'],
      ['2015-05-31', 'deadline'],
    ]);
  });

  test('a range keeps its start', () => {
    const t = parseTimescale('Sept 2015 – March 2016');
    expect(t.milestones).toHaveLength(1);
    expect(t.milestones[0].start).toBe('2015-09-01');
  });

  test('"after" dates are dependencies, not deadlines', () => {
    const t = parseTimescale('January 2015\n\nAfter October 14 Board response');
    expect(t.milestones.map((m) => [m.date, m.role])).toEqual([
      ['2014-10-31', 'after'],
      ['2015-01-31', 'deadline'],
    ]);
  });

  test('a day on one line is never joined to a month on the next', () => {
    const t = parseTimescale('Dec 14\nMarch 15');
    expect(t.milestones.map((m) => m.date)).toEqual(['2014-12-31', '2015-03-31']);
  });

  test('only "after" dates make an event', () => {
    expect(parseTimescale('After October 2014 Board response').kind).toBe('event');
  });
});
