/** A status saying the one thing the action asked for was done, in the action's own terms (issue 11). */
import { assessGrid } from '../../src/core/plan/assess';
import { doneAsAsked } from '../../src/core/status/doneAsAsked';

describe('the thing the action asked for, said to be done', () => {
  test.each([
    // (a childcare sufficiency plan, a CYPP action monitor, a young carers strategy, a gangs plan, a hate crime plan)
    [
      'Establish an Early Years and childcare quality group',
      'Quality group established and meets every ½ term.',
      'Quality group established and meets every ½ term',
    ],
    [
      "Open the 'Pathway' supported accommodation project for care leavers",
      'Project opened 3 November 2008; six young people placed.',
      'Project opened 3 November 2008',
    ],
    [
      'Add a young carer marker to SEEMiS so that schools record pupils',
      'Marker added to SEEMiS in January 2016 and in use in all schools.',
      'Marker added to SEEMiS in January 2016 and in use in all schools',
    ],
    [
      'Ø Develop 4P Plans in relation to OCGs.',
      '4P plans in place for all three OCGs and reviewed at the OCG panel.',
      '4P plans in place for all three OCGs and reviewed at the OCG panel',
    ],
    [
      'We will introduce an on-line reporting option for victims of hate crime.',
      'The on-line reporting form went live in August 2017 and is linked from the Council websites.',
      'The on-line reporting form went live in August 2017 and is linked from the Council websites',
    ],
    // the verb after a short subject
    [
      'The Virtual School to commission one to one EAL tuition for UASC',
      'Tuition commissioned in November 2020; 14 young people receiving tuition.',
      'Tuition commissioned in November 2020',
    ],
    // what was sent, for an action to say something to someone (an adult practice review's plan, a Prevent checklist)
    [
      'Remind GP practices of how to report an adult at risk',
      'Reminder sent to all GP practices in the primary care bulletin, August 2024.',
      'Reminder sent to all GP practices in the primary care bulletin, August 2024',
    ],
    ['Ask Welsh Government to consider the learning', 'Letter sent to Welsh Government, July 2024.', 'Letter sent to Welsh Government, July 2024'],
    ['Brief the Corporate Management Team on the 2018 CTLP', 'CTLP briefing given to CMT on 9 October 2018.', 'CTLP briefing given to CMT on 9 October 2018'],
    // a lead named (a looked after children health plan)
    [
      'Identify community paediatrician to be Lead for Looked After Children in Stockton',
      'Lead Paediatrician confirmed. First MACFA meeting for Stockton planned in June.',
      'Lead Paediatrician confirmed',
    ],
    // no subject: the thing itself; two verbs ("Produce and circulate")
    ['Produce and circulate a 7 minute briefing on the review', 'Circulated with the report, May 2024.', 'Circulated with the report, May 2024'],
    // a thing named with no verb is a thing to be made
    ['A permanence tracker to track and prioritise matching', 'Tracker live; first monthly report to the Executive Group.', 'Tracker live'],
    ["A 'permanence decision' case note template on the case recording system.", 'Live; briefing to all teams.', 'Live'],
    // a thing to be made to exist and work ("Ensure ... is fully operational"), said to be set up (a childcare
    // sufficiency plan)
    ['Ensure the Childcare Development group is fully operational as a subgroup of Core Aim One', 'Sub Group is established.', 'Sub Group is established'],
    ['Ensure that a missing protocol is in place across all agencies', 'Protocol in place since May.', 'Protocol in place since May'],
  ])('%j beside %j → %j', (action, status, clause) => {
    expect(doneAsAsked(action, status)).toBe(clause);
  });

  describe('negative cases', () => {
    describe('the clause names something else', () => {
      test.each([
        ['Develop self-assessment and review of Board meetings, including the role of an Executive', 'Executive established and now driving the agenda.'],
        ['Establish a quality group', 'Training matrix set up.'],
        ['Introduce an on-line reporting option', 'Posters went up in all libraries.'],
        ['Ensure the Childcare Development group is fully operational', 'Training matrix established.'],
      ])('%j beside %j', (action, status) => {
        expect(doneAsAsked(action, status)).toBeNull();
      });
    });
    describe('a part of it, or a first step', () => {
      test.each([
        ['Recruit two family support workers', 'One worker recruited in March.'],
        ['Develop a neglect strategy', 'Draft developed and out for consultation.'],
        ['Establish a quality group', 'Group being established.'],
        ['Introduce the new screening tool', 'Tool introduced in 3 of 5 teams; 60% of staff trained.'],
        ['Establish a quality group', 'Group not yet established.'],
      ])('%j beside %j', (action, status) => {
        expect(doneAsAsked(action, status)).toBeNull();
      });
    });
    describe('the action asks for more than the one thing, or for no one thing', () => {
      test.each([
        ['Add WRAP to mandatory training and report compliance monthly', 'Added to mandatory training from November 2016.'],
        ['Book level 3 training for the two new GPs', 'One GP booked on level 3 in November.'],
        ['Review the multi-agency threshold document', 'Threshold document reviewed.'],
        ['Ensure staff know how to escalate concerns', 'Guidance in place.'],
        // in place is the action done only where the action asks for the thing to be made
        ['Circulate the escalation policy to all schools', 'Escalation policy in use in all schools.'],
      ])('%j beside %j', (action, status) => {
        expect(doneAsAsked(action, status)).toBeNull();
      });
    });
    describe('the thing said to be done is not first', () => {
      test('a first clause about something else', () => {
        expect(doneAsAsked('Establish a quality group', 'Terms of reference drafted; group established in May.')).toBeNull();
      });
    });
  });
});

describe('in a plan', () => {
  const rows = (status: string, due: string, asOf = '2016-04-30') =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'],
          ['1', 'Establish an Early Years and childcare quality group', 'EY manager', due, status],
        ],
      },
      { asOf },
    ).rows[0];
  test('is done: complete, with the reason', () => {
    const r = rows('Quality group established and meets every ½ term.', 'February 2016');
    expect([r.state, r.overdue, r.reasons[0]]).toEqual([
      'complete',
      false,
      '"Quality group established and meets every ½ term": what the action asked for is done',
    ]);
  });
  test('but not where later words hold it back or say it went wrong', () => {
    expect(rows('Quality group established; awaiting sign off of its terms of reference.', 'February 2016').state).toBe('amber');
    expect(rows('Quality group established but meetings delayed by staff absence.', 'February 2016').state).toBe('amber');
  });
  test('on a recurring action, done so far: green', () => {
    expect(rows('Quality group established and meets every ½ term.', 'Ongoing').state).toBe('green');
  });
});
