/** Timescale phrases from other boards' plans (issue 11). Table-driven: text, context → kind, due, precision. */
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { findRevision, revisionInText, timescaleRevision } from '../../src/core/timescale/reviseDue';
import { calendarYearPlan, planPeriodFromText, probableYearTypo } from '../../src/core/timescale/planPeriod';
import type { TimescaleContext } from '../../src/core/timescale/types';
import { assessGrid } from '../../src/core/plan/assess';
import { PLAN_CONTEXT } from '../helpers/timescale';

/** A 2015-16 plan: its timescales centre on November 2015, its financial year starts April 2015. */
const PLAN_2015: TimescaleContext = { referenceDate: '2015-11-15', referenceLabel: "the plan's other timescales", financialYearStart: 2015 };

describe.each([
  [
    'a 2014-15 plan',
    PLAN_CONTEXT,
    [
      ['by end of financial year', 'date', '2015-03-31', 'day'],
      ['End of the financial year', 'date', '2015-03-31', 'day'],
      ['Year end', 'date', '2015-03-31', 'day'],
      ['By the end of the year', 'date', '2015-03-31', 'day'], // a year with no number: the plan's, as "year end"
      ['end of this year', 'date', '2015-03-31', 'day'],
      ['By FYE', 'date', '2015-03-31', 'day'], // financial year end
      ['FYEO', 'none', null, null], // not FYE
      // the end of the (financial) year shortened, as "FYE" is
      ['EOY', 'date', '2015-03-31', 'day'],
      ['By EOY', 'date', '2015-03-31', 'day'],
      ['EOFY', 'date', '2015-03-31', 'day'],
      // a word only beginning or ending so: not the year's end
      ['EOYS', 'none', null, null],
      ['Geoy', 'none', null, null],
      ['End of year 2', 'none', null, null], // a stage of the plan, not its year
      ['End of Q3', 'date', '2014-12-31', 'quarter'], // financial quarters: Q3 = October-December
      ['Q4', 'date', '2015-03-31', 'quarter'],
      ['Phase 2 Mar 16', 'date', '2016-03-31', 'month'], // March 2016, not the 2nd of March
      ['Stage 1 Sept 15', 'date', '2015-09-30', 'month'],
      ['w/c 12/10/15', 'date', '2015-10-18', 'week'], // the end of the week commencing 12 October
      ['Week commencing 2nd March 2015', 'date', '2015-03-08', 'week'],
      ['Annual – November Board', 'recurring', '2014-11-30', 'month'],
      // a half of the plan's financial year, named with no year: H1 April-September, H2 October-March
      ['Second half of the year', 'date', '2015-03-31', 'half'],
      ['first half of this year', 'date', '2014-09-30', 'half'],
      ['2nd half of the financial year', 'date', '2015-03-31', 'half'],
    ],
  ],
  [
    'a 2015-16 plan',
    PLAN_2015,
    [
      ['by end of financial year', 'date', '2016-03-31', 'day'],
      ['End of Q3', 'date', '2015-12-31', 'quarter'],
      ['Q1', 'date', '2015-06-30', 'quarter'],
    ],
  ],
] as Array<[string, TimescaleContext, Array<[string, string, string | null, string | null]>]>)('%s', (_name, context, rows) => {
  test.each(rows)('%j → %s %s (%s)', (text, kind, due, precision) => {
    const t = parseTimescale(text, context);
    expect({ kind: t.kind, due: t.due, precision: t.precision }).toEqual({ kind, due, precision });
  });
});

test('"End of Q3" says which quarters it assumed', () => {
  expect(parseTimescale('End of Q3', PLAN_CONTEXT).assumptions.join(' ')).toMatch(
    /Q3 with no year read as a quarter of the plan's financial year \(Q1 April-June/,
  );
});

test('a quarter with no year in a plan stating its period falls inside that period, though its other dates centre before it', () => {
  // a 2021-2024 strategy whose dated rows were carried over from the one before (March 2021, December 2020)
  const a = assessGrid(
    {
      values: [
        ['Vulnerability and Exploitation Strategy 2021 - 2024', null, null, null],
        ['Ref', 'Action', 'Timescale', 'Update May 2021'],
        ['1.1', 'Carry over the audit', 'March 2021', 'Done.'],
        ['1.2', 'Carry over the review', 'December 2020', 'Done.'],
        ['1.3', 'Launch the campaign', 'Q2', 'Not started.'],
      ],
    },
    { asOf: '2021-05-31' },
  );
  expect(a.rows[2].timescale.due).toBe('2021-09-30');
});

