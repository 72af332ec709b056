/** Status words boards write beyond "Complete" and "Slipped" (issue 11), one table per meaning. */
import { matchHeader } from '../../src/core/layout/matchHeader';
import { assessGrid } from '../../src/core/plan/assess';
import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { colourRag } from '../../src/core/status/colourRag';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

const AS_OF = '2015-01-21';
const read = (status: string, timescale = 'March 2015', extra: Partial<Parameters<typeof classifyStatus>[0]> = {}) =>
  classifyStatus({ status, timescale: parseTimescale(timescale), asOf: AS_OF, ...extra });

describe('part done is not done', () => {
  test.each([
    ['Partially implemented', 'March 2015', 'green'],
    ['Partially implemented', 'October 2014', 'amber'],
    ['Partially achieved – two of three sites live', 'October 2014', 'amber'],
    ['Partly complete', 'October 2014', 'amber'],
    // the qualifier in brackets after the word for done
    ['Done (partly)', 'October 2014', 'amber'],
    ['Complete (part)', 'March 2015', 'green'],
    ['Criteria agreed; budget to be confirmed', 'October 2014', 'amber'],
    ['Criteria agreed; budget to be confirmed', 'March 2015', 'green'],
    ['Complete; sign off by the Board to be confirmed', 'October 2014', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });

  test('a done first sentence with nothing after it is still done', () => {
    expect(read('Criteria agreed.', 'October 2014').state).toBe('complete');
    expect(read('Done.  February 2015 to be agreed.', 'October 2014').state).toBe('complete');
  });

  test('negative case: words in brackets after "Done" that only open with "part" do not make it part done', () => {
    expect(read('Done (part of the work funded by the CCG)', 'October 2014').state).toBe('complete');
  });
});

describe('closed is not open', () => {
  test.each([
    'Superseded by the 2015-17 strategy',
    'Closed',
    'Withdrawn – duplicate of 2.3',
    'No longer required',
    'Merged with action 4.2',
    'Ceased',
    'Pilot discontinued in March',
    'Service no longer commissioned',
    'The project was abandoned',
    // after a short subject, said as done
    'This has been superseded by the new CSE strategy',
    'The old protocol was superseded in May',
    'This action has been withdrawn',
    'This action is withdrawn',
    'The recommendation is now withdrawn',
    'The recommendation has now been merged with 3.2',
    // kept under another action
    'Duplicate - see 1.2',
    'Duplicate',
    'Covered under 3.1',
    'Addressed by action 2.4',
    // a drop-down's or a performance system's "Cancelled", opening the status
    'Cancelled',
    'Cancelled. Superseded by the Kent-wide licensing training',
  ])('%j → complete (closed), not overdue', (status) => {
    const a = read(status, 'October 2014');
    expect(a.state).toBe('complete');
    expect(a.overdue).toBe(false);
    expect(a.closed).not.toBeNull();
  });

  // negative cases: still to come, or what was withdrawn is not the action
  test.each([
    'This will be superseded by the new strategy',
    'Due to be withdrawn',
    'This may be superseded',
    'Funding has been withdrawn so the pilot stopped',
    // a duplicate the work found, or what covers it with no action named
    'Duplicate records found in the audit',
    'Covered by the new policy',
    // a new lead is not the action closed
    'Lead transferred to Health',
    // an event called off and put on again, or called off with no word of the action
    'Cancelled – re-booked for June',
    'Cancelled due to illness; to be re-arranged',
    'Training cancelled',
    // "N/A" closes only when it opens the status
    'Policy reviewed; N/A - no change to the wording needed',
  ])('%j is not closed', (status) => {
    const a = read(status, 'March 2015');
    expect(a.closed).toBeNull();
    expect(a.state).not.toBe('complete');
  });
});

test('"Not yet evident" (a Making Safeguarding Personal plan\'s word) is not started: red past due, none before', () => {
  expect(read('Not yet evident', 'October 2014').state).toBe('red');
  expect(read('Not yet evident', 'March 2015').state).toBe('none');
});

describe('one occasion of the work called off, or recruitment that failed, is amber, not the work failed', () => {
  test.each([
    ['The Board met in January and April; the October meeting was cancelled and the next is in December.', 'March 2015'],
    ['The business breakfast arranged for 26 September was cancelled; a new date is being sought.', 'March 2015'],
    ['Two briefing sessions cancelled because of the snow.', 'March 2015'],
    ['Recruitment failed twice; post re-advertised.', 'March 2015'],
    ['The health practitioner post has twice failed to recruit and is readvertised.', 'March 2015'],
  ])('%j due %s → amber', (status, due) => {
    expect(read(status, due).state).toBe('amber');
  });
  // none called off is no cancellation
  test.each(['no s17 leave cancelled due to staffing', 'No sessions cancelled this quarter', 'No meetings cancelled'])('%j → green', (status) => {
    expect(read(status, 'March 2015').state).toBe('green');
  });
  // negative cases, by reason: the work itself called off, or failed
  test.each([
    ['the work called off', 'Project cancelled by the Board.'],
    ['the work failed', 'Pilot failed to show any benefit.'],
    ['the bid for the work failed', 'Bid failed.'],
    ['the work called off, with no other words', 'Training cancelled - no trainer'],
  ])('%s: %j → red', (_reason, status) => {
    expect(read(status, 'March 2015').state).toBe('red');
  });
  // a later one held: the one called off is history
  test('"Q1 meeting cancelled (COVID-19); Q2 meeting held on 15 September 2020." (quarterly) is not amber', () => {
    expect(read('Q1 meeting cancelled (COVID-19); Q2 meeting held on 15 September 2020.', 'Quarterly').state).toBe('green');
    // (one held before the one called off: the cancellation is the latest word)
    expect(read('Meeting held in May; the October meeting was cancelled.', 'Quarterly').state).toBe('amber');
  });
});

describe('a round of recurring work named and said missed is slipping: amber, though never overdue', () => {
  test.each([
    ['May audit not completed - capacity', 'Monthly'],
    ['Q2 audit not done – staff sickness', 'Quarterly'],
    ['February monthly report not produced', 'Monthly'],
    ['Q3 data not received', 'Quarterly'],
    // a half-year's round, and "not yet"
    ['H1 reported Nov 23. H2 figures not yet recd from ASC', '6 monthly'],
    ['Q3 return due 15/01 - not yet submitted', 'Quarterly'],
    // (after an earlier round reported done)
    ['Q2 data presented Nov. Q3 data not received for Feb meeting - being chased', 'Quarterly'],
  ])('%j (%s) → amber', (status, due) => {
    expect(read(status, due).state).toBe('amber');
  });
  // negative cases, by reason
  test.each([
    ['no round named', 'Not done since the new system', 'Monthly'],
    ['back on track after it', 'Aug missed due to holidays - back on track.', 'Monthly'],
    ['a round still to come', 'Q3 audit completed, Q4 not yet due', 'Quarterly'],
    ['a round reported done', 'Q2 data presented Nov.', 'Quarterly'],
  ])('%s: %j is not amber', (_reason, status, due) => {
    expect(read(status, due).state).not.toBe('amber');
  });
});

describe('a tracker\'s "New" alone, or "Not yet booked", is not started: red past due, none before', () => {
  test.each([
    ['New', 'October 2014', 'red'],
    ['New', 'March 2015', 'none'],
    ['New.', 'March 2015', 'none'],
    ['New action', 'October 2014', 'red'],
    ['new item', 'March 2015', 'none'],
    // with when it was added
    ['New – added June 14', 'March 2015', 'none'],
    ['New (added at the December meeting)', 'October 2014', 'red'],
    ['New action for 15/16', 'March 2015', 'none'],
    // an audit tracker's "Not implemented", alone or before why
    ['Not implemented', 'October 2014', 'red'],
    ['Not implemented', 'March 2015', 'none'],
    ['Not implemented – needs system change request, no date from IMT yet', 'October 2014', 'red'],
    ['Not yet booked.', 'October 2014', 'red'], // the training or event not even arranged
    ['Not booked', 'March 2015', 'none'],
    // or before why
    ['Not yet arranged - member development programme full', 'October 2014', 'red'],
    // a schedule's "Scheduled" or "Planned" alone (an audit programme's status before the audit begins)
    ['Scheduled', 'March 2015', 'none'],
    ['Planned.', 'October 2014', 'red'],
    // a task board's list of work not begun (Trello's and Jira's "To Do", a "Backlog")
    ['To Do', 'October 2014', 'red'],
    ['To do', 'March 2015', 'none'],
    ['Backlog', 'March 2015', 'none'],
    ['Todo', 'October 2014', 'red'], // Airtable's first option
    // an export's empty field says nothing: an empty status
    ['[]', 'October 2014', 'red'],
    ['null', 'March 2015', 'none'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });
  // negative cases, by reason: "new" is not the whole status
  test.each([
    ['something new was done', 'New policy launched', 'October 2014', 'complete'],
    ['something new is under way', 'New pathway being piloted', 'March 2015', 'green'],
    ['more said after it', 'New – first meeting held in January', 'March 2015', 'green'],
    ['part of it not implemented', 'Not implemented in two of the four teams', 'October 2014', 'amber'],
    ['part of the work not yet booked', 'Sessions 1-3 delivered; session 4 not yet booked.', 'October 2014', 'amber'],
    ['when it is planned for', 'Planned for the May board', 'March 2015', 'green'],
    ['what is still to do, in words', 'To do: write the report', 'March 2015', 'green'],
  ] as Array<[string, string, string, RagState]>)('%s: %j due %s → %s', (_reason, status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });
});

describe('off track, deferred, no update', () => {
  test.each([
    ['Failing to meet the target', 'red'],
    ['Behind target', 'red'],
    ['Behind schedule', 'amber'],
    ['Deferred to 2016/17', 'amber'],
    ['On hold pending review', 'amber'],
    ['Discussed at Exec, agreed to defer', 'amber'],
    ['Board decided to postpone the audit', 'amber'],
    // a performance system's warning opening the status
    ['Check Progress. Two of the five recommendations outstanding', 'amber'],
    ['Check progress', 'amber'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  test.each([
    'No update received',
    'No update received from Police',
    'Awaiting update',
    'No response received',
    'Verbal update to be provided',
    // the round it was due for, named
    'No Q2 update received',
    'No October update.',
    'No quarterly return',
  ])('%j past due is at least amber, before due is not started', (status) => {
    expect(['amber', 'red']).toContain(read(status, 'October 2014').state);
    expect(read(status, 'March 2015').state).toBe('none');
  });
  // a drop-down's word that says nothing of the work, then no report (a PSIRF tracker's "Overdue" beside "No update
  // received this quarter."): read as no status at all, red past due
  test.each(['Overdue. No update received this quarter.', 'Open – no update received'])('%j past due is red, before due none', (status) => {
    expect(read(status, 'October 2014').state).toBe('red');
    expect(read(status, 'March 2015').state).toBe('none');
  });
  // negative cases: a subject opening "No" is not a claim that it was done
  test.each(['No Q2 meeting held', 'No sessions delivered'])('%j is not complete', (status) => {
    expect(read(status, 'October 2014').state).not.toBe('complete');
    expect(read(status, 'March 2015').state).not.toBe('complete');
  });
  test('negative case: "Overdue" with something said of the work is amber', () =>
    expect(read('Overdue. Training delayed by sickness.', 'October 2014').state).toBe('amber'));
  // a board tracker's word that the item is not yet due: nothing to rate before its date, as "Not due yet"
  test('"Item not due yet" before its date is none', () => expect(read('Item not due yet', 'March 2015').state).toBe('none'));
  // a status that only restates the target date says no more than an empty one
  test('"Target 31/03/2015" before its date is none, after it red', () => {
    expect(read('Target 31/03/2015', 'March 2015').state).toBe('none');
    expect(read('Target 31/10/2014', 'October 2014').state).toBe('red');
  });
  test('negative case: a verbal update given is an update, not none', () =>
    expect(read('Verbal update given at the meeting; actions agreed', 'March 2015').state).toBe('green'));
});

describe('percentage complete', () => {
  test('100% with no words is complete; a part is progress, not a band', () => {
    expect(read('', 'October 2014', { percent: 100 }).state).toBe('complete');
    expect(read('', 'March 2015', { percent: 40 }).state).toBe('green');
    expect(read('', 'October 2014', { percent: 40 }).state).toBe('amber');
    expect(read('', 'March 2015', { percent: 10 }).state).toBe('green'); // no "0-25% is red" band is invented
    expect(read('', 'October 2014', { percent: 0 }).state).toBe('red'); // 0% past due: as no update
  });

  test('a status that contradicts 100% complete is flagged', () => {
    const a = read('In progress', 'March 2015', { percent: 100 });
    expect(a.state).toBe('green');
    expect(a.contradiction).toMatch(/100% complete but the status says otherwise/);
    expect(read('Complete', 'March 2015', { percent: 60 }).contradiction).toMatch(/says complete but the plan gives 60% complete/);
  });

  // a subject said to be done beside a percentage short of 100: the words name a step
  test.each([
    ['Supplier appointed; go-live moved to March.', 'March 2015', 60, 'green'],
    ['Supplier appointed; go-live moved to March.', 'October 2014', 60, 'amber'],
    ['Early starter status agreed with DCLG.', 'March 2015', 20, 'green'],
  ])('%j, due %s, %s%% complete → %s', (status, due, percent, state) => {
    const a = read(status, due, { percent });
    expect(a.state).toBe(state);
    expect(a.reasons[0]).toContain(`but the plan gives ${percent}% complete: a step, not the action done`);
  });
  describe('negative cases', () => {
    test('a claim beside 100%: done', () => expect(read('Supplier appointed.', 'March 2015', { percent: 100 }).state).toBe('complete'));
    test('"Complete" opening the status beside 60%: complete, flagged', () => expect(read('Complete', 'March 2015', { percent: 60 }).state).toBe('complete'));
    test('closed beside 10%: closed', () => expect(read('No longer required', 'March 2015', { percent: 10 }).state).toBe('complete'));
  });
});

describe('a hand-coloured cell is the explicit RAG', () => {
  test.each([
    ['FF0000', 'red'],
    ['C00000', 'red'],
    ['FFC7CE', 'red'], // Excel's "Bad" fill
    ['FFC000', 'amber'],
    ['FFFF00', 'amber'],
    ['FFEB9C', 'amber'],
    ['F79646', 'amber'],
    ['00B050', 'green'],
    ['92D050', 'green'],
    ['C6EFCE', 'green'],
    ['0070C0', 'blue'],
    ['BDD7EE', 'blue'],
    ['7030A0', 'blue'],
    ['00B0F0', 'blue'],
  ])('fill %s → %s', (hex, colour) => {
    expect(colourRag(hex)?.colour).toBe(colour);
  });

  // as Excel's palette names them: its standard "Orange" (FFC000) orange, though its hue is near yellow
  test.each([
    ['FFC000', 'orange'],
    ['FFFF00', 'yellow'],
    ['FFD966', 'yellow'],
    ['ED7D31', 'orange'],
  ])('fill %s is named %s', (hex, name) => {
    expect(colourRag(hex)?.name).toBe(name);
  });

  test.each(['FFFFFF', 'F2F2F2', 'D9D9D9', '000000', '808080', 'not a colour', ''])('%j is no RAG', (hex) => {
    expect(colourRag(hex)).toBeNull();
  });

  test('a red-filled RAG cell with no text is red, from the fill', () => {
    const a = read('', 'March 2015', { colours: { ragFill: 'FF0000' } });
    expect([a.state, a.explicit, a.ragSource]).toEqual(['red', 'red', 'fill']);
    expect(a.reasons[0]).toMatch(/RAG cell colour says red \(fill FF0000\)/);
  });

  test('a blue-filled status cell is complete; green text in the RAG cell is green', () => {
    expect(read('Report to Board', 'March 2015', { colours: { statusFill: '9BC2E6' } }).state).toBe('complete');
    const a = read('', 'March 2015', { colours: { ragFont: '00B050' } });
    expect([a.state, a.ragSource]).toEqual(['green', 'font colour']);
  });

  test('a RAG word beats a fill; a fill beats the status words, and a contradiction is flagged', () => {
    expect(read('', 'March 2015', { rag: 'Amber', colours: { ragFill: 'FF0000' } }).state).toBe('amber');
    const a = read('Complete', 'March 2015', { colours: { statusFill: 'FF0000' } });
    expect(a.state).toBe('red');
    expect(a.contradiction).toMatch(/marked red \(red \(fill FF0000\)\) but the status text says complete/);
    const b = read('Work continues', 'October 2014', { colours: { ragFill: '00B050' } });
    expect(b.contradiction).toMatch(/marked green .* but the due date \(31 Oct 2014\) has passed/);
  });

  // one RAG cell per objective, merged down over its actions, as LSCB business plans keep it: its colour rates each
  // action it covers, as its word would; a status cell merged down is not read as a rating of the rows below
  test('a RAG cell coloured with no text, merged down over two actions, rates both', () => {
    const values = [
      ['Ref', 'Action', 'Timescale', 'Progress', 'RAG'],
      ['1.1', 'Deliver the training programme', 'Quarterly', '', ''],
      ['1.2', 'Evaluate the training', 'Quarterly', '', ''],
      ['2.1', 'Publish the procedures', 'Quarterly', '', ''],
    ];
    const fills = values.map((row, r) => row.map((_, c) => (c === 4 && r >= 1 && r <= 2 ? '00B050' : null)));
    const merges = [{ top: 1, left: 4, bottom: 2, right: 4 }];
    const rows = assessGrid({ values, fills, merges }, { asOf: AS_OF }).rows;
    expect(rows.map((r) => [r.ref, r.state])).toEqual([
      ['1.1', 'green'],
      ['1.2', 'green'],
      ['2.1', 'none'],
    ]);
    // (a fill given on the merge's first cell alone, as some writers keep it, is the merge's)
    const firstOnly = values.map((row, r) => row.map((_, c) => (c === 4 && r === 1 ? '00B050' : null)));
    expect(assessGrid({ values, fills: firstOnly, merges }, { asOf: AS_OF }).rows[1].state).toBe('green');
  });

  test('a hyperlink-blue status text is not "complete"', () => {
    expect(read('See the minutes', 'March 2015', { colours: { statusFont: '0563C1' } }).explicit).toBeNull();
  });
});

/** A recommendation tracker's Response column: "Agreed" accepts a recommendation; it is not always the work done. */
describe('accepted is not always done (recommendation trackers, SCRAIPs)', () => {
  test.each([
    // "agreed" as an adjective on the subject: what follows says what happened to it
    ['Agreed dates have been circulated', 'October 2014', 'amber'],
    ['Agreed protocol is with legal services', 'March 2015', 'green'],
    // accepted, with the work still to come
    ['Agreed. Figures to be added from the Quarter 1 report.', 'March 2015', 'green'],
    ['Agreed. Will be included in the next refresh.', 'October 2014', 'amber'],
    ['Accepted. The protocol will be reviewed in April.', 'March 2015', 'green'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });

  test.each([
    'Agreed',
    'Agreed.',
    'Agreed at Board in December',
    'Agreed by the Board in July 2014',
    'Agreed. Strategic Plan has been changed to reflect this.',
    'Agreed and circulated to partners',
    'Agreed – see minutes',
    // a done word that is not "agreed", with later words about the future: still done, as before
    'Done.  February 2015 to be agreed.',
  ])('%j is still complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });
});

describe('a recommendation not accepted is closed', () => {
  test.each([
    'Not accepted. The two terms mean different things.',
    'Not accepted',
    'Recommendation rejected – covered by the 2015 review',
    // an inspectorate's recommendation it has accepted as met (police forces' HMICFRS trackers)
    'Discharged',
    'Discharged 20/01/2016',
    // a decision not to go on with it, and why
    'Not taken forward: replaced by the Graded Care Profile 2 audit.',
    'Not taken forward.',
    'Not taken forward as covered by the new case management system',
    // after who weighed it, where the recommendation asked only that something be considered
    'Considered by AWA board - not taken forward as covered by the new case management system',
    'Considered at the June meeting, not taken forward.',
    // an option explored and dropped
    'Decided not to pursue at present',
    'Agreed not to proceed.',
    // by the body that decides, with its reasons (a safeguarding adults review's recommendation)
    'Not accepted by the Board – reasons recorded in the minutes.',
    'Not accepted by the Board.',
  ])('%j → complete (closed)', (status) => {
    const a = read(status, 'October 2014');
    expect([a.state, a.overdue]).toEqual(['complete', false]);
    expect(a.closed).not.toBeNull();
  });

  // "not accepted" with more to say about who did not accept it is not a rejected recommendation
  test.each([
    'Not accepted by the Board; redraft in progress',
    'Not accepted by the family, offer to be repeated',
    'Not taken forward due to staff absence.', // work not progressed, not a decision to stop
    'Not taken forward as staff absent', // the same, with "as"
    'Considered but not taken forward due to lack of funding', // held up for money, not decided against
    'Decided not to pursue the external provider; in-house course being designed', // one way dropped, the work goes on
    'Patient discharged from hospital before the review', // someone discharged, not the recommendation
  ])('%j is not closed', (status) => {
    expect(read(status, 'March 2015').closed).toBeNull();
  });
});

describe('paused, suspended, reprogrammed: amber', () => {
  test.each(['Paused', 'Paused pending the review of the constitution', 'Suspended with approval', 'Reprogrammed to Q3', 'Re-programmed'])(
    '%j → amber',
    (status) => {
      expect(read(status, 'March 2015').state).toBe('amber');
    },
  );
});

describe('tracker words: met, rec closed, not applicable, recommendation accepted', () => {
  test.each([
    ['Met', 'October 2014', 'complete'],
    ['Target met.', 'October 2014', 'complete'],
    ['Standard fully met', 'October 2014', 'complete'],
    ['Rec closed', 'October 2014', 'complete'],
    ['Not applicable – service decommissioned', 'October 2014', 'complete'],
    ['N/A – the parish has no website; contacts are on the pew sheet.', 'October 2014', 'complete'],
    // accepting a recommendation is not doing it
    ['Recommendation accepted', 'March 2015', 'green'],
    ['Recommendation accepted', 'October 2014', 'amber'],
    ['Recommendations agreed by the Board', 'October 2014', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });

  // the same words doing something else
  test.each([
    ['Met with the police on 3 June; protocol being drafted', 'March 2015', 'green'],
    ['Target not met', 'October 2014', 'amber'],
    ['Not applicable to schools yet; academies to be approached', 'March 2015', 'green'],
    ['N/A', 'October 2014', 'red'], // alone it says nothing
    ['Venue n/a – booked the hall instead', 'October 2014', 'amber'], // not the status's opening word
    ['Report accepted by the Board in December', 'October 2014', 'complete'],
    ['Recommendation implemented', 'October 2014', 'complete'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });
});

describe('still to come, nearly there, drafts, little progress', () => {
  test.each([
    // an infinitive is still to come
    ['On track to complete by March', 'March 2015', 'green'],
    ['On track to complete by March', 'October 2014', 'amber'],
    // nearly done is not done
    ['Mostly complete', 'October 2014', 'amber'],
    ['Almost finished – two sites left', 'March 2015', 'green'],
    // a draft is not the finished thing
    ['Draft in place', 'October 2014', 'amber'],
    ['Draft policy agreed', 'March 2015', 'green'],
    // progress that is not enough
    ['Not progressed due to capacity', 'March 2015', 'red'],
    ['Limited progress', 'March 2015', 'amber'],
    ['Concerns re progress', 'March 2015', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });

  // the same words saying it is done or closed
  test.each([
    'Policy has been updated and published',
    // "re-written" with its hyphen, as "rewritten"
    'Policy re-written with carers, signed off by Cabinet Member 12/3/21',
    'Procedure re-written',
    // "&" for "and" after the claim
    'Pathway updated & live on website 30/9. MASH briefed 3/10',
    // by whom and when, then "and" what followed, longer than either alone
    'Policy approved by the Corporate Management Team in May and published on the intranet.',
    'Procedure agreed by the CSP and published on the Council’s website on 20 October 2014.',
    // done across, or throughout, what it covers
    'Mapping complete across all services.',
    'Training delivered throughout the county',
    'Policy agreed at Board; draft guidance withdrawn',
    'Action no longer relevant',
    'No longer a priority',
    'Final version agreed at Board',
  ])('%j is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });

  // negative cases: done for a part ("for"), with the rest still awaited, is not done
  test.each([
    'Forms done for the Sunday school; references for two youth leaders still awaited.',
    'Policy approved by the Corporate Management Team in May and to be published on the intranet.',
  ])('%j is not complete', (status) => {
    expect(read(status, 'October 2014').state).not.toBe('complete');
  });

  test.each(['Good progress', 'Progress being made'])('%j is no slippage: green before the date', (status) => {
    expect(read(status, 'March 2015').state).toBe('green');
  });
});

describe('held up, short of resources, at risk: amber; cannot be done: red', () => {
  test.each([
    // slow going
    ['Minimal progress', 'amber'],
    ['Progress has been slow', 'amber'],
    ['Progress slow due to capacity', 'amber'],
    ['Slower than planned', 'amber'],
    // behind, said plainly
    ['Behind', 'amber'],
    ['Running behind', 'amber'],
    ['Slightly behind plan', 'amber'],
    // held up
    ['Stuck in draft', 'amber'],
    ['Blocked by information governance', 'amber'],
    ['Work held up by the IT upgrade', 'amber'],
    ['Staff sickness is delaying progress', 'amber'],
    ['Scoping under way; new Education Authority structures delaying this', 'amber'],
    ['Barriers to progress identified', 'amber'],
    // nothing to do it with
    ['Capacity issues within the team', 'amber'],
    ['Problems with recruitment', 'amber'],
    ['Difficulties in recruiting to the post', 'amber'],
    ['Lack of capacity in health', 'amber'],
    ['It is sometimes difficult to obtain the information', 'amber'],
    ['Difficulty engaging schools', 'amber'],
    ['Funding not secured', 'amber'],
    ['Resources not yet identified', 'amber'],
    ['Post vacant since June', 'amber'],
    ['Vacancy in post', 'amber'],
    ['Unfunded', 'amber'],
    ['Not yet resourced', 'amber'],
    // the lead asks for help, or names a risk to the work
    ['Escalated to the Board', 'amber'],
    ['Risk to delivery', 'amber'],
    ['Risk of slippage into Q1', 'amber'],
    ['Concerns about capacity', 'amber'],
    ['High risk', 'amber'],
    // it will not be done
    ['Will not be achieved', 'red'],
    ["Won't be completed this year", 'red'],
    ['Cannot be delivered within budget', 'red'],
    ['Not achievable', 'red'],
    ['Unachievable within timescale', 'red'],
    ['Not progressing', 'red'],
    ['Significant risk of non-delivery', 'red'],
    ['High risk that the target is missed', 'red'],
    // the date will be missed, as "Unlikely to meet" says
    ['Will not make March', 'red'],
    ['Will not meet the deadline', 'red'],
    ["Won't make the March deadline", 'red'],
    ['Not going to hit the target date', 'red'],
  ] as Array<[string, RagState]>)('%j due March 2015 → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  describe('negative cases', () => {
    // the risk, concern or problem is what the work deals with, or is denied
    test.each([
      'No risk to delivery',
      'Low risk to delivery',
      'No significant risk to delivery',
      'Audit of high risk cases under way',
      'Concerns about neglect raised at training',
      'Thinking behind the strategy shared with partners',
      'Vacancies filled',
      'Problems log reviewed monthly',
      'No issues delaying progress',
      'Started without delaying the pilot',
      // "will not make" or "meet" something other than the date
      'Will not make a difference to families without the new funding',
      'Will not meet until the new chair is appointed',
    ])('%j before the due date is green', (status) => {
      expect(read(status).state).toBe('green');
    });

    // still going on: not a completion claim
    test.each(['Being implemented', 'Is currently being rolled out across all schools', 'Protocol being finalised'])(
      '%j is in progress (green before the due date, amber after)',
      (status) => {
        expect(read(status).state).toBe('green');
        expect(read(status, 'October 2014').state).toBe('amber');
      },
    );

    // a step on the way is not the action done
    test.each(['Approved in principle', 'Workshop to be held in March', 'Approval to be sought at the March Board'])('%j is not complete', (status) => {
      expect(read(status).state).not.toBe('complete');
    });
  });
});

describe('approved, held, appointed; proposed to close, to be removed: done', () => {
  test.each([
    'Approved by the Board',
    'Endorsed by the Executive in December',
    'Meeting held in March',
    // a meeting, event or course held, as the status's opening word
    'Held.',
    'Held on 20 November 2024, 85 attended',
    'Chair appointed',
    'Lead named in April 2014.',
    'Panel convened in November',
    'Two practitioners recruited',
    'Propose to close',
    'Proposed to close this action',
    'Remove from plan',
    'Action to be removed from the plan',
    'Recommend removal from the plan',
    // a drop-down's "Removed", alone or with its reason
    'Removed',
    'Removed – replaced by the all-Wales OOCD guidance',
  ])('%j is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });

  test.each([
    // held up, held back, held over: not done
    ['Held up by the contractor.', 'amber'],
    ['Held over to the next meeting.', 'amber'],
    ['Held in abeyance pending the review.', 'amber'],
    // something removed in the work's course, or not yet: not the action taken off the plan
    ['Barrier removed.', 'amber'],
    ['Graffiti not yet removed.', 'amber'],
  ])('%j is not complete (%s)', (status, state) => {
    expect(read(status, 'October 2014').state).toBe(state);
  });

  test('"Nothing to report" is no update: red once past due, no state before', () => {
    expect(read('Nothing to report').state).toBe('none');
    expect(read('Nothing new to report this quarter', 'October 2014').state).toBe('red');
  });
});

describe('a first sentence ending with its state in brackets, "(Complete)", is read as a status opening with it', () => {
  test.each([
    'The Family Gateway was launched in June 2019 (Complete). Take-up figures will be reported at Q3.',
    'Online module for all staff (Completed)',
    'Joint protocol with police and health (Achieved). Review in 2016.',
  ])('%j is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });
  describe('negative cases', () => {
    test.each([
      // a part done, the rest in the same sentence
      ['Phase 1 (complete); phase 2 under way', 'green'],
      // "(Complete)" inside the sentence, then what is still to come
      ['Draft (complete) out to consultation until March', 'green'],
      // a later sentence's bracket: the first sentence decides
      ['Recruitment delayed. Induction pack (complete).', 'amber'],
    ])('%j is %s', (status, state) => {
      expect(read(status, 'March 2015').state).toBe(state);
    });
  });
});

describe('a step done is not the action done', () => {
  test.each([
    // the work goes on in the same breath
    'Initial meeting held; scoping under way',
    'Scoping completed; project plan in development',
    'Policy launched; being rolled out to schools',
    // any of it said to be still going on
    'New database in place; historic agreements still being loaded.',
    'Policy approved; guidance still being finalised',
    // a first phase or stage
    'Phase 1 complete',
    'Stage one delivered; stage two planned for spring',
    'Initial meetings have taken place',
    // the next stage yet to begin
    'Audit tool agreed; fieldwork starts in February',
    'Specification agreed; recruitment will start in the new year',
    // what the work asked others for, still to come in
    'Template agreed, issued to partners 14/01/14, returns due 1st March',
    'Self-assessment tool issued to partners in October; returns due in December.',
    'Drafting instructions issued; consultation expected summer 14',
    // the rest said to be on its way
    '14 sessions delivered and 220 staff trained; on track for 300 by March.',
    // a count of the work done so far
    'Delivered to 1,850 officers and staff so far.',
    'Completed to date: 3 of the audits.',
    'Toolkit launched; on target to reach every school by the summer',
  ])('%j due October 2014 is amber, not complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('amber');
  });

  describe('negative cases', () => {
    // done, with monitoring or review to follow as a duty
    test.each([
      'Audit complete; monitoring ongoing',
      'Action complete, monitoring continues',
      'Completed – ongoing monitoring',
      'Protocol in place; reviewed annually',
      'Training delivered; on track.', // on track for nothing more
      // what was done goes on being used
      'New database in place; still being used by all teams.',
      'Protocol in place; still being followed by every locality.',
    ])('%j is complete', (status) => {
      expect(read(status, 'October 2014').state).toBe('complete');
    });
    // a full stop ends the claim: what follows is another matter
    test('after a full stop, work in development is another matter: "Protocol agreed. Training in development ..." is done', () => {
      expect(read('Protocol agreed. Training in development for next year', 'October 2014').state).toBe('complete');
    });
  });
});

describe('signed, signed up to: done', () => {
  test.each(['Protocol signed by all partners.', 'All agencies have signed up to the protocol.', 'Information sharing agreement signed'])(
    '%j is complete',
    (status) => {
      expect(read(status, 'October 2014').state).toBe('complete');
    },
  );

  test('"Signed off" still needs its sign-off: "Awaiting signed agreement" is not done', () => {
    expect(read('Awaiting signed agreement from health', 'October 2014').state).toBe('amber');
  });
});

describe('percentages, "Met" with a note, and evidence still to come', () => {
  test.each([
    // done: the whole status says so
    ['100% complete', 'complete'],
    ['100%', 'complete'],
    ['Now 100% complete.', 'complete'],
    ['Met - evidence on file', 'complete'],
    ['Met: see minutes', 'complete'],
    ['Standard met – see audit', 'complete'],
    // nothing done yet: read like an empty status (red once past due)
    ['0%', 'red'],
    ['0 %', 'red'],
    // part done
    ['75% complete', 'amber'],
    // done, but not yet shown to be
    ['Complete – evidence to be provided', 'amber'],
    ['Met – evidence to be provided', 'amber'],
    ['Complete but not yet evidenced', 'amber'],
  ] as Array<[string, RagState]>)('%j due October 2014 → %s', (status, expected) => {
    expect(read(status, 'October 2014').state).toBe(expected);
  });

  describe('negative cases', () => {
    // "met" as a verb, a share of something, a number that is not a share done
    test.each(['Met with the police in June', '100% of schools signed up by March', '100 staff trained'])('%j is not a completion by itself', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
  });
});

describe('more time asked for or given, a deadline to be missed', () => {
  test.each([
    ['Extension agreed to June 2015', 'amber'],
    ['Extension requested', 'amber'],
    ['Request to extend timescale to June', 'amber'],
    ['Deferral approved by the Board', 'amber'],
    ['Will miss the deadline', 'amber'],
    ['Likely to miss the target date', 'amber'],
    ['Needs re-scoping', 'amber'],
    // the date itself moved
    ['Target date moved to June 2015', 'amber'],
    ['Date changed to 31 May', 'amber'],
    ['Unlikely to complete on time', 'red'],
    ['Not going to be met', 'red'],
  ] as Array<[string, RagState]>)('%j due March 2015 → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  test('"Extension agreed to June 2015" revises the due date, and is not a completion', () => {
    const a = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Status'],
          ['1', 'Audit', 'March 2015', 'Extension agreed to June 2015'],
        ],
      },
      { asOf: AS_OF },
    );
    expect(a.rows.map((r) => [r.state, r.timescale.due, r.revisedFrom])).toEqual([['amber', '2015-06-30', '2015-03-31']]);
  });

  describe('negative cases', () => {
    // the extension of something else, agreed: the work done
    test('"Extension of the scheme agreed" is a completion', () => {
      expect(read('Extension of the scheme agreed', 'October 2014').state).toBe('complete');
    });
    // a miss that is not a deadline's
    test.each(['Missing episodes protocol agreed', 'Scope agreed with partners'])('%j is not amber', (status) => {
      expect(read(status).state).not.toBe('amber');
    });
  });
});

/** One action row of a plain table ("Ref | Action | Timescale | Status"), assessed as of AS_OF. */
const assessRow = (timescale: string, status = '') =>
  assessGrid(
    {
      values: [
        ['Ref', 'Action', 'Timescale', 'Status'],
        ['1', 'Audit', timescale, status],
      ],
    },
    { asOf: AS_OF },
  ).rows[0];

describe('a timescale written over with its completion', () => {
  test.each([
    ['Completed Nov 2014', '2014-11-30'],
    ['Complete - Oct 2014', '2014-10-31'],
    ['Achieved Sept 2014', '2014-09-30'],
    ['Done (Dec 14)', '2014-12-31'],
    ['In place since June 2014', '2014-06-30'],
    ['Completed in Q3', '2014-12-31'],
    // the word after the date
    ['Sept 2014 (completed)', '2014-09-30'],
    ['March 2014 - done', '2014-03-31'],
    ['Dec 2014: Complete', '2014-12-31'],
  ])('%j with no status is complete, done by %s', (timescale, due) => {
    const r = assessRow(timescale);
    expect([r.state, r.timescale.due, r.overdue]).toEqual(['complete', due, false]);
  });

  describe('negative cases', () => {
    // a deadline written after the word, or a word that is not the deed
    test.each([
      ['Complete by March 2015', 'none'],
      ['Completion due Nov 2014', 'red'],
      ['Achieved target 2015', 'none'],
      // still to be done
      ['March 2015 - to be completed', 'none'],
      ['Dec 2014 (not yet complete)', 'red'],
      ['Dec 2014 – complete when signed off', 'red'],
      // a date still to come: when it is to be complete, not when it was
      ['Complete March 2015', 'none'],
    ])('%j with no status is not done (%s)', (timescale, state) => {
      expect(assessRow(timescale).state).toBe(state);
    });
  });
});

describe('status codes and shortened words, as busy secretariats type them', () => {
  test.each([
    ['Compl.', 'October 2014', 'complete'],
    ['Cmplt', 'October 2014', 'complete'],
    ['BT', 'March 2015', 'red'], // behind target
    ['OT', 'March 2015', 'green'],
    ['IP', 'March 2015', 'green'],
    ['C/F to 2015/16', 'March 2015', 'amber'], // carried forward
  ] as Array<[string, string, RagState]>)('%j (due %s) → %s', (status, due, state) => expect(read(status, due).state).toBe(state));
  test('"C/F to 2015/16" moves the date to the year it names', () => {
    const values = [
      ['Ref', 'Action', 'Timescale', 'Status'],
      ['1', 'Refresh the protocol', 'March 2015', 'C/F to 2015/16'],
    ];
    expect(assessGrid({ values }, { asOf: AS_OF }).rows[0].timescale.due).toBe('2016-03-31');
  });
  describe('negative cases: the code starts a word or sentence of its own, or is lower case', () => {
    test.each([
      ['IP address checks done', 'complete'],
      ['OTP codes issued to staff', 'complete'], // read as its own words ("issued"), not as "OT"
      ['bt', 'green'],
    ] as Array<[string, RagState]>)('%j → %s', (status, state) => expect(read(status).state).toBe(state));
  });
});

describe("a performance system's status icons exported as words (Pentana/Covalent)", () => {
  test.each([
    ['Alert', 'red'],
    ['Alert. 3 of 11 posts filled.', 'red'],
    ['Warning', 'amber'],
    ['Warning – go-live at risk', 'amber'],
  ] as Array<[string, RagState]>)('%j → %s', (status, state) => expect(read(status).state).toBe(state));
  test.each(['Unknown', 'Data only'])('%j alone says nothing: none before the date', (status) => expect(read(status).state).toBe('none'));
  describe('negative cases: the words in a sentence of their own', () => {
    test.each(['Alert raised with the police about the venue', 'Warning letters sent to all landlords'])('%j is an update', (status) =>
      expect(read(status).state).toBe('green'),
    );
  });
  test('a second status column of percentages ("Progress") is the % complete, and the note beside it is read', () => {
    const values = [
      ['Code', 'Title', 'Status', 'Progress', 'Due Date', 'Latest Note'],
      ['A1', 'Train the panel', 'OK', 0.5, 'March 2015', 'Last two courses now booked for April 2015.'],
      ['A2', 'Audit the files', 'Completed', 1, 'October 2014', 'All files audited.'],
    ];
    const numberFormats = values.map((row) => row.map((v) => (typeof v === 'number' ? '0%' : null)));
    const rows = assessGrid({ values, numberFormats }, { asOf: AS_OF }).rows;
    expect(rows.map((r) => [r.ref, r.state, r.timescale.due])).toEqual([
      ['A1', 'green', '2015-04-30'], // moved before the date came: on track for the new one
      ['A2', 'complete', '2014-10-31'],
    ]);
  });
});

describe("a risk register kept as a plan: its RAG rates the risk, not the action's progress", () => {
  const header = ['Ref', 'Action', 'Gross Score', 'Residual Score', 'RAG rating', 'Target Date', 'Progress'];
  const row = (progress: string, rag: string, due: string) => ['1', 'Train all staff in Prevent', 20, 12, rag, due, progress];
  test.each([
    ['Complete – all staff trained.', 'Red', 'March 2015', 'complete'],
    ['Not started.', 'Green', 'October 2014', 'red'],
    ['On track – 14 of 18 trained.', 'Amber', 'March 2015', 'green'],
  ])('%j beside a %s risk, due %s, is %s', (progress, rag, due, state) => {
    const a = assessGrid({ values: [header, row(progress, rag, due)] }, { asOf: '2015-01-21' }).rows[0];
    expect(a.state).toBe(state);
    expect(a.reasons[0]).toMatch(/the RAG rates the risk/);
  });
  describe('negative cases', () => {
    test('"Impact" beside the RAG is an outcome, not a risk score: the RAG is read', () => {
      const values = [
        ['No', 'Action', 'Impact', 'RAG', 'Target Date', 'Progress'],
        ['1', 'Train all staff', 'Staff confident', 'Red', 'March 2015', 'Started.'],
      ];
      expect(assessGrid({ values }, { asOf: '2015-01-21' }).rows[0].state).toBe('red');
    });
  });
});

describe('a RAG column in words beside the status column', () => {
  const withRag = (rag: string, status = 'Work under way', timescale = 'March 2015') =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress', 'RAG'],
          ['1', 'Audit', timescale, status, rag],
        ],
      },
      { asOf: AS_OF },
    ).rows[0];

  test.each([
    ['Off track', 'red'],
    ['At risk', 'amber'],
    ['Behind', 'amber'],
    ['Closed', 'complete'],
    ['On track', 'green'],
    // short forms of the colours
    ['Amb', 'amber'],
    ['Grn', 'green'],
  ] as Array<[string, RagState]>)('RAG %j beside "Work under way" → %s', (rag, expected) => {
    expect(withRag(rag).state).toBe(expected);
  });

  test('the reasons say the words came from the RAG column', () => {
    expect(withRag('Off track').reasons[0]).toBe('the RAG column says "Off track" in words');
  });

  // words with the plan's colour for them in brackets: the words are read, the colour only names them
  test.each([
    ['In Progress (amber)', 'Work under way', 'March 2015', 'green'],
    ['Not started (red)', '', 'March 2015', 'none'],
    ['Not started (red)', '', 'October 2014', 'red'], // past due
    ['Complete (green)', 'Report published', 'March 2015', 'complete'],
    ['Delayed (amber)', 'Work under way', 'March 2015', 'amber'],
    ['In Progress (amber)', 'Work under way', 'October 2014', 'amber'], // past due, not done
  ] as Array<[string, string, string, RagState]>)('RAG %j beside %j due %s → %s', (rag, status, timescale, expected) => {
    expect(withRag(rag, status, timescale).state).toBe(expected);
  });

  // the not-started marks of a RAG key ("NS", "N/S", "Grey"), with no status beside them: not started, as an empty
  // status is (red once past due)
  test.each(['NS', 'N/S', 'Grey', 'Gray'])('RAG %j with no status is none before the due date and red after', (rag) => {
    expect(withRag(rag, '').state).toBe('none');
    expect(withRag(rag, '', 'October 2014').state).toBe('red');
  });

  describe('negative cases', () => {
    // no more than an empty status, or a number with no key on the sheet: the status's words stand
    test.each([['Not started'], ['N/A'], ['1'], ['-'], ['NS'], ['Grey']])('RAG %j leaves "Work under way" green', (rag) => {
      expect(withRag(rag).state).toBe('green');
    });
  });
});

describe('a later date in the status once the plan’s own has passed: the date slipped', () => {
  test.each([
    ['December 2014', 'Now expected Q1 2015/16', '2015-06-30'],
    ['December 2014', 'Extended to end of June 2015', '2015-06-30'],
    ['October 2014', 'Planned for March 2015 Board', '2015-03-31'],
  ])('due %s, %j → amber, due %s, revised', (timescale, status, due) => {
    const r = assessRow(timescale, status);
    expect([r.state, r.timescale.due, r.overdue]).toEqual(['amber', due, false]);
    expect(r.reasons[0]).toMatch(/the date slipped$/);
  });

  // negative cases: the plan's own date has not passed, or the work is done
  test.each([
    ['March 2015', 'Now expected Q1 2015/16', 'green'],
    ['March 2015', 'Planned for June 2015 Board', 'green'],
    ['December 2014', 'Complete; report to the March 2015 Board', 'complete'],
  ])('due %s, %j → %s', (timescale, status, state) => {
    expect(assessRow(timescale, status).state).toBe(state);
  });
});

describe("a drop-down's issues, not able to, gone live, closure asked for", () => {
  test.each([
    // the values of a common drop-down ("On track | Minor issues | Major issues"), and the lead's own words
    ['Minor issues', 'amber'],
    ['On track - minor issues', 'amber'],
    ['Some issues', 'amber'],
    ['Some issues with recruitment', 'amber'],
    ['Major issues', 'red'],
    ['Significant problems with recruitment', 'red'],
    ['Serious issues with data quality', 'red'],
    // not able to do the work, said as "unable to" is
    ['We have not been able to recruit a lead', 'red'],
    ['Not able to progress', 'red'],
    ['Unable to recruit', 'red'],
    // a system or service in use
    ['Went live in October', 'complete'],
    ['The new portal went live in October', 'complete'],
    ['The portal has gone live', 'complete'],
    // the lead asks the board to close it, as "Proposed for closure"
    ['Request to close', 'complete'],
    ['Requested closure', 'complete'],
    ['Ready to close', 'complete'],
  ] as Array<[string, RagState]>)('%j due March 2015 → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  describe('negative cases', () => {
    // denied, or what the work deals with
    test.each(['No issues', 'No major issues', 'No significant problems', 'Some issues of neglect were raised at training'])(
      '%j before the due date is green',
      (status) => {
        expect(read(status).state).toBe('green');
      },
    );
    // someone unable to come to a meeting is not the work unable to go on
    test.each(['Police unable to attend the meeting', 'Not able to attend; minutes circulated', 'Health were not able to be present'])(
      '%j before the due date is green',
      (status) => {
        expect(read(status).state).toBe('green');
      },
    );
    // "Live" alone may be what is open, not what is done
    test('"Live consultation open until May" is not complete', () => {
      expect(read('Live consultation open until May').state).toBe('green');
    });
  });
});

describe('short of the target without a figure, getting worse, no evidence, moved to next year', () => {
  test.each([
    // short of the target, said in words ("Behind target" is red)
    ['Below target', 'amber'],
    ['Slightly below target', 'amber'],
    ['Performance below target', 'amber'],
    ['Under target', 'amber'],
    ['Not meeting target', 'amber'],
    ['Did not meet the target', 'amber'],
    ['Not on schedule', 'red'], // as "Not on track"
    ['Unsatisfactory progress', 'amber'],
    // getting worse
    ['Deteriorating', 'amber'],
    ['Worsening.', 'amber'],
    ['Performance has declined', 'amber'],
    ['Attendance has dropped', 'amber'],
    ['Declining performance', 'amber'],
    // the assurance asked for is not there
    ['Insufficient evidence', 'amber'],
    ['No evidence', 'amber'],
    // put into next year's plan, as "Carried forward to 2015/16 plan"
    ["Moved to next year's plan", 'amber'],
    ['Moved to next year’s plan', 'amber'],
  ] as Array<[string, RagState]>)('%j due March 2015 → %s', (status, expected) => {
    expect(read(status).state).toBe(expected);
  });

  describe('negative cases', () => {
    // a figure against its target is compared as figures (a target may be a most)
    test('"Re-referrals below target of 20%" is not short of its target in words', () => {
      expect(read('Re-referrals below target of 20%').state).toBe('green');
    });
    // what the work deals with, or a finding, not the state of the work
    test.each(['Audit of deteriorating patients under way', 'No evidence of harm found in the audit', 'Under target date review'])(
      '%j before the due date is green',
      (status) => {
        expect(read(status).state).toBe('green');
      },
    );
  });
});

describe('a completion held back says what holds it', () => {
  test.each([
    ['Completed - awaiting evidence', 'March 2015', 'green', '"Completed" but "awaiting evidence": not done yet; due 31 Mar 2015'],
    ['Complete, awaiting sign off', 'March 2015', 'green', '"Complete" but "awaiting sign off": not done yet; due 31 Mar 2015'],
    ['Criteria agreed; budget to be confirmed', 'March 2015', 'green', '"Criteria agreed" but "to be confirmed": not done yet; due 31 Mar 2015'],
    ['Agreed. Figures to be added from Q1', 'March 2015', 'green', '"Agreed" but "to be added from Q1": not done yet; due 31 Mar 2015'],
    // a word that leaves the quote hanging is dropped ("awaiting sign off by")
    [
      'Policy agreed at Board; awaiting sign off by partners',
      'March 2015',
      'green',
      '"Policy agreed at Board" but "awaiting sign off": not done yet; due 31 Mar 2015',
    ],
    ['Completed - awaiting evidence', 'October 2014', 'amber', 'past due (31 Oct 2014); "Completed" but "awaiting evidence": not done yet'],
    ['Approved subject to funding.', 'October 2014', 'amber', 'past due (31 Oct 2014); "Approved" but "subject to funding": not done yet'],
    // a draft of what the work produces still out
    [
      'Fieldwork complete; draft report with management for response.',
      'March 2015',
      'green',
      '"Fieldwork complete" but "draft report with management for response": not done yet; due 31 Mar 2015',
    ],
  ] as Array<[string, string, RagState, string]>)('%j due %s → %s, first reason %j', (status, due, state, reason) => {
    const a = read(status, due);
    expect(a.state).toBe(state);
    expect(a.reasons[0]).toBe(reason);
  });

  describe('negative cases', () => {
    // a full stop ends the completion: what follows reports the work done
    // minor changes are no bar
    test('"Approved subject to minor amendments." is complete', () => {
      expect(read('Approved subject to minor amendments.', 'October 2014').state).toBe('complete');
    });
    test('"Complete. Awaiting sign off by the Board" is complete', () => {
      expect(read('Complete. Awaiting sign off by the Board').state).toBe('complete');
    });
    // a red or amber phrase decides, and is the reason given
    test('"Completed - awaiting evidence, delayed by IT" is amber for its delay', () => {
      expect(read('Completed - awaiting evidence, delayed by IT').reasons[0]).toBe('status says "delayed"');
    });
    // only the closing of work done is awaited: open, not late, though past due
    test('"Completed – awaiting closure at PSIG" past due is green and not overdue', () => {
      const a = read('Completed – awaiting closure at PSIG', 'October 2014');
      expect([a.state, a.overdue, a.reasons[0]]).toEqual([
        'green',
        false,
        '"Completed" and "awaiting closure at PSIG": done, its closure awaited (open, not late)',
      ]);
      expect(read('Complete, pending closure', 'October 2014').overdue).toBe(false);
      // evidence or a sign-off awaited is work still to do: late
      expect(read('Completed - awaiting evidence', 'October 2014').overdue).toBe(true);
    });
    // nothing held back: the usual reason
    test('"Work under way" gives "update given"', () => {
      expect(read('Work under way').reasons[0]).toBe('update given; due 31 Mar 2015');
    });
  });
});

describe('everyone reached, part of them, in operation; a step done with more to come', () => {
  test.each([
    // everyone the work reaches
    ['All staff trained', 'complete'],
    ['All relevant staff have been trained', 'complete'],
    ['All agencies signed up', 'complete'],
    // both of the two the action names
    ['Both DDSLs trained Nov', 'complete'],
    ['Both deputies have been trained', 'complete'],
    ['Both DSLs to be trained by March', 'amber'], // still to come, past due
    // part of them
    ['All but one agency signed up', 'amber'],
    ['Most agencies have signed up', 'amber'],
    ['Some schools have signed up', 'amber'],
    // a share of it done, in words
    ['Half done', 'amber'],
    ['About half complete', 'amber'],
    ['Two thirds complete', 'amber'],
    ['Three-quarters done', 'amber'],
    // in use
    ['Operational', 'complete'],
    ['Fully operational', 'complete'],
    ['Up and running', 'complete'],
    ['In operation since April', 'complete'],
    ['MASH operational since April', 'complete'],
    ['Protocol in place since June 2014', 'complete'],
    // a step done, the rest still to come in the same breath
    ['Audit completed; action plan to be developed', 'amber'],
    ['Audit completed - action plan to be developed', 'amber'],
    ['Policy agreed; training to be delivered in April', 'amber'],
    ['Report template amended; sections to be written', 'amber'],
    ['Draft agreed; to be finalised at the next meeting', 'amber'],
    ['Complete; being rolled out to schools', 'amber'],
    // a first phase done, with what it did between ("Phase 1 training delivered"); work done so far
    ['Phase 1 training delivered to all case managers (virtually).', 'amber'],
    ['Phase one of the roll-out complete', 'amber'],
    ['34 sessions delivered in the summer term so far.', 'amber'],
    ['Sessions resumed after lockdown; 34 sessions delivered so far.', 'amber'],
    // both phases done: done
    ['Phase 1 and 2 complete', 'complete'],
    // some of the same still to run (a training programme's tracker)
    ['4 delivered, 2 to run in Q4.', 'amber'],
    ['Three sessions delivered, two more to go.', 'amber'],
    // the next of the same still to be dated
    ['October forum held; March forum date to be set.', 'amber'],
  ] as Array<[string, RagState]>)('%j due October 2014 → %s', (status, expected) => {
    expect(read(status, 'October 2014').state).toBe(expected);
  });

  // with no completion word, the state is the same either way: the reason says the words were read as part done
  test.each([
    ['Half of schools trained', 'Half of schools'],
    ['75% of staff trained', '75% of staff trained'],
    ['Halfway', 'Halfway'],
    ['Half way through', 'Half way through'],
  ])('%j is read as part done (%j)', (status, words) => {
    expect(read(status).reasons[0]).toBe(`status says "${words}": not complete, not yet due (31 Mar 2015)`);
  });

  test('the reason says what is still to come', () => {
    expect(read('Audit completed; action plan to be developed').reasons[0]).toBe('"Audit completed" but "to be developed": not done yet; due 31 Mar 2015');
  });

  describe('negative cases', () => {
    // a count, a deadline, a group named only, or done with an ongoing duty after it
    test.each(['100 staff trained', 'All staff trained by March', 'Staff trained', 'Operational group meets monthly', 'Halfway house project under way'])(
      '%j is not complete',
      (status) => {
        expect(read(status, 'October 2014').state).not.toBe('complete');
      },
    );
    test.each(['Audit complete; monitoring will continue', 'Protocol in place; reviewed annually', 'Audit completed. Action plan to be developed'])(
      '%j is complete (an ongoing duty, or another matter after a full stop)',
      (status) => {
        expect(read(status, 'October 2014').state).toBe('complete');
      },
    );
  });
});

describe('the last sentence of a narrative is the latest word on it', () => {
  test.each([
    // a subject said to be done, after sentences that report the steps
    [
      'The working group met in October and agreed the terms of reference. The protocol was completed in December and signed off by the Board in January.',
      '"The protocol was completed in December and signed off by the Board in January." says it was done',
    ],
    ['Data is now reported quarterly to the Performance sub-group. This action can be closed.', '"This action can be closed." says it was done'],
    // a completion word opening the last sentence, whatever came before
    ['Delayed by sickness. Now completed.', '"Now completed." says it was done'],
    ['Off track in the summer. Complete.', '"Complete." says it was done'],
  ])('%j is complete', (status, reason) => {
    const a = read(status, 'October 2014');
    expect(a.state).toBe('complete');
    expect(a.reasons[0]).toBe(reason);
  });

  describe('negative cases', () => {
    test.each([
      // a step after a slip or a red phrase is a step, not the action done
      ['Recruitment remains a problem and the project is behind schedule. Steering group convened in May.', 'amber'],
      // the last sentence holds what is still to do, or is still to come
      ['Report completed. Awaiting sign off.', 'amber'],
      ['Audit delayed. Will be completed in March.', 'amber'],
      ['Policy drafted. Sign off to be confirmed.', 'amber'],
      // one sentence: the first-sentence rules decide
      ['Steering group convened in May and behind schedule', 'amber'],
      // a step after words saying the work goes on (a drop-down's "In progress" read with its commentary)
      ['In progress. Audit tool agreed.', 'amber'],
      ['Work ongoing. Terms of reference agreed in March.', 'amber'],
    ] as Array<[string, RagState]>)('%j due October 2014 → %s', (status, expected) => {
      expect(read(status, 'October 2014').state).toBe(expected);
    });
  });
});

describe('done for a period', () => {
  test.each(['Achieved for 2014/15', 'Complete for this year', 'Completed for the year', 'Agreed for 2015'])('%j is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });

  describe('negative cases', () => {
    // "for" what it is for, not when: a step on the way
    test.each(['Approved for consultation', 'Complete for review', 'Agreed for circulation to partners'])('%j is not complete', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
  });
});

test('"Working towards full implementation" says the work goes on', () => {
  expect(read('Working towards full implementation by 2016', 'October 2014').reasons[0]).toBe('past due (31 Oct 2014) and the status does not say complete');
  expect(read('Working towards full implementation by 2016', 'October 2014', { percent: 100 }).contradiction).toMatch(/100% complete but/);
});

describe('the training or event the action asks for attended, with when', () => {
  test.each([
    ['Attended 14 November 2014.', 'December 2014', 'complete'],
    ['Attended on 3/11/14', 'December 2014', 'complete'],
    ['Attended in November', 'December 2014', 'complete'],
    ['Attended 1st of December', 'December 2014', 'complete'],
    // the first sentence of the status, another after it
    ['Attended 21/11/14. Fed back to the governing body in December.', 'November 2014', 'complete'],
  ] as Array<[string, string, RagState]>)('%j (due %s) → %s', (status, timescale, state) => {
    expect(read(status, timescale).state).toBe(state);
  });

  describe('negative cases', () => {
    // a count of a duty's rounds, not a date: this round done, the duty goes on
    test.each([
      ['Attended 3 of 3 panels this quarter.', 'Monthly'],
      ['Attended 2 of the 4 meetings', 'December 2015'],
    ])('%j (%s) is not complete', (status, timescale) => {
      expect(read(status, timescale).state).not.toBe('complete');
    });
  });
});

describe('ticks and crosses, off target or course, made part of what services do', () => {
  test.each([
    // a tick as the mark of done, alone or before the word
    ['✅', 'March 2015', 'complete'],
    ['✔️', 'March 2015', 'complete'],
    ['✔ Complete', 'March 2015', 'complete'],
    ['✓ Achieved', 'March 2015', 'complete'],
    ['✔ - Completed March 2015', 'March 2015', 'complete'],
    // a Status column's tick read with the progress column beside it (joined as "✅. <progress>")
    ['✅. Signed off by the DfE and NHS England in July.', 'March 2015', 'complete'],
    ['✔️; policy published', 'October 2014', 'complete'],
    // symbols a tracker's key gives words: a white, black or grey mark is not started, a warning sign at risk
    ['⚪', 'March 2015', 'none'],
    ['⚪', 'October 2014', 'red'],
    ['⚫️', 'October 2014', 'red'],
    ['⬜', 'March 2015', 'none'],
    ['⚪. Consultation to begin in the spring.', 'March 2015', 'none'],
    ['⚠️', 'March 2015', 'amber'],
    ['⚠. 18 of 24 schools signed up.', 'March 2015', 'amber'],
    // "Standing item": on every agenda, nothing said of this round (read as an empty status)
    ['Standing item', 'Each meeting', 'none'],
    ['Standing agenda item', 'October 2014', 'red'],
    // a cross alone: nothing done yet, read as an empty status (red once past due)
    ['✗', 'March 2015', 'none'],
    ['❌', 'October 2014', 'red'],
    ['✘', 'October 2014', 'red'],
    // "Open" alone (a log's word for a row not yet closed) says nothing of progress: read as an empty status
    ['Open', 'October 2014', 'red'],
    ['Still open', 'March 2015', 'none'],
    ['Open – awaiting assurance', 'October 2014', 'amber'], // something said: not empty
    // an audit tracker's "Outstanding": the recommendation not yet implemented, nothing more said
    ['Outstanding', 'October 2014', 'red'],
    ['Outstanding', 'March 2015', 'none'],
    ['Outstanding – new system live in April', 'October 2014', 'amber'], // something said: not empty
    // a performance system's "Assigned" / "Unassigned": whether an officer has it, nothing done
    ['Assigned', 'March 2015', 'none'],
    ['Unassigned', 'October 2014', 'red'],
    ['Not allocated', 'March 2015', 'none'],
    ['Assigned to the MASH manager; scoping under way', 'March 2015', 'green'], // something said: not empty
    // not on target or course: red, as "Not on track" and "Off target"
    ['Not on target', 'March 2015', 'red'],
    ['Not on course', 'March 2015', 'red'],
    ['Off course', 'March 2015', 'red'],
    // made part of what services do anyway: closed, as "Business as usual"
    ['Mainstreamed', 'March 2015', 'complete'],
    ['Mainstreamed into core business', 'March 2015', 'complete'],
    ['Now part of normal practice.', 'March 2015', 'complete'],
    ['Part of core business', 'March 2015', 'complete'],
  ] as Array<[string, string, RagState]>)('%j (due %s) → %s', (status, timescale, state) => {
    expect(read(status, timescale).state).toBe(state);
  });

  describe('negative cases', () => {
    test.each([
      // a tick before words that say otherwise: the words are read
      ['✓ In progress', 'a tick before words saying the work goes on'],
      ['✅; awaiting sign off by the Board', 'a tick, then something still to do in the same breath'],
      ['Standing item. Scorecard to be presented in February.', 'a standing item with something said of this round'],
      ['On course', 'on course is on track'],
      ['On target', 'on target is on track'],
    ])('%j is green (%s)', (status) => {
      expect(read(status).state).toBe('green');
    });
    test('"Part of core business planning to be reviewed": core business named as the subject of what is still to come, which has not started', () => {
      expect(read('Part of core business planning to be reviewed').state).toBe('none');
    });
    test('"Mainstreamed funding to be agreed": an adjective on what is still to come, which has not started', () => {
      expect(read('Mainstreamed funding to be agreed').state).toBe('none');
    });
    test('"Mainstreamed" in a sentence that names more to come is not closed', () => {
      expect(read('Mainstreamed funding to be agreed').closed).toBeNull();
    });
  });
});

describe('a subject said to be updated, revised, rolled out or sent out: done', () => {
  test.each([
    'Procedures updated',
    'Policy revised in December',
    'Leaflet refreshed and distributed to GP surgeries',
    'Terms of reference amended',
    'Toolkit developed',
    'Protocol rolled out to all teams',
    'Newsletter disseminated to partners',
    'Posters printed and sent out',
    'New referral form introduced in November',
    'Checklist in use from 1 March 2013.',
    // sent out again: a whole act, nothing left to send
    'Guidance re-circulated in the November GP safeguarding newsletter',
    'Leaflet reissued to all surgeries',
    'Briefing re-sent out to partners',
    // a longer subject said in so many words to have been done
    '- An evaluation and impact report on the second phase was produced after delivery.',
    'A report on the findings of the audit was presented to the Board in May',
  ])('%j (past due) is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });

  describe('negative cases', () => {
    test.each([
      ['Procedures to be updated', 'still to come'],
      ['Protocol being rolled out to schools', 'still going on'],
      ['Policy updated and awaiting sign off', 'held up'],
      ['Developed a draft for consultation', 'an object follows the verb: no subject is said to be done'],
      ['Executive established and now driving the agenda', 'a body set up is a step (not a claim verb)'],
      ['Policy drafted', 'a draft is not the work done'],
      ['Not in use', 'denied'],
      ['Guidance circulated', 'a first circulation is a step ("Agreed dates have been circulated")'],
      ['Guidance to be re-circulated', 'still to come'],
      ['No longer in place', 'denied'],
      ['The first of the three planned sessions for practitioners was delivered', 'one of three: part done'],
      ['Young Advisors from the youth council have completed a questionnaire', 'an object follows the verb'],
      ['The new multi-agency threshold document for early help will be launched in May', 'still to come'],
      // a step done, with the next stage booked or on its way in the same breath
      ['Audit tool agreed with health and social care; first audit planned for October', 'the next stage is planned'],
      ['Service specification agreed; tender to go out in July.', 'the next stage is to go out'],
      ['Scoping is complete and the framework is being drafted', 'the work goes on after the claim'],
    ])('%j (past due) is not complete (%s)', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
  });
});

test('a forward plan\'s "Presented." (the item taken at its meeting) is done; "Presented for approval; awaiting the decision" is not yet', () => {
  expect(read('Presented.', 'October 2014').state).toBe('complete');
  expect(read('Presented – first meeting as a standing item.', 'October 2014').state).toBe('complete');
  expect(read('Presented for approval; awaiting the decision.', 'October 2014').state).not.toBe('complete');
});

describe("an audit tracker's follow-up words", () => {
  test.each([
    // the implementation checked
    ['Verified', null],
    ['Verified by internal audit', null],
    // agreed, then done
    ['Actions agreed and implemented', null],
    ['Recommendation accepted and implemented', null],
    // closed without being done: overtaken, or a risk management chose to carry
    ['Overtaken by events', 'Overtaken by events'],
    ['Risk accepted', 'Risk accepted'],
    ['Risk accepted by management', 'Risk accepted'],
  ])('%j (past due) is complete, closed %j', (status, closed) => {
    const a = read(status, 'October 2014');
    expect([a.state, a.closed]).toEqual(['complete', closed]);
  });

  describe('negative cases', () => {
    // an action agreed with management is the plan, not the work done
    test.each(['Management action agreed', 'Revised action agreed', 'Action agreed', 'Response agreed with the service'])(
      '%j (past due) is amber: agreed, not done',
      (status) => {
        expect(read(status, 'October 2014').state).toBe('amber');
      },
    );
  });
});

describe('a claim in the clause after a semicolon or a dash, in one sentence', () => {
  test.each([
    [
      'Procedure reviewed; revised version approved by the Board on 14 January and published.',
      '"revised version approved by the Board on 14 January and published." says it was done',
    ],
  ])('%j (past due) is complete', (status, reason) => {
    const a = read(status, 'October 2014');
    expect([a.state, a.reasons[0]]).toEqual(['complete', reason]);
  });

  describe('negative cases', () => {
    test.each([
      ['Audit completed; action plan to be developed', 'still to come'],
      ['Behind schedule; protocol signed off in May', 'a slip before it'],
      ['Work ongoing; terms of reference agreed', 'the work goes on'],
    ])('%j (past due) is not complete (%s)', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
  });
});

describe('"late" of the action, not of what others sent', () => {
  test.each(['Running late', 'Running late as staff are off', 'Running late this quarter', 'Project had a late start', 'Report was late'])(
    '%j is amber: status says "late"',
    (status) => {
      expect(read(status, 'March 2015').reasons[0]).toMatch(/^status says "[Ll]ate"/);
    },
  );

  describe('negative cases', () => {
    test.each([
      ['Most late assessments are down to missed appointments', 'the assessments are late, not the action'],
      ['Late returns from schools are being chased', 'the returns are late'],
    ])('%j: "late" is not read (%s)', (status) => {
      expect(read(status, 'March 2015').reasons.join('; ')).not.toMatch(/says "[Ll]ate"/);
    });
  });
});

describe('a part done before a part not started: part done, not nothing done', () => {
  test.each([
    ['Mapping complete. Commissioning of the gaps not started.', 'October 2014', 'amber'],
    ['Mapping complete. Commissioning of the gaps not started.', 'March 2015', 'green'],
    ['Framework agreed; audits not started until the tool is ratified.', 'October 2014', 'amber'],
    // or beside words saying the work is under way (a drop-down's "In progress" before the commentary)
    ['In progress. Legal advice received May. DPIA not yet started.', 'March 2015', 'green'],
    ['In progress. Legal advice received May. DPIA not yet started.', 'October 2014', 'amber'],
    ['In progress. a) training delivered b) seminar delivered c) not yet started', 'March 2015', 'green'],
    ['Ongoing. Project running since January; evaluation not yet started.', 'October 2014', 'amber'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, state) => {
    const r = read(status, due);
    expect(r.state).toBe(state);
    expect(r.reasons[0]).toContain('part done');
  });
  describe('negative cases', () => {
    test.each([
      ['Not started. Scoping complete.', 'October 2014', 'red', '"Not started" opening: the whole work'],
      ['Commissioning not started.', 'October 2014', 'red', 'nothing said done'],
      ['Commissioning not started. Mapping complete.', 'October 2014', 'red', 'the claim after it'],
      ['In progress. Not yet started.', 'October 2014', 'red', '"Not yet started" naming no part'],
      ['Not yet started. In progress from April.', 'October 2014', 'red', '"Not yet started" opening: the whole work'],
      ['DPIA not yet started. In progress from April.', 'October 2014', 'red', 'the work under way only after the part'],
      ['Legal advice received May. DPIA not yet started.', 'October 2014', 'red', 'nothing says the work is under way'],
    ] as Array<[string, string, RagState, string]>)('%j due %s → %s (%s)', (status, due, state) => {
      expect(read(status, due).state).toBe(state);
    });
    test('"Not started." naming no part, after a claim: not read as a part not started', () =>
      expect(read('Scoping complete. Not started.', 'October 2014').reasons.join('; ')).not.toContain('part done'));
  });
});

describe('"overdue" of the action, not of what the work deals with', () => {
  test.each(['Action overdue; report delayed', 'Overdue as the post is vacant', 'Now overdue', '3 overdue actions remain'])(
    '%j is amber: status says "overdue"',
    (status) => {
      expect(read(status, 'March 2015').reasons.join('; ')).toMatch(/"[Oo]verdue"/);
      expect(read(status, 'March 2015').state).toBe('amber');
    },
  );
  describe('negative cases', () => {
    test.each([
      ['Overdue visits down from 212 to 64 at the end of April.', 'the visits the action reduces'],
      ['Overdue reviews cleared with the extra staff', 'the reviews are overdue, not the action'],
    ])('%j: "overdue" is not read (%s)', (status) => {
      expect(read(status, 'March 2015').reasons.join('; ')).not.toMatch(/says "[Oo]verdue"/);
    });
  });
});

describe('with no date, words saying only what is awaited or still to be arranged: not started', () => {
  test.each([
    'Awaiting the statutory guidance.',
    'To be piloted in selected forces first; Dorset not in the first pilot. Awaiting the statutory guidance.',
    'Statutory guidance not yet published.',
    'Specific updates to be scheduled in as required',
    'Waiting for the commissioning decision',
    // only the decision to do it
    'The group agreed the production of a good practice guide on neglect.',
    'Agreed to develop a multi-agency pathway.',
    // the progress still to come is not progress made
    'Awaiting the CPS revised guidance before this can progress.',
    // the first piece of the work waiting on something else
    'Terms of reference to be drafted once the 2015/16 budget is confirmed.',
    // what came to the board, not work done on it; work still to be done
    'AFI received February 2016; action plan to be agreed by Chief Officer Group.',
    'Letter not yet sent; awaiting the legal advice.',
    // when the work is to happen still to be settled
    'Date tbc',
    // nothing to do until something else is done
    'N/A until GCP roll out complete',
    'NA pending the new framework',
    // the work hanging on what other work finds
    'Subject to outcome of trial above',
    // what the work waits on, said to be still awaited, or the law it waits on still before Parliament
    'Act received Royal Assent in May 2019; the draft Code of Practice and regulations are still awaited.',
    'National guidance still awaited.',
    'The Bill is still before Parliament.',
    'Not yet due. The Bill is still going through Parliament.',
  ])('%j (no date) is none', (status) => {
    expect(read(status, 'TBC').state).toBe('none');
  });
  // negative case: a word that opens with the letters of "N/A" is not it
  test('"Nation until ..." is an update, not waiting', () =>
    expect(read('National guidance followed until the review; audit done', 'TBC').state).not.toBe('none'));
  // negative case: beside a share of the work done, waiting is work held up, not work not started
  test('"Waiting on someone else" at 50% complete, not yet due, is green (under way), not none', () => {
    expect(read('Waiting on someone else', 'March 2015', { percent: 50 }).state).toBe('green');
    expect(read('Waiting on someone else', 'March 2015').state).toBe('none');
  });
  // waiting for the event the timescale depends on (a national review's local plan: "Dependent on the DfE response")
  test('"Awaiting the Government\'s response to the review." beside "Dependent on the DfE response" is none', () =>
    expect(read("Awaiting the Government's response to the review.", 'Dependent on the DfE response').state).toBe('none'));
  // beside ongoing or recurring work: nothing to rate this round
  test.each([
    ["Awaiting the outcome of the DfE's consultation on a register of children not in school.", 'Ongoing'],
    ['Q3 data not yet available from the PCT; to be reported at Q4.', 'Quarterly'],
  ])('%j beside %j is none', (status, timescale) => {
    expect(read(status, timescale).state).toBe('none');
  });
  test.each(['Awaiting the statutory guidance.', 'Learning events to be held later in the year; dates to be confirmed'])(
    '%j (not yet due) is none',
    (status) => {
      expect(read(status, 'March 2015').state).toBe('none');
    },
  );

  describe('negative cases', () => {
    test.each([
      ['Awaiting the statutory guidance.', 'October 2014', 'amber', 'past due: the date decides'],
      ['Awaiting sign off', 'TBC', 'green', 'the work done, waiting to be approved'],
      ['Policy drafted, subject to approval by the Board', 'TBC', 'green', 'the work done, waiting to be approved'],
      ['On track. Dates to be agreed.', 'March 2015', 'green', 'on track'],
      ['Report to Board. Done. February 2015 to be agreed.', 'March 2015', 'green', 'a sentence says something was done'],
      ['Awaiting comments from partners', 'March 2015', 'green', 'the work done, waiting for comments'],
      ['Draft in progress, awaiting comments', 'TBC', 'green', 'under way'],
      ['Completed - awaiting evidence', 'TBC', 'green', 'done, held back: not "not started"'],
      ['Awaiting sign off; behind schedule', 'TBC', 'amber', 'a slip is said'],
      ['Draft written; awaiting the DfE response', 'Dependent on the DfE response', 'green', 'under way, beside an event'],
      ['Draft written; awaiting the DfE response', 'Ongoing', 'green', 'under way, beside ongoing work'],
      ['Policy not yet published', 'TBC', 'none', 'waiting (the claim verb after "not yet" is no claim)'],
      ['Agreed the production of a guide; first draft being written', 'TBC', 'green', 'under way after the decision'],
      ['Awaiting the revised guidance; work has progressed on the draft', 'TBC', 'green', 'progress made'],
      ['The guide the group agreed to produce was published in May', 'TBC', 'green', 'the thing agreed, then made: not "not started"'],
      ['Report written; to be published once signed off', 'TBC', 'green', 'the work done, its publication waiting'],
      // pieces of the work reported done before what is awaited: under way
      ['Letter to partners sent 05/08. Police and CCG agreed contributions, awaiting NPS + MFRS', 'Sept 2022', 'green', 'under way, two still awaited'],
      ['Two sessions delivered (Sept and Nov 2022). Further dates to be arranged for 2023/24', 'Ongoing', 'green', 'sessions held'],
      ['First meeting with the Children in Care Council held 14 May; design to be agreed at the July meeting.', 'March 2015', 'green', 'a meeting held'],
      ['Refresher delivered to 40 staff; date tbc for the rest', 'March 2015', 'green', 'sessions delivered, the rest to be dated'],
      // still awaited: the work done and waiting to be approved, or pieces done before it
      ['Policy drafted; sign off still awaited.', 'TBC', 'green', 'the work done, its sign off awaited'],
      ['Approval still awaited', 'TBC', 'green', 'the work done, its approval awaited'],
      ['Feedback still awaited from two agencies.', 'TBC', 'green', 'the work done, feedback awaited'],
      ['Letter sent to the DfE in May; reply still awaited.', 'TBC', 'green', 'a piece of the work done before it'],
      ['The Bill is still before Parliament.', 'October 2014', 'amber', 'past due: the date decides'],
    ])('%j (%s) is %s (%s)', (status, timescale, state) => {
      expect(read(status, timescale).state).toBe(state);
    });
  });
});

describe('"Met" as a status drop-down\'s word, before the progress written after it', () => {
  test.each(['Met. Register audited by the governor in January; all checks in place.', 'Met', 'Target met. Reported to the Board in March.'])(
    '%j is complete',
    (status) => {
      expect(read(status, 'October 2014').state).toBe('complete');
    },
  );
  test.each(['Met with the police in March.', 'Not met. Two checks missing.'])('%j is not complete', (status) => {
    expect(read(status, 'October 2014').state).not.toBe('complete');
  });
});

describe('done, in plain words (an easy read plan)', () => {
  test.each(['We have done this.', 'We have done this. We told the Partnership Board in July.', 'This is done.', 'We did it!'])('%j is complete', (status) => {
    expect(read(status, 'October 2014').state).toBe('complete');
  });
  // the thing made, in the first person (a care leavers' "You said… | We are doing…" plan)
  test.each([
    ['We have recruited two more personal advisers, so caseloads are down to 20.', 'We have recruited'],
    ['We have opened a drop-in every Wednesday afternoon.', 'We have opened'],
    ['We have now set up a young people’s panel.', 'We have now set up'],
  ])('%j is complete', (status, lead) => {
    expect(read(status, 'October 2014').reasons[0]).toBe(`status opens with "${lead}"`);
  });
  describe('negative cases', () => {
    test.each([
      ['We have started a review of the allowances.', 'begun, not done'],
      ['We have been talking to the Care Leavers Forum.', 'going on'],
      ['We have set up to meet monthly', 'what it is for, not the thing made'],
    ])('%j is not complete (%s)', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
    test.each([
      ['We have not done this yet.', 'denied'],
      ['We have done this in 3 of 5 areas.', 'a part, with more after it'],
      ['We have done some of this.', 'a part'],
    ])('%j is not complete (%s)', (status) => {
      expect(read(status, 'October 2014').state).not.toBe('complete');
    });
  });
});

describe('words saying only what is still to be done: not started, red once past due', () => {
  test.each([
    // (a school's Prevent plan, a Section 75 plan, a parish tracker, a Prevent checklist, a drugs partnership's plan)
    ['Visiting speaker checking procedure to be written.', 'October 2014', 'red'],
    // in the first person, as a plan written for young people says it
    ['We will write a leaflet about supported lodgings with you.', 'October 2014', 'red'],
    ['We will set up a drop-in.', 'March 2015', 'none'],
    ['Visiting speaker checking procedure to be written.', 'March 2015', 'none'],
    ["Annual filtering and e-safety review to be carried out with the LA's IT service.", 'March 2015', 'none'],
    ['Policy to be reviewed in line with the KCSIE changes.', 'March 2015', 'none'],
    ['This will be taken forward as part of the review of the Equality Scheme in 2017.', 'March 2015', 'none'],
    ['To be written in March.', 'March 2015', 'none'],
    ['Dates to be set once the new council is in place.', 'March 2015', 'none'],
    ['Framework to be joined from April 2024.', 'TBC', 'none'],
    ['Evaluation to follow a full year of flags.', 'March 2015', 'none'], // (York's early help plan)
    ['Evaluation to follow a full year of flags.', 'October 2014', 'red'],
    // every sentence says only what is to come
    ['Policy to be reviewed. Staff to be consulted.', 'October 2014', 'red'],
    // the work still to be taken up, talked over or built in
    ['To be discussed at Dec meeting.', 'March 2015', 'none'],
    ['To be picked up by the panel', 'March 2015', 'none'],
    ['To be built into 23/24 timetables', 'March 2015', 'none'],
    ['Data to be pulled from Mosaic once GCP2 form is live', 'March 2015', 'none'],
    // the work said only to be planned
    ['Recruitment campaign with local faith groups being planned.', 'March 2015', 'none'],
    ['Recruitment of additional Quality Assurance staff is planned', 'October 2014', 'red'],
    // the first round of the work named with when it comes, nothing said done
    ['First session booked for 21 April 2015.', 'April 2015', 'none'],
    ['First report (Nov figures) to January meeting.', 'March 2015', 'none'],
    // a tracker's word that says nothing of the work ("Not yet due", "Open"), then commentary saying only what is to come
    ['Not yet due. First report to March cttee', 'March 2015', 'none'],
    ['Not yet due. To be scoped early 2015.', 'March 2015', 'none'],
    ['Not due yet; policy to be reviewed in line with the KCSIE changes.', 'March 2015', 'none'],
    ['Open. Visiting speaker checking procedure to be written.', 'March 2015', 'none'],
    ['Open – procedure to be written.', 'October 2014', 'red'],
    // only the outcome denied, past its date: nothing said done
    ['Not Yet Delivered', 'October 2014', 'red'],
    ['Not yet achieved.', 'October 2014', 'red'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(read(status, due).state).toBe(expected);
  });
  test('the reason says so', () => {
    expect(read('Visiting speaker checking procedure to be written.', 'October 2014').reasons[0]).toBe(
      'past due (31 Oct 2014) and the status says only what is still to be done ("Visiting speaker checking procedure to be written")',
    );
  });

  describe('negative cases', () => {
    test.each([
      // the work done, waiting on a meeting or a signature
      ['Report to be presented to the March Board.', 'October 2014', 'amber', 'the work done, to be presented'],
      ['Strategy to be signed off in January.', 'March 2015', 'green', 'the work done, to be signed off'],
      // something else said of the work
      ['Draft written. Policy to be reviewed in line with KCSIE.', 'March 2015', 'green', 'a sentence says work was done'],
      ['Policy to be reviewed; on track.', 'March 2015', 'green', 'on track'],
      ['Policy to be reviewed but delayed by staff absence.', 'March 2015', 'amber', 'a slip is said'],
      ['Good progress; toolkit to be launched next.', 'March 2015', 'green', 'progress is said'],
      ['Training delivered; evaluation to follow.', 'March 2015', 'complete', 'a claim of the work done'],
      ['Training delivered; refresher is planned', 'March 2015', 'green', 'a sentence says work was done'],
      ['First report presented to the SAB in September.', 'March 2015', 'complete', 'the first round done'],
      ['Not yet delivered - venue booked for March.', 'October 2014', 'amber', 'more is said: a new date'],
      ['Not Yet Delivered', 'March 2015', 'green', 'not yet due'],
      ['Partially delivered', 'October 2014', 'amber', 'part done'],
      // a recurring action's next round
      ['To be reviewed at the next meeting.', 'Quarterly', 'green', 'the action recurs'],
      // not future: done, or under way
      ['Procedure written and to be circulated.', 'March 2015', 'green', 'written: done, its circulation to come'],
      // the first person going on, not to come
      ['We will continue to meet monthly with the Forum.', 'October 2014', 'amber', 'going on, past due'],
      // a tracker's word that says nothing, then commentary that says more than what is to come
      ['Not yet due. Terms of reference agreed; first meeting to be arranged.', 'March 2015', 'green', 'a step done is said'],
      ['Not yet due. Policy drafted.', 'March 2015', 'green', 'a step done is said'],
      ['Open. Policy to be reviewed; on track.', 'March 2015', 'green', 'on track'],
      ['Overdue. Policy to be reviewed.', 'October 2014', 'amber', '"Overdue" is slippage, not a word that says nothing'],
      // a first sentence of more words than a drop-down's: read as it stands
      ['The group has not yet met and is due in March. Policy to be reviewed.', 'March 2015', 'green', 'a sentence says more'],
    ])('%j (%s) is %s (%s)', (status, timescale, state) => {
      expect(read(status, timescale).state).toBe(state);
    });
  });
});

describe('"No local action required": nothing outstanding, closed', () => {
  test('as "No further action required" is', () => {
    expect([read('No local action required.', 'N/A').state, read('No local action required.', 'N/A').closed]).toEqual(['complete', 'No local action required']);
  });
  test('"No action taken" is not closed', () => {
    expect(read('No action taken', 'March 2015').closed).toBeNull();
  });
});

describe('a round done, with the next one named and due by the deadline: this round is still to come', () => {
  const rowOf = (status: string, timescale: string, asOf = '2025-01-31') =>
    assessGrid(
      {
        values: [
          ['Action', 'Person responsible', 'progress report', 'Deadline'],
          ['Review the risk assessment annually', 'Head of Risk', status, timescale],
        ],
      },
      { asOf },
    ).rows[0];
  test('"reviewed and updated Oct 2024; next review June 2025", due 30 June 2025: green, not complete', () => {
    const r = rowOf('Risk assessment reviewed and updated Oct 2024; next review June 2025', '30 June 2025');
    expect(r.state).toBe('green');
    expect(r.reasons[0]).toContain('"next review June 2025" is still to come');
  });
  describe('negative cases', () => {
    test.each([
      ['Policy reviewed and updated Oct 2024; next review due March 2026', '31 December 2024', 'the next round is after the deadline: the next cycle'],
      ['Policy reviewed and updated Oct 2024', '30 June 2025', 'no next round named'],
      ['Policy reviewed and updated Oct 2024; next review January 2025', '30 June 2025', 'the next round already past: no more to say'],
    ])('%j, due %s: complete (%s)', (status, timescale) => {
      expect(rowOf(status, timescale).state).toBe('complete');
    });
  });
});

// an inspectorate's recommendations with the body's response (a prison's HMIP action plan: "Agreed / Partly Agreed /
// Not Agreed"): one not agreed has nothing outstanding on it
describe('a recommendation "Not Agreed" in an "Agreed/Partly Agreed/Not Agreed" column', () => {
  const states = (agreed: string) =>
    assessGrid(
      {
        values: [
          ['No.', 'Recommendation', 'Agreed/Partly Agreed/Not Agreed', 'Response', 'Responsible Owner', 'Target Date', 'Status'],
          ['1', 'Reduce crowding', agreed, 'Crowding is the result of population levels that exceed capacity.', 'Governor', 'December 2019', null],
        ],
      },
      { asOf: '2020-03-31' },
    ).rows.map((r) => [r.state, r.reasons[0]]);
  test.each(['Not Agreed', 'Not accepted', 'Rejected'])('"%s": closed', (word) =>
    expect(states(word)).toEqual([['complete', 'closed: "Recommendation declined" (no longer an open action)']]),
  );
  describe('negative cases', () => {
    test.each(['Agreed', 'Partly Agreed', 'Not agreed yet – to the May board'])('"%s": the action is read as usual', (word) =>
      expect(states(word)[0][0]).not.toBe('complete'),
    );
  });
  // the answers listed in other words or spacing (an immigration removal centre's HMIP action plan)
  test.each(['Accepted / Partially Accepted / Not Accepted', 'Agreed / Partially agreed / Not agreed', 'Accepted / Rejected'])(
    '"%s" over "Not Accepted": closed',
    (header) => {
      const a = assessGrid(
        {
          values: [
            ['Rec No.', 'Recommendation', header, 'Action', 'Action owner', 'Target date', 'Status'],
            ['4', 'Detainees should have access to the internet', 'Not Accepted', 'Not consistent with the security policy.', null, null, null],
          ],
        },
        { asOf: '2023-03-31' },
      );
      expect(a.rows.map((r) => r.state)).toEqual(['complete']);
    },
  );
  test.each(['Accepted / Partially Accepted / Not Accepted', 'Accepted/Rejected'])('%j is the agreed column', (header) =>
    expect(matchHeader(header)).toBe('agreed'),
  );
  describe('negative cases: headers that list no answers', () => {
    test.each(['Accepted', 'Agreed actions', 'Accepted / Owner'])('%j is not the agreed column', (header) => expect(matchHeader(header)).not.toBe('agreed'));
  });
});

describe('a status opening with a completion word, then a step made ready for the work: done, the step how', () => {
  // as of 21 January 2015, due December 2014 (a drop-down's "Complete" read with the commentary after it)
  const row = (action: string, status: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ['1.2', action, 'Dec 2014', status],
        ],
      },
      { asOf: AS_OF },
    ).rows[0];
  test.each([
    ['Set up a VAWG delivery board', 'Complete. Board established in September; terms of reference agreed in October.'],
    ['Set up a VAWG delivery board', 'Complete. Terms of reference agreed in October.'],
    ['Multi-agency audit of unborn babies on child protection plans', 'Completed. Audit tool agreed.'],
  ])('%j: %j → complete', (action, status) => {
    expect(row(action, status).state).toBe('complete');
  });
  describe('still a step', () => {
    test.each([
      ['Multi-agency audit of unborn babies on child protection plans', 'Audit tool agreed.', 'no completion word'],
      ['Multi-agency audit of unborn babies on child protection plans', 'In progress. Audit tool agreed.', 'in progress'],
      ['Multi-agency audit of unborn babies on child protection plans', 'Board met. Audit tool agreed.', 'a claim, not a completion word, first'],
    ])('%j: %j → amber (%s)', (action, status) => {
      expect(row(action, status).state).toBe('amber');
    });
  });
});

describe('rows whose words differ only in what is said beside the phrases read alike in one plan: each read for its own', () => {
  // (a plan's rows that read alike share one verdict, by the phrases found: what is said beside them is part of that)
  const states = (statuses: string[], due = 'March 2015') =>
    assessGrid(
      { values: [['Ref', 'Action', 'Timescale', 'Progress'], ...statuses.map((s, i) => [String(i + 1), 'Action', due, s])] },
      { asOf: AS_OF },
    ).rows.map((r) => r.state);
  test.each([
    [
      ['On target. 79% of assessments in timescale (target 85%).', '79% of assessments in timescale (target 85%).'],
      ['green', 'amber'],
    ],
    [
      ['79% of assessments in timescale (target 85%).', 'On target. 79% of assessments in timescale (target 85%).'],
      ['amber', 'green'],
    ],
    [
      ['In progress. DPIA not yet started.', 'DPIA not yet started.'],
      ['green', 'none'],
    ],
    [
      ['DPIA not yet started.', 'In progress. DPIA not yet started.'],
      ['none', 'green'],
    ],
  ] as Array<[string[], RagState[]]>)('%j → %j', (statuses, expected) => {
    expect(states(statuses)).toEqual(expected);
  });
  test("the reasons quote each row's own words", () => {
    const rows = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ['1', 'Action', 'March 2015', 'In progress. DPIA not yet started.'],
          ['2', 'Action', 'March 2015', 'Under way. DPIA not yet started.'],
        ],
      },
      { asOf: AS_OF },
    ).rows;
    expect(rows.map((r) => r.reasons[0])).toEqual([
      '"In progress" but "not yet started": part done; due 31 Mar 2015',
      '"Under way" but "not yet started": part done; due 31 Mar 2015',
    ]);
  });
});