describe('revised due dates in a status', () => {
  test.each([
    ['Timescale pushed back to after March 2015', '2015-03-31'],
    ['Timescale November 2014 not met, planned for March 2015.', '2015-03-31'],
    ['Deferred to 2016/17', '2017-03-31'],
    ['Now due June 2015 following the restructure', '2015-06-30'],
    ['Deadline extended to 30/09/15 by the Board', '2015-09-30'],
    ['Revised target date: May 2015', '2015-05-31'],
    ['Slipped due to capacity - revised Feb 15', '2015-02-28'],
    ['Delayed by Covid. Revised start Apr 15', '2015-04-30'],
    ['Revised completion date: May 2015', '2015-05-31'],
    ['Telephony upgrade delayed by the supplier; new go-live date December 2015.', '2015-12-31'],
    ['Procurement slipped, new go live April 2015', '2015-04-30'],
    ['Partly done. Revised go live Sept 2015', '2015-09-30'],
    ['Started for the first sponsorships; not all hosts reached – now December 2015.', '2015-12-31'],
    ['Rolled over to 2015/16 plan', '2016-03-31'],
    ['To be presented to March 2015 Board', '2015-03-31'],
    ['Will be reported at the June 2015 Board', '2015-06-30'],
    // the date the lead now expects, and a date amended
    ['Timescale amended to Sept 15', '2015-09-30'],
    ['Completion now anticipated in May 2015', '2015-05-31'],
    ['Expected completion date June 2015', '2015-06-30'],
    ['Anticipated completion: July 2015', '2015-07-31'],
    ['New target June 2015', '2015-06-30'],
    ['Recruitment delayed. Revised target September 2015.', '2015-09-30'],
    ['Guidance issued. The audit has been delayed by sickness and will now report in May 2015.', '2015-05-31'],
    ['Two of three done; the third expects to complete by the end of March 2015.', '2015-03-31'],
    ['Will be completed by end of April 2015', '2015-04-30'],
    ['To be completed by June 2015', '2015-06-30'],
    // "complete" as "completed", and before a month: by the end of the month before it
    ['In progress. Will be complete by Feb 2016.', '2016-02-29'],
    ['Outstanding. Will be complete before Feb 2016.', '2016-01-31'],
    ['Annual report to be published by the end of March 2015, delayed by the late return of agency data.', '2015-03-31'],
    ['Campaign significantly delayed; to be re-launched in spring 2015.', '2015-05-31'],
    ['Protocol to be signed off at the February 2015 Board', '2015-02-28'],
    ['Compliance audit delayed by staff changes; now due to report in May 2015.', '2015-05-31'],
    ['9 of 12 staff trained; the remaining 3 are booked on the May 2015 course.', '2015-05-31'],
    ['Partially complete – remaining clinics to follow by June 2015', '2015-06-30'],
    ['Web pages refreshed; the printed pack will follow in May 2015.', '2015-05-31'],
    ['All but 9 updated; the 9 are with the IRO service and due by the end of April 2015.', '2015-04-30'],
    ['The six month review is due in April 2015.', '2015-04-30'],
    // the date someone else now gives for what the action waits on
    ['Go-live was put back nationally; DHSC now expects April 2015 at the earliest.', '2015-04-30'],
    // the sign-off the work waits for, at a meeting in a named month
    ['Strategy drafted and awaiting sign-off at the April 2015 Security Committee.', '2015-04-30'],
    ['Delayed – to be re-advertised; appointment expected December 2015', '2015-12-31'], // the date itself after "expected"
    // the date after a colon following the word that moved it
    ['Timescale revised: Sept 2015', '2015-09-30'],
    ['Deadline extended - June 2015', '2015-06-30'],
    // the next step booked, expected at a meeting, or sent on its way
    ['4 of 6 sessions delivered; the remaining two are booked for April 2015.', '2015-04-30'],
    ['Draft out for consultation; sign-off expected at the May 2015 Board.', '2015-05-31'],
    ['Policy delayed awaiting the local arrangements; now to Policy Group February 2015.', '2015-02-28'],
    ['Report being written, to go to the Safeguarding Committee in January 2015.', '2015-01-31'],
    ['The builders are late. The flats should be ready in May 2015.', '2015-05-31'],
    ['Sign-off delayed by Covid-19 and now going to the May 2015 Partnership Board.', '2015-05-31'],
    ['55% of staff have completed the e-learning. Completion will slip to June 2015.', '2015-06-30'],
    // work paused, to be taken up again
    ['On hold since March (Covid-19); to resume in June 2015.', '2015-06-30'],
    ['Outreach workers being recruited; open access sessions to restart in May 2015.', '2015-05-31'],
    ['Strategy refresh paused pending the national review; to be picked up again in January 2015.', '2015-01-31'],
    // a paper moved to a later meeting
    ['Paper deferred from the October Executive Team; now on the agenda for February 2015.', '2015-02-28'],
    ['5 of 8 groups set up; the remaining 3 to launch in October 2015.', '2015-10-31'],
    ['Audit paused in March 2014 (Covid-19); restart planned January 2015.', '2015-01-31'],
    // the part left, and when it is now due
    ['Supplier delay: 4 of the 6 machines received; the remaining 2 due February 2015.', '2015-02-28'],
    ['Delayed – youth workers now in post from February 2015.', '2015-02-28'],
    // the report of part-done work to a later meeting, or its next step to be settled there
    ['Returns from 9 of 12 service areas; outstanding returns chased, full report to March 2015.', '2015-03-31'],
    ['Audit done in December; findings to be shared at the March 2015 practice week.', '2015-03-31'],
    ['Champion not yet appointed; appointment to be confirmed at the November 2015 Board.', '2015-11-30'],
    ['Guide co-produced; final design under way. Launch January 2015.', '2015-01-31'],
    // drafted work, its final version to the meeting that signs it off
    ['Draft guidance out to consultation; final version to the Board in April 2015.', '2015-04-30'],
    ['Almost completed: final version to the Improvement Board in May 2015.', '2015-05-31'],
    ['Statement drafted; to Cabinet in March 2015.', '2015-03-31'],
    ['Procedure still in draft, to the Board in December 2015.', '2015-12-31'],
    // a step now in a later month, a meeting's new day, a launch at a later event, data to go in for a later meeting
    ['One post filled. Two posts re-advertised; interviews now in May 2015.', '2015-05-31'],
    ['Terms of reference drafted; first meeting postponed twice, now set for 12 May 2015.', '2015-05-12'],
    ['Sign-off slipped; to be launched at the website event in May 2015.', '2015-05-31'],
    ['Dashboard shown to the Board. Data to be added to the SCP dashboard for the June 2015 Board.', '2015-06-30'],
    // more time asked for, its date straight after the word ("Extension to ... requested")
    ['Meeting cancelled twice, now set for 22/04/2015. Extension to 31/05/2015 requested at the committee.', '2015-05-31'],
    // what was moved named between the verb and the date
    ["Young people's session recorded. Training unit has moved the pilot course to November 2015.", '2015-11-30'],
    // a session or event to take place later
    ["Postponed – to be given with the trustees' safeguarding training in July 2015.", '2015-07-31'],
    ['Venue lost; workshop to be held in March 2015.', '2015-03-31'],
    ['Trainer unavailable; the course will now be run in the spring term 2015.', '2015-03-31'],
    // the work out where people will find it, and a date promised for what is still owed
    ['This is late. The list will be on the website in January 2015.', '2015-01-31'],
    ['Template agreed; the new form will be in use from April 2015.', '2015-04-30'],
    ['9 of 14 agencies have returned; police and health chased and have promised returns by 8 March 2015.', '2015-03-08'],
    ['Escalated to the Director of Nursing; return now promised by 30 November 2014.', '2014-11-30'],
    ['Agreed in principle by the Executive; awaiting JNCC sign-off at the July 2015 meeting.', '2015-07-31'],
    ['Annual report drafted; to the CPC for approval on 28 May 2015.', '2015-05-28'],
    ['Postponed because of the restrictions; rearranged as a virtual event on 24 February 2015.', '2015-02-24'],
    ['Letters sent to all 9 schools and briefings held with 4; the remaining 5 to be visited by June 2015.', '2015-06-30'],
    ["Postponed – the young advisors' session is now on 8 February 2015.", '2015-02-08'],
    ['Learning event postponed from May; now 20 February 2015.', '2015-02-20'],
    // the lead's expected month, a booking for two days, a sign-off at a named meeting and month
    ['Not signed yet - expect Feb 15', '2015-02-28'],
    ['Jan course full - now booked 15+16 March 2015', '2015-03-16'],
    ['Further sessions booked Sept-Nov 15', '2015-11-30'],
    ['Delayed – sign off now at HEY Safeguarding Cttee April 2015', '2015-04-30'],
    // the work now taking place, a paper on its way to a meeting, the part left to start in a later month
    ['Fieldwork delayed – audit now taking place May 2015, findings to the July Board.', '2015-05-31'],
    ['Sign off delayed; going to ESSCP Steering Group and SAB in April 15.', '2015-04-30'],
    ['Western panel running. Eastern cluster panel to start Feb 15', '2015-02-28'],
    // the work's date, not the report of it sent on after it
    ['Audit postponed – now planned for Feb 15, findings to March QA sub-group.', '2015-02-28'],
    // the final version to the meeting named by its month
    ['Presented to Dec board. Final version to Jan 15 board.', '2015-01-31'],
    // a run of sessions set for later months
    ['Post filled 2nd March; programme to run Apr–Jun 15.', '2015-06-30'],
    ['Trainer off sick. The course will now run in May 2015.', '2015-05-31'],
    // booked for a day with no "for", and a target date in a comment
    ['Dr P is Prevent lead. WRAP refresher booked 27/02/15 (CCG session).', '2015-02-27'],
    ['IRIS training: 4 of 7 GPs done, other 3 + nurses booked 12th March 2015.', '2015-03-12'],
    ['LADO details in policy. PiPoT not yet - add at policy review. Target 31/03/15', '2015-03-31'],
    ['Policy rewrite under way; target: end March 2015', '2015-03-31'],
    // the rest of part-done work and when it is to be done, and a place booked on a course
    ['10 of the 20 schemes visited; the rest will be done by the end of May 2015.', '2015-05-31'],
    ['24 of 31 staff completed; the other 7 to complete by the end of May 2015.', '2015-05-31'],
    ['Deputy Head booked on the course on 24 April 2015.', '2015-04-24'],
    ['The autumn course was full; now booked on the governor Prevent module on 18 April 2015.', '2015-04-18'],
    ['Comments received from Health and Police; sign-off at the May 2015 Sub Group.', '2015-05-31'],
    ['Draft circulated to partners for consultation; sign-off at the Board in May 2015.', '2015-05-31'],
    ['Virtual attendance rota for health agreed; to go live January 2015.', '2015-01-31'],
    ['North panel meeting weekly; South panel delayed by the venue, now starting February 2015.', '2015-02-28'],
    ['Co-design sessions moved online; the programme will now launch in April 2015.', '2015-04-30'],
    ['Report agreed at the December Board; publication on the website in April 2015.', '2015-04-30'],
    ['14 of 22 nurses trained. Remaining training by end of June 2015.', '2015-06-30'],
    // the rest of the work and when it is to be finished, or on track again for a later date
    ['2,140 of 2,900 officers trained; response teams to finish by the end of June 2015.', '2015-06-30'],
    ['Back on track, due Jun 15.', '2015-06-30'],
    ['On track for completion in May 2015', '2015-05-31'],
    // a status that is only the date the action now stands at, as terse trackers keep it
    ['Revised 31/05/2015', '2015-05-31'],
    ['Revised: June 2015', '2015-06-30'],
    ['Due Q4', '2015-03-31'],
    ['Due 30/04/2015', '2015-04-30'],
    // a later date in brackets is an aside about something else: the action's own new date is outside them
    ['Consultation delayed – now to take place in June 2015 (national guidance deferred to March 2016).', '2015-06-30'],
    ['Delayed to May 2015 (the wider review postponed to December 2015)', '2015-05-31'],
    // with no other, a revision in brackets is the action's
    ['Training under way (deferred to April 2015 by the Board)', '2015-04-30'],
    // booked with whom, the work carried out later, the rest of it with its verb left off
    ['Postponed – survey now booked with Coram Voice for February 2015.', '2015-02-28'],
    ['Audit tool agreed. Audit to be carried out in April 2015.', '2015-04-30'],
    ['Review to be undertaken by the new manager in March 2015.', '2015-03-31'],
    ['Partially complete. First audit of 20 cases to be carried out in Q1 2015/16', '2015-06-30'],
    ['51 of 80 plans reissued; the remainder by the end of February 2015.', '2015-02-28'],
    ['Half the schools visited; the rest in March 2015.', '2015-03-31'],
    ['18 of 24 officers trained. The remainder are to complete it by 30 June 2015.', '2015-06-30'],
    // the old date named before the new one
    ['Training postponed from October to the 6 January INSET day.', '2015-01-06'],
    ['Moved from 12/10/2014 to 20/05/2015', '2015-05-20'],
    // terse moves: "now" and the end of a month or a day in figures, the year in two figures too; the work (or what it
    // comes to) sent on to a later meeting with no verb
    ['Guidance being drafted. Now end Feb 15', '2015-02-28'],
    ['Slipped – now Jan 15', '2015-01-31'],
    ['Further sessions booked Nov 15', '2015-11-30'], // booked for a month, "for" left off
    ['Forum delayed by the IT upgrade. To be revisited Q4 2014/15.', '2015-03-31'],
    ['Further sessions booked Sept – Nov 15', '2015-11-30'],
    ['GMC adviser cancelled twice. Meeting now 29/04/15.', '2015-04-29'],
    ['To Policy Group March 2015.', '2015-03-31'],
    ['Report being finalised – to CPCG February 2015', '2015-02-28'],
    ['Final draft to CPC March 2015 for sign off', '2015-03-31'],
    ['Response to the SRP Board in March 2015.', '2015-03-31'],
    ['Audit complete; results to the Public Protection Committee in June 2015', '2015-06-30'],
    // after a dash, a month with no year and more words is the slip's history, not the new date (nor a range's end)
    ['Booked for 23/04/15 - Feb course cancelled by LA', '2015-04-23'],
    ['Postponed to March 2015 – June for the second cohort', '2015-03-31'],
    // negative cases: a range's end alone after the dash, and a year written after it
    ['Deferred to Jan 15 - March', '2015-03-31'],
    ['Deferred to Jan 15 - Mar 15 for the pilot', '2015-03-31'],
    // a revised due (or target) date, in figures or as a month, with or without a colon
    ['Go live moved from April due to staffing; revised due date 30/06/15 agreed at MTAC.', '2015-06-30'],
    ['Revised due date: June 2015', '2015-06-30'],
    ['Revised target date 31/03/16', '2016-03-31'],
    // a new end (or due) date given
    ['18 outstanding. New end date 31/10/15 agreed at CIRG', '2015-10-31'],
    ['New due date: June 2015', '2015-06-30'],
  ])('%j → due %s', (status, due) => {
    expect(revisionInText(status, PLAN_CONTEXT)?.due).toBe(due);
  });

  test('a revised-date column saying there is none ("N/A"): the dates the status names move nothing', () => {
    const planned = parseTimescale('December 2014', PLAN_CONTEXT);
    const na = { value: 'N/A', text: 'N/A', numberFormat: null };
    expect(findRevision(planned, na, 'New starters booked on the March 2015 course', PLAN_CONTEXT)).toBeNull();
    // negative case: an empty revised-date cell leaves the status to move it
    expect(findRevision(planned, { value: null, text: '', numberFormat: null }, 'New starters booked on the March 2015 course', PLAN_CONTEXT)?.due).toBe(
      '2015-03-31',
    );
  });

  test.each([
    'Marketing Strategy next meeting is scheduled for 24/11/14',
    'Behind schedule. Marketing Strategy due for completion January 2014', // earlier than the plan's own date: history
    'Report Completed in November 2014',
    'On track',
    'On track for completion in Sept 2014', // earlier than the plan's own date
    'On track for the Board', // no date after "on track for"
    'Back on track, due to staffing', // "due to": because of, no date
    'Revised policy issued in May 2015', // "revised" naming what was revised, not a date
    'Report due to the Board', // no date after "due"
    'Staff to finish by the time the unit opens', // no date after "to finish by"
    'Expected to deliver training to 40 staff', // no date
    'Minutes to follow', // no date
    'On the agenda for February 2015', // not said to be moved: when it goes, not a new date
    'Expected outcomes agreed with partners', // no date after "expected"
    'Venue booked for the conference', // no date
    'Booked on the governor module', // no date
    'The programme will now launch', // no date
    'Publication on the website', // no date
    'Now to be taken forward by the new group', // no date
    'Training booked for September 2014', // earlier than the plan's own date
    'Delayed due to staff sickness; training on hold', // "due to": because of, no date
    'Booked on the course', // no date after "booked on"
    'DHSC now expects more returns', // no date after "now expects"
    'Report is due by the Board to be noted', // no date after "due by"
    'Launched January 2015', // done then, not a launch to come
    'Interim lead in post from January 2015', // one step of the work in place (not "now in post": not said to delay it)
    'Procurement to start in January 2015', // when a step starts, not when the work is due
    'Report to the Board', // no date after "report to"
    'The group now on 12 members', // a number after "now on", not a day
    'The group now 12 members strong', // a number after "now", not a day
    'The rest of the team is trained', // no date
    'Picked up again by the new group', // no date, and not said to be still to come
    'The other 7 to complete the e-learning', // no date after "to complete"
    'Deputy Head booked on the course', // no day after the course
    'Signed off at the September 2014 Board', // done then (and earlier than the plan's own date)
    'Sign-off at the Board', // no month
    'Went live January 2015', // done then
    'Remaining training by the team', // no date after "by"
    'Deputy Head booked on the train on 24 April 2015', // not a course
    'Final version to the Board', // no date after the meeting
    'Returns promised by all agencies', // no date after "promised by"
    'Training to be held at the new venue', // no date
    'The team now in post', // no date after "now in"
    'We moved the office to new premises', // no date after what was moved
    'Data to be added to the dashboard', // no meeting and no date
    'October course cancelled. To be re-run in the 2015-16 programme.', // put off to another year's programme
    'The list is on the website since January 2015', // not said to be still to come
    'Strategy drafted; to be shared with partners', // no meeting and no date
    'Report presented to the Board in February 2015', // done then: no draft before it
    'Training booked with the provider', // no date after whom
    'Booked with the trainer for the new staff', // no date
    'The remainder of the budget spent', // no date after "the remainder"
    'Audit carried out in January 2015', // done then, not "to be" carried out
    'Audit to be carried out by the team', // no date
    'The programme will run as planned', // no month after "run"
    'Final version to Jan 15 colleagues', // not a meeting
    'We expect Feb 15 to be busy', // "expect" inside a sentence, not opening it
    'We are going to be busy in April 2015', // "going to be", not to a meeting
    'Contract to be awarded; the service to start in January 2015', // a later stage of the work, with "in"
    'Meeting took place in May 2015', // done then
    'Sessions to run from the new venue', // a place, not a month
    'Target 95% of staff trained', // a figure, not a date
    'Booked 3 sessions for the spring', // a count, not a day
    'Target date agreed at the Board', // no date after it
    'Above the target 12/12 returned', // a target in the middle of a sentence, then a count
    'The remainder are to complete it', // no date
    'Moved from the old office to the new building', // no date after "to"
    'Postponed from October.', // the old date only
    // a report or draft of the work to a meeting is a step on the way, not the work's new date
    'Audit under way; report to SLT in March 2015',
    'First report to the Chief Officers Group in March 2015; the framework is still in draft',
    'Delayed. Draft to DMT 20 June 2015.',
    'Funding bid unsuccessful. Options paper to Executive in May 15.',
    'To be arranged following the May 2015 elections.', // when it will be arranged, not a meeting it goes to
    'Now jan 24th meeting', // a day, not a two-figure year
    // a week that begins by the due date: work done in time, though the week ends after it
    'Audit of staff files booked with HR for w/c 27th October 2014',
  ])('%j revises nothing (due October 2014)', (status) => {
    expect(findRevision(parseTimescale('October 2014'), null, status, PLAN_CONTEXT)).toBeNull();
  });

  test('a quarter holding the day the action is due says that date loosely: not a revision', () => {
    expect(findRevision(parseTimescale('10/03/15'), null, '4 delivered, 2 to run in Q4.', PLAN_CONTEXT)).toBeNull();
    // a later quarter moves it
    expect(findRevision(parseTimescale('10/03/15'), null, '4 delivered, 2 to run in Q1 2015/16.', PLAN_CONTEXT)?.due).toBe('2015-06-30');
  });

  // a month with no year in a status is the one nearest the as-of date, when the status was written: a plan whose own
  // dates centre on 2016, rated in June 2017, "now expected at the July Trust Board" is July 2017
  describe('a month with no year that a status moves the action to is placed nearest the as-of date', () => {
    const context: TimescaleContext = { referenceDate: '2016-09-30', referenceLabel: "the plan's other timescales" };
    const revisedDue = (status: string, asOf?: string) =>
      findRevision(parseTimescale('March 2017', context), null, status, context, (t) => revisionInText(t, context), asOf)?.due ?? null;
    test("placed near the plan's other dates it would fall before the plan's own: near the as-of date it is a revision", () => {
      expect(revisedDue('Agreement now expected at the July Trust Board.', '2017-06-30')).toBe('2017-07-31');
      expect(revisedDue('Deferred to the July committee.', '2017-06-30')).toBe('2017-07-31');
      // a month alone after "now", at the end or before the meeting it names
      expect(revisedDue('Still in draft. Sign off now July HWB', '2017-06-30')).toBe('2017-07-31');
      expect(revisedDue('Slipped, now July.', '2017-06-30')).toBe('2017-07-31');
      expect(revisedDue('Draft slipped – now end July', '2017-06-30')).toBe('2017-07-31');
      expect(revisedDue('Consultation postponed (staff changes), now July', '2017-06-30')).toBe('2017-07-31');
    });
    test('a month after "now" that names what the words go on about moves no date (negative case)', () =>
      expect(revisedDue('Now July data shows the target met', '2017-06-30')).toBeNull());
    // negative cases, by reason
    test("with no as-of date: placed as the plan's context places it (before the plan's own date: no revision)", () =>
      expect(revisedDue('Agreement now expected at the July Trust Board.')).toBeNull());
    test('a year stated: kept as stated', () => expect(revisedDue('Agreement now expected in July 2016.', '2017-06-30')).toBeNull());
    test("the month nearest the as-of date is before the plan's own: no revision", () =>
      expect(revisedDue('Sessions booked for February.', '2017-02-10')).toBeNull());
    // a day with no year, likewise: a school's plan rated on 12 April 2024, whose other dates centre on June 2023 (which
    // would put 24 April in 2023)
    test('a day with no year is the one nearest the as-of date', () => {
      const school: TimescaleContext = { referenceDate: '2023-06-30', referenceLabel: "the plan's other timescales" };
      const due = (asOf?: string) =>
        findRevision(
          parseTimescale('By Easter 2024', school),
          null,
          'Deputy Head booked on the course on 24 April.',
          school,
          (t) => revisionInText(t, school),
          asOf,
        )?.due ?? null;
      expect(due('2024-04-12')).toBe('2024-04-24');
      // negative case: with no as-of date, the plan's context places it (April 2023, before Easter 2024: no revision)
      expect(due()).toBeNull();
    });
  });

  describe('a school\'s term or half-term after "now"', () => {
    const school: TimescaleContext = { referenceDate: '2024-03-01', referenceLabel: "the plan's other timescales" };
    test.each([
      ['4 of 6 schools moved. Two waiting on the HR system licence, now Summer 1', '2024-05-31'],
      ['Visits delayed by staffing; now the summer term', '2024-07-31'],
      ['Now Aut 2', '2023-12-31'],
    ])('%j → due %s', (status, due) => expect(revisionInText(status, school)?.due).toBe(due));
    test.each(['Now summer holidays', 'Summer 1 data now in', 'now summarised for the Board'])('%j moves no date (negative case)', (status) =>
      expect(revisionInText(status, school)).toBeNull(),
    );
  });
  describe('a quarter after "now", alone or with its year, is the new date', () => {
    const plan: TimescaleContext = { referenceDate: '2024-09-30', referenceLabel: "the plan's other timescales" };
    test.each([
      ['Now Q4.', '2025-03-31'],
      ['Slipped - now Q4 24/25', '2025-03-31'],
      ['Delayed, now Q1 2025/26', '2025-06-30'],
      ['Procurement now Q1 2025/26 – slipped', '2025-06-30'],
    ])('%j → due %s', (status, due) => expect(revisionInText(status, plan)?.due).toBe(due));
    test.each(['Now Q4 data shows a rise', 'Q4 figures now in'])('%j moves no date (negative case)', (status) =>
      expect(revisionInText(status, plan)).toBeNull(),
    );
  });
  describe('a month or a run of months after "now in", and a go-live date given with the work held up, is the new date', () => {
    const plan: TimescaleContext = { referenceDate: '2019-03-11', referenceLabel: "the plan's other timescales" };
    test.each([
      ['Course now in the Apr-Jun programme (dates tbc)', '2019-06-30'],
      ['Audit now in May', '2019-05-31'],
      ['Delayed by system upgrade. Go live 01/02/21', '2021-02-01'],
      ['Delayed. Go-live date April 2019', '2019-04-30'],
      ['In progress - log designed, go live planned Dec 2019', '2019-12-31'],
      // a works programme's date, and the earliest the work can now come
      ['Works delayed - capital bid. Now programmed for May 2019', '2019-05-31'],
      ['Awaiting system change - supplier says not before Jan 20 release', '2020-01-31'],
      // the lead's own word for when, in the first person
      ['The two actions were due in January but we now expect them by the end of April 2019.', '2019-04-30'],
      ['They expect the report in June 2019', '2019-06-30'],
    ])('%j → due %s', (status, due) => expect(revisionInText(status, plan)?.due).toBe(due));
    test.each([
      ['Now in place since April', 'in place, not in a month'],
      ['Service now in its second year, April review', 'in its second year'],
      ['Went live 01/02/19', 'gone live: done, not a new date'],
      ['Not before time - staff trained', '"not before" and no date'],
      ['We expect 90% by June 2019', 'a figure expected, not the work'],
      ['Training for staff before go live on 1 April', '"go live" inside what is said, not a go-live date given'],
    ])('%j moves no date (negative case: %s)', (status) => expect(revisionInText(status, plan)).toBeNull());
  });
  describe('a meeting named by its month and a shortened word, or the day of the meeting the work now goes to, is the new date', () => {
    const plan: TimescaleContext = { referenceDate: '2016-02-15', referenceLabel: "the plan's other timescales" };
    test.each([
      ['Deferred - CAF Co-ordinator post vacant. Now May mtg', '2016-05-31'],
      ['Now June Cttee', '2016-06-30'],
      ['Sign off slipped – now to LSCB Exec 10th April 2016.', '2016-04-10'],
      ['Policy revised. To CYP cttee 13 July 16 for approval', '2016-07-13'],
    ])('%j → due %s', (status, due) => expect(revisionInText(status, plan)?.due).toBe(due));
    test.each([
      ['Online survey live. Results to the Police and Crime Panel on 5 February 2016.', 'what came of work done, not opening a clause'],
      ['9 of 14 returned, chasing the rest - to collate for March mtg', 'a step on the way'],
      ['Draft to DMT 20 June', 'a draft of the work to a meeting'],
    ])('%j moves no date (negative case: %s)', (status) => expect(revisionInText(status, plan)).toBeNull());
  });
  describe('an action with no timescale of its own is due by the date its status moves it to', () => {
    test.each([
      ['', 'Partially complete – West and South briefed; North area briefings postponed to November 2015.', '2015-11-30'],
      ['TBC', 'Timescales to be agreed; training booked for January 2015.', '2015-01-31'],
      ['To be agreed', 'Planned for January to March 2015', '2015-03-31'],
    ])('timescale %j, status %j → due %s', (timescale, status, due) => {
      expect(findRevision(parseTimescale(timescale), null, status, PLAN_CONTEXT)?.due).toBe(due);
    });
    test.each([
      ['Ongoing', 'Deferred to June 2015', 'recurring: no round is moved'],
      ['Following sign-off of the pathway', 'Delayed to May 2015', 'waits for an event, which the status does not date'],
      ['', 'Training delivered in November 2014', 'no revision phrase: a date of what was done'],
    ])('timescale %j, status %j → nothing (%s)', (timescale, status) => {
      expect(findRevision(parseTimescale(timescale), null, status, PLAN_CONTEXT)).toBeNull();
    });
  });

  test('a revised-date column wins, even when earlier', () => {
    const r = findRevision(parseTimescale('March 2015'), { value: 'Jan 15', text: 'Jan 15', numberFormat: null }, 'Training under way', PLAN_CONTEXT);
    expect(r).toMatchObject({ due: '2015-01-31', source: 'column' });
  });

  test('an update moving the date again, to a later month or day than the revised date, is the newer word', () => {
    const column = { value: 'Dec-14', text: 'Dec-14', numberFormat: null };
    const again = findRevision(parseTimescale('Oct 2014'), column, 'Presented to Dec board. Final version to Jan 15 board.', PLAN_CONTEXT);
    expect(again).toMatchObject({ due: '2015-01-31', source: 'status' });
    // the revised date stands: a date no later, or a looser period after it
    expect(findRevision(parseTimescale('Oct 2014'), column, 'Planned for November 2014', PLAN_CONTEXT)).toMatchObject({ due: '2014-12-31', source: 'column' });
    expect(findRevision(parseTimescale('Oct 2014'), column, 'Deferred to 2015/16', PLAN_CONTEXT)).toMatchObject({ due: '2014-12-31', source: 'column' });
  });
});

describe('revised due dates in the timescale itself', () => {
  // text → the plan's own date, the revised date
  test.each([
    ['Dec 2015 (revised to Mar 2016)', '2015-12-31', '2016-03-31'],
    ['March 2015 – extended to June 2015', '2015-03-31', '2015-06-30'],
    ['Sept 14 now Dec 14', '2014-09-30', '2014-12-31'],
    ['Oct 14 (now due Dec 14)', '2014-10-31', '2014-12-31'],
    ['Dec 14 Revised: March 15', '2014-12-31', '2015-03-31'],
    ['December 2014 (moved from October 2014)', '2014-10-31', '2014-12-31'], // the new date first
    ['March 2015 (was Dec 2014)', '2014-12-31', '2015-03-31'],
    // dates listed, the last marked as revised after it
    ['Dec 14\nMar 15 (revised)', '2014-12-31', '2015-03-31'],
    ['December 2014\nMarch 2015 - revised', '2014-12-31', '2015-03-31'],
    ['Dec 14, Mar 15 (revised)', '2014-12-31', '2015-03-31'],
    ['Dec 14 / Mar 15 (revised)', '2014-12-31', '2015-03-31'],
    ['31/12/14\n31/03/15 (revised)', '2014-12-31', '2015-03-31'],
    ['Dec 14 ; Mar 15 (extension agreed)', '2014-12-31', '2015-03-31'],
    ['Dec 14\nMar 15\nJune 15 (revised)', '2015-03-31', '2015-06-30'], // the latest before it was the date in force
  ])('%j: due %s, revised to %s', (text, original, revised) => {
    const r = timescaleRevision(parseTimescale(text, PLAN_CONTEXT), PLAN_CONTEXT);
    expect([r?.original.due, r?.revision.due, r?.revision.source]).toEqual([original, revised, 'timescale']);
    expect(r?.original.text).toBe(text);
  });

  // not revisions, grouped by reason
  test.each([
    ['Dec 14, March 15, May 15', 'dates listed with no revision words are milestones'],
    ['Dec 14\n\nMarch 15\n\nMay 15', 'dates listed with no revision words are milestones'],
    ['March 2015', 'one date'],
    ['Now - March 2015', 'nothing before the revision word'],
    ['Sept 2015 - now complete', 'no date after the revision word'],
    ['Ongoing (was March 2015)', 'one date'],
    ['March 2015 (revised to March 2015)', 'the same date'],
    ['March 2015 (revised)', 'one date: marked revised, with nothing it was revised from'],
    ['Sept 2015 – March 2016 (revised)', 'a range marked revised is one revised span'],
    ['Jan/Feb 2015 (revised)', 'a range marked revised is one revised span'],
    ['Mar 15, Dec 14 (revised)', 'the date marked revised is earlier: no date moved back'],
    ['Dec 14\nMar 15', 'dates listed with no revision words are milestones'],
  ])('%j is not revised (%s)', (text) => {
    expect(timescaleRevision(parseTimescale(text, PLAN_CONTEXT), PLAN_CONTEXT)).toBeNull();
  });
});

describe('a date the status names before the date the timescale was itself revised to does not undo that revision', () => {
  const row = (timescale: string, status: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ['4.3', 'Agree the joint protocol', timescale, status],
        ],
      },
      { asOf: '2017-11-14' },
    ).rows[0];
  test('"Jun 2017 revised to Dec 2017" beside "revised date agreed at CRSG Sept 17" (the meeting that agreed it) is due in December', () => {
    expect(row('Jun 2017 revised to Dec 2017', 'Slipped – revised date agreed at CRSG Sept 17').timescale.due).toBe('2017-12-31');
  });
  // negative case: a later date the status gives is the newer word
  test('"Slipped - now March 2018" beside the same timescale moves it to March 2018', () => {
    expect(row('Jun 2017 revised to Dec 2017', 'Slipped - now March 2018').timescale.due).toBe('2018-03-31');
  });
});

describe('check the year', () => {
  const period = planPeriodFromText('Business Plan 2014-15')!;
  test.each([
    ['January 2014', 'check the year'], // before 1 April 2014, and January 2015 is inside the plan
    ['March 2014', 'check the year'],
    ['April 2014', null], // inside the plan period
    ['January 2013', null], // a year later is still before the plan: not a one-key slip
    ['January', null], // the year was not written: it was placed, not mistyped
  ])('%j → %s', (text, flag) => {
    const t = parseTimescale(text, PLAN_CONTEXT);
    const got = probableYearTypo(t, period);
    if (flag === null) expect(got).toBeNull();
    else expect(got).toMatch(/^check the year: /);
  });

  test.each([
    ['Business Plan 2014-15', '2014-04-01', '2015-03-31'],
    ['LSCB Business Plan 2015-2017', '2015-04-01', '2017-03-31'],
    ['SAB Strategic Plan 2016/17', '2016-04-01', '2017-03-31'],
    ['Youth Justice Plan 2023 to 24 – action tracker', '2023-04-01', '2024-03-31'],
    ['Business Plan 2023 to 2025', '2023-04-01', '2025-03-31'],
    // written in months
    ['Plan period: January 2024 – June 2025 (18 months)', '2024-01-01', '2025-06-30'],
    ['Improvement plan April 2023 to Sept 2024', '2023-04-01', '2024-09-30'],
  ])('%j is the period %s to %s', (title, start, end) => {
    expect(planPeriodFromText(title)).toMatchObject({ start, end });
  });

  test.each([
    'Version 12',
    'Plan 2015-2025',
    'Minutes 4.12.14',
    'Trend from 2010 to 2020',
    'Plan period: June 2025 – January 2024',
    'Plan January 2015 – June 2025',
  ])('%j names no plan period', (title) => {
    expect(planPeriodFromText(title)).toBeNull();
  });

  // a plan of one calendar year, as island boards write theirs
  test.each([
    ['ISCP Business Plan 2018', '2018-01-01', '2018-12-31'],
    ['Safeguarding Partnership Board – Business Plan 2018', '2018-01-01', '2018-12-31'],
    ['Strategic Plan 2024', '2024-01-01', '2024-12-31'],
  ])('%j is the calendar year %s to %s', (title, start, end) => {
    expect(calendarYearPlan(title)).toMatchObject({ start, end, calendar: true });
  });
  // negative cases, by reason
  test.each([
    ['a pair of years', 'Business Plan 2018-19'],
    ['a pair of years, the second one digit', 'LSCB Strategic Business Plan – 2014-5'],
    ['not a plan', 'Annual Report 2016'],
    ['a year named for something else', 'Inspection 2018 action log'],
  ])('%s: %j is no calendar-year plan', (_reason, title) => {
    expect(calendarYearPlan(title)).toBeNull();
  });

  test('in a plan of one calendar year, a bare quarter is the calendar\'s and "Year end" is 31 December', () => {
    const dues = (title: string) =>
      assessGrid(
        {
          values: [
            [title, null, null, null],
            ['Ref', 'Action', 'By when', 'Progress'],
            ['1', 'Refresh the threshold document', 'Q3', 'Draft out for consultation.'],
            ['2', 'Agree the dataset', 'Year end', 'Measures agreed.'],
            ['3', 'Publish the annual report', 'end of financial year', 'Drafting.'],
            ['4', 'Audit of referrals', 'June 2018', 'Audit under way.'],
          ],
        },
        { asOf: '2018-07-15' },
      ).rows.map((r) => r.timescale.due);
    expect(dues('ISCP Business Plan 2018')).toEqual(['2018-09-30', '2018-12-31', '2019-03-31', '2018-06-30']);
    // the financial year's, where the plan names one, or where the line names another plan
    expect(dues('LSCB Business Plan 2018-19')).toEqual(['2018-12-31', '2019-03-31', '2019-03-31', '2018-06-30']);
    expect(dues('Theme one (link to the CSE strategy and action plan 2018)')).toEqual(['2018-12-31', '2019-03-31', '2019-03-31', '2018-06-30']);
  });
});

describe('a yearly month with no year, or a first round, in a plan: its next round on or after the as-of date', () => {
  const dueOf = (timescale: string, asOf: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Target date', 'Progress'],
          ['1.2', 'Report to scrutiny', timescale, 'Report presented.'],
          ['1.3', 'Audit', 'March 2018', 'On track'],
        ],
      },
      { asOf },
    ).rows[0];
  test.each([
    ['Annually (November)', '2018-06-30', '2018-11-30'],
    ['Annual – November Board', '2018-12-31', '2019-11-30'],
    ['Once a year (May)', '2018-05-31', '2018-05-31'], // the as-of date itself
    // the date first, the first of the rounds that repeat after it: this year's round
    ['March 2017 then annually', '2018-01-31', '2018-03-31'],
    ['April 2016 and yearly thereafter', '2018-06-30', '2019-04-30'],
    // a first round of something repeating more often: the round on or after the as-of date
    ['Six-monthly (first report March 2016)', '2016-06-30', '2016-09-30'],
    ['Quarterly, first review June 2016', '2016-11-15', '2016-12-31'],
    ['Quarterly: first report due 15 June 2016', '2016-10-05', '2016-12-15'],
    ['Bi-monthly (first meeting January 2016)', '2016-03-31', '2016-03-31'], // the as-of date itself
    ['Monthly, first return April 2016', '2016-06-10', '2016-06-30'],
  ])('%j as of %s → due %s', (timescale, asOf, due) => {
    const r = dueOf(timescale, asOf);
    expect([r.timescale.kind, r.timescale.due]).toEqual(['recurring', due]);
  });
  test('the reasons say so', () => {
    expect(dueOf('Annually (November)', '2018-06-30').reasons.join(' ')).toContain('yearly, with no year given: the next Nov 2018 on or after the as-of date');
    expect(dueOf('Six-monthly (first report March 2016)', '2016-06-30').reasons.join(' ')).toContain(
      'six-monthly from March 2016: this round is Sep 2016, the next on or after the as-of date',
    );
  });
  describe('negative cases', () => {
    test.each([
      ['Annually (November 2017)', '2018-06-30', '2017-11-30', 'a year given: kept'],
      ['Quarterly (June)', '2018-12-31', '2018-06-30', 'not yearly'],
      ['Annually until March 2017', '2018-06-30', '2017-03-31', 'the rounds end there'],
      ['Six-monthly (first report March 2016)', '2016-02-29', '2016-03-31', 'the first round not yet come'],
      ['Six-monthly, last report March 2016', '2016-06-30', '2016-03-31', 'not the first'],
      ['Quarterly (June 2016)', '2016-12-31', '2016-06-30', 'a date inside the words, not said to be the first'],
      ['Weekly, first session April 2016', '2016-06-30', '2016-04-30', 'rounds too close to name'],
      ['July 2014 and bi monthly', '2015-01-21', '2014-07-31', 'when frequent rounds begin, not which is due'],
      ['June 2016 then quarterly', '2016-12-31', '2016-06-30', 'when frequent rounds begin, not which is due'],
    ])('%j as of %s → due %s (%s)', (timescale, asOf, due) => {
      expect(dueOf(timescale, asOf).timescale.due).toBe(due);
    });
  });
});

describe('a recurring action with nothing recorded, once the period the plan states has ended', () => {
  // a 2023/24 tracker read at the end of May 2024
  const row = (title: string, timescale: string, progress: string | null, rag: string | null, asOf = '2024-05-31') =>
    assessGrid(
      {
        values: [
          [title, null, null, null, null],
          ['Action', 'Owner', 'By when', 'Progress', 'RAG'],
          ['Review the partnership risk register', 'Head of Service', timescale, progress, rag],
          ['Audit the out-of-court disposals', 'Team manager', 'March 2024', 'Completed.', 'Green'],
        ],
      },
      { asOf },
    ).rows[0];
  test('"Quarterly", nothing written and no rating, the 2023 to 24 plan over: red', () => {
    const r = row('Youth Justice Plan 2023 to 24 – action tracker', 'Quarterly', null, null);
    expect(r.state).toBe('red');
    expect(r.reasons[0]).toBe("no status, and the plan's period (1 Apr 2023 – 31 Mar 2024) has ended with nothing recorded for this quarterly action");
    expect(r.reasons.join(' ')).not.toContain('never overdue');
  });
  test('"Ongoing" the same', () => expect(row('Business Plan 2023-24', 'Ongoing', null, null).state).toBe('red'));
  describe('negative cases', () => {
    test('the plan still running: not started', () => expect(row('Youth Justice Plan 2023 to 24', 'Quarterly', null, null, '2024-02-28').state).toBe('none'));
    test('no period stated (only inferred from the dates): not started', () => expect(row('Action tracker', 'Quarterly', null, null).state).toBe('none'));
    test('words recorded: they are read', () => expect(row('Youth Justice Plan 2023 to 24', 'Quarterly', 'Reviewed each quarter.', null).state).toBe('green'));
    test('a rating given: it stands', () => expect(row('Youth Justice Plan 2023 to 24', 'Quarterly', null, 'Green').state).toBe('green'));
  });
});

// a status's misspelt words are read as the words they stand for when its new date is looked for, as when it is rated
test('"deffered to Feb 15 meeting": the misspelt slip word still moves the date', () => {
  const row = (status: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Update'],
          ['4.2', 'Launch the toolkit', 'Jul-14', status],
        ],
      },
      { asOf: '2015-01-21' },
    ).rows[0];
  expect(row('deffered to Feb 15 meeting').timescale.due).toBe('2015-02-28');
  // negative case: a word not in the list of misspellings is read as written
  expect(row('defrred to Feb 15 meeting').timescale.due).toBe('2014-07-31');
});
