import { classifyStatus, type RagState } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

const AS_OF = '2015-01-21';
const state = (status: string, timescale = 'March 2015', rag = '') => classifyStatus({ status, rag, timescale: parseTimescale(timescale), asOf: AS_OF }).state;

describe('completion: what counts', () => {
  test.each([
    ['Complete', 'complete'],
    ['Complete see minutes, CSCB minutes and reports.', 'complete'],
    ['Done.  February 2015 to be agreed.', 'complete'],
    ['Actioned.', 'complete'],
    ['Protocol Agreed.  Workplan agreed for HWBB, CYPPE, CSCB.', 'complete'],
    ['Completed and agreed at December 2014 CSCB', 'complete'],
    ['Complete – see strategy and review in December 2014', 'complete'],
    ['SCR Framework completed.  Due to be officially signed off at January 2015 Board.', 'complete'],
    ['Report Completed in November 2014.  Further analysis reported to October Board.', 'complete'],
    ['Published in October 2015.', 'complete'],
    ['Programme Complete and updated monthly at MAAG', 'complete'],
    ['12/09/16: Completed and signed off', 'complete'], // a dated update prefix is set aside
    // with the time and author an incident system writes after the date (Datix, Ulysses)
    ['27/03/2024 16:20 L Okafor: Group supervision held 25/03/2024 with the named nurse.', 'complete'],
    ['27/03/2024 16:20: Policy published on the intranet.', 'complete'],
    // a tick alone
    ['✓', 'complete'],
    ['✔', 'complete'],
    ['☑', 'complete'],
    ['Update Jan 2015 - Complete', 'complete'],
    ['Relaunched at conference 12/06/2014', 'complete'],
    ['Launched in May 2014', 'complete'],
    ['Rolled out to all schools in September', 'complete'],
    ['Adopted by the Board in July 2014', 'complete'],
    ['Agreed at Board 12/03/14', 'complete'],
    ['Report presented to Board in March', 'complete'],
    ['Action complete, monitoring continues', 'complete'],
    ['No further action required', 'complete'], // closed: nothing outstanding
    ['Now business as usual', 'complete'],
    ['BAU', 'complete'],
    ['This is now business as usual', 'complete'], // after a short subject
    ['The audit programme has become business as usual.', 'complete'],
    ['Training is now part of BAU', 'complete'],
    ['Work moved into BAU in March', 'complete'],
    ['Target exceeded', 'complete'],
    ['Targets have been exceeded this quarter', 'complete'],
    ['Complete. Awaiting sign off by the Board', 'complete'], // a new sentence: the work is reported done
    ['Complete - see minutes. Awaiting sign off by the Board', 'complete'],
    ['Completed – ongoing monitoring', 'complete'],
    ['Training delivered to 100% of staff', 'complete'],
    ['Exceeded', 'complete'],
    ['Fully compliant', 'complete'], // an audit tracker's standard met
    ['Compliant.', 'complete'],
    ['Duplicate of 1.4', 'complete'], // closed: kept under another action
    ['Duplicated in action 3.2', 'complete'],
    // the lead reports it done and asks the board to close it, or gives the evidence asked for
    ['Recommend closure', 'complete'],
    ['Recommended for closure - evidence attached', 'complete'],
    ['Ready for closure', 'complete'],
    ['Can be closed', 'complete'],
    ['Evidence provided', 'complete'],
    ['Assurance received from all agencies', 'complete'],
    // what the action set up has run since a date gone by
    ["CP-IS live in the Trust's minor injury unit since 12 March 2014.", 'complete'],
    ['Second-reviewer sign-off is now built into the case management system, live in all regions since September 2014.', 'complete'],
    ['The new referral form has been in use across all teams since April', 'complete'],
    ['Adult autism lead in post since June 2014.', 'complete'],
    ['Panel set up and meeting monthly since April 2014.', 'complete'],
    ['The new triage panel has been running since June 2014.', 'complete'],
    // made with others, then published: the published thing is the claim
    ['Easy read leaflet co-produced with members and published on the website in October 2014.', 'complete'],
    ['Local offer co-produced with the Children in Care Council and published on 1 October 2014.', 'complete'],
    // a service commissioned, a contract awarded, a target met
    ['Framework re-commissioned; contracts awarded in July 2014.', 'complete'],
    ['Contract awarded to the provider.', 'complete'],
    ['Interim target met.', 'complete'],
    // a body the action sets up, a return sent, a list or figures put together
    ['Submitted 25/11/14', 'complete'],
    ['Returns compiled and sent to the ICB.', 'complete'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status, 'October 2014')).toBe(expected);
  });
});

describe('completion: what does not count', () => {
  test.each([
    // past due (October 2014), so anything not complete is at least amber
    ['Nov 2014 update:  Target for completed SAs was not met although some fluctuation.', 'amber'],
    ['Only had single agency input so far, more required. Young Advisors have completed a questionnaire.', 'amber'],
    ['Behind schedule. Marketing Strategy due for completion January 2014', 'amber'],
    ['Young Advisors have completed a questionnaire and the results should be available soon.', 'amber'],
    ['Marketing Strategy due for completion', 'amber'],
    ['Not complete', 'amber'],
    ['Signatures of Risk document launched on website. Changed timescale of promotion.', 'amber'],
    ['Draft agreed. Awaiting sign off by the Board.', 'amber'],
    ['Steering group met in June.', 'amber'], // a meeting held, not a target met
    ['Established but not yet meeting; chair to be appointed.', 'amber'], // set up, not yet working
    // a maturity scale's word ("Emerging | Developing | Established | Embedded"), read through the plan's key, not as done
    ['Established', 'amber'],
    ['Submitted for approval at the November Board.', 'amber'], // sent to be approved: not done until it is
    ['Submitted to the ICB; awaiting feedback.', 'amber'],
    ['Data being compiled.', 'amber'], // the work goes on
    ['New end date agreed at CIRG.', 'amber'], // more time agreed, not the work done
    ['New due date agreed with the Board', 'amber'],
    ['Target not met.', 'amber'],
    ['Launched by end of March', 'amber'], // a deadline, not a deed
    ['Not ready for closure', 'amber'],
    ['Evidence received; further work required', 'amber'],
    ['Evidence provided but awaiting sign off', 'amber'],
    ['Will now be completed by May 2015', 'amber'], // still to come, whatever word stands between
    ['The strategy will soon be launched', 'amber'],
    ['Launch planned for the spring', 'amber'],
    ['Complete by the end of March', 'amber'],
    ['Completed by Q4', 'amber'],
    ['Will be completed by March', 'amber'], // still to come
    ['Report due to be presented in March', 'amber'],
    ['Agreed to extend the pilot', 'amber'],
    ['Agreed in principle; costs to follow', 'amber'],
    ['Draft complete, awaiting sign off', 'amber'],
    ['This will become business as usual', 'amber'], // business as usual still to come
    ['Plan to move to BAU by March', 'amber'],
    ['Not yet business as usual', 'amber'],
    ['It is hoped this is now business as usual by June', 'amber'],
    ['Exceeded expectations at the launch', 'amber'], // not a target exceeded
    ['New date agreed', 'amber'], // what was agreed is a date, not the work
    ['Training delivered to 80% of staff', 'amber'], // done for some, not all
    ['Complete, awaiting sign off', 'amber'], // something still to do in the same breath
    ['Complete - awaiting sign off', 'amber'],
    ['Complete, subject to audit', 'amber'],
    ['Rolled out across 60 % of schools', 'amber'],
    // more of the same, or the report of the work, still to come
    ['Training delivered to 120 staff; further sessions planned', 'amber'],
    ['Audit undertaken, report due Feb', 'amber'],
    ['Training programme in place - 3 sessions delivered, 2 more booked', 'amber'],
    ['✓ partly', 'amber'], // a tick with words after it is not a tick alone
    ['Evaluation complete; findings expected in May', 'amber'],
    // a campaign or programme still running
    ['9 households approved since April; recruitment campaign running in the autumn.', 'amber'],
    ['First cohort trained; the programme continues in the spring', 'amber'],
    // running since a date, but not (or not all of it)
    ['Not live since May', 'amber'],
    ['Live in 3 of 5 localities since June', 'amber'],
    ['Live in the pilot area since June; delayed elsewhere', 'amber'],
    ['Not in post since the restructure in May', 'amber'], // no date after "since", and "not"
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status, 'October 2014')).toBe(expected);
  });

  test('"Young Advisors have completed a questionnaire" before the due date is on track, not complete', () => {
    expect(state('Young Advisors have completed a questionnaire.', 'March 2015')).toBe('green');
  });
});

describe('words saying the work has not started: red once past due, not started before', () => {
  test.each([
    ['Not yet started (starts Q4)', 'March 2015', 'none'],
    ['Not started - not due to start until April', 'June 2015', 'none'],
    ['Yet to commence', 'June 2015', 'none'],
    ['Not yet started (starts Q4)', 'October 2014', 'red'],
    ['Not started - not due to start until April', 'December 2014', 'red'],
    // slippage or a red phrase after them decide
    ['Not started - delayed by funding', 'June 2015', 'amber'],
    ['Not started - off track', 'June 2015', 'red'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(state(status, due)).toBe(expected);
  });
});

describe('nothing done, and put off on purpose to a date not yet come: amber, as a deferral is', () => {
  test.each([
    ['Not progressed this year; carried forward to the 2015/16 action plan.', 'March 2015', 'amber'],
    ['No progress – deferred to 2015/16.', 'March 2015', 'amber'],
    ['Not achieved. Draft protocol shared; not yet agreed. Carried forward to 2015/16.', 'March 2015', 'amber'],
    // nothing put off, or only slipping: red as before
    ['Not progressed this year.', 'March 2015', 'red'],
    ['Not achieved', 'October 2014', 'red'],
    // nothing done said, but a share of the work given as done: part done, amber
    ['Not achieved. SDQ scores now shared for 52% of health assessments; a priority for next year.', 'October 2014', 'amber'],
    ['No progress against the target of 80%', 'October 2014', 'red'], // a target, not a share done
    ['Not achieved – 0% of staff trained', 'October 2014', 'red'],
    ['No progress; some slippage.', 'March 2015', 'red'],
    ['No progress – awaiting confirmation from the ICB.', 'March 2015', 'red'],
    // put off to a date already past: red
    ['Not progressed; postponed to November 2014.', 'October 2014', 'red'],
  ] as Array<[string, string, RagState]>)('%j due %s → %s', (status, due, expected) => {
    expect(state(status, due)).toBe(expected);
  });
});

describe('slippage, red and on-track phrases', () => {
  test.each([
    ['Timescale slipped.  Due to go to Board February 2015.', 'amber'],
    ['Some slippage on timescales by three weeks', 'amber'],
    ['Timescale pushed back to after March 2015', 'amber'],
    ['Delayed by staff shortage', 'amber'],
    ['At risk due to capacity', 'amber'],
    ['Off track', 'red'],
    ['No progress this quarter', 'red'],
    ['No further progress – no funding identified', 'red'], // stopped after a start
    ['No further progress is needed: the protocol is in place', 'green'], // nothing more to do, not stalled
    ['No further progress required', 'green'],
    // at risk: the work, not the people it is for or the harm they face
    ['Timescale at risk', 'amber'],
    ['Project at risk of slipping', 'amber'],
    ['Panel for children at risk of exploitation meets monthly', 'green'],
    ['Referral pathway for adults at risk agreed with partners; training under way', 'green'],
    ['Young people at risk identified and referred', 'green'],
    ['Mapping those at risk from radicalisation continues', 'green'],
    ['Behind the timescale', 'amber'], // as a plan's key writes amber
    // not compliant: the standard, not the staff still to do something
    ['Not compliant with the standard', 'red'],
    ['Managers sent lists of staff not compliant; 87% trained', 'green'],
    // a meeting of the work called off and set again for a day after "now": not the work called off
    ['Adviser cancelled twice. Meeting now 29/04/15.', 'green'],
    ['Contract cancelled.', 'red'],
    ['Stalled pending funding', 'red'],
    ['Off target', 'red'],
    ['Significant concerns about capacity', 'red'],
    ['Major concerns raised by Ofsted', 'red'],
    ['No significant concerns', 'green'], // negated: an update, before the due date
    ['There are no major concerns', 'green'],
    // a delay the lead calls serious is red, as RAG keys define it; a denied one is not
    ['Significant delay', 'red'],
    ['Major delays due to staffing', 'red'],
    ['Seriously delayed', 'red'],
    ['No significant delay expected', 'green'],
    ['Slight delay', 'amber'],
    // a slippage phrase the words before it deny is no slippage
    ['No delays', 'green'],
    ['On track, no slippage', 'green'],
    ['No issues or delays anticipated', 'green'],
    ['Not at risk', 'green'],
    ['No longer at risk', 'green'],
    ['Not delayed', 'green'],
    ['On track, no slippage. Some delay to the audit', 'amber'], // a later one that is not denied counts
    // done only after the date, or in doubt: amber; not done at all: red
    ['Not expected to be completed until June', 'amber'],
    ['Will not be completed until June', 'amber'],
    ['May not be achievable within timescale', 'amber'],
    ['Risk that deadline will be missed', 'amber'],
    ['No risk that the deadline will be missed', 'green'],
    ['This will not be completed by the deadline', 'red'],
    ['Non-compliant', 'red'], // an audit tracker's standard not met
    ['Not compliant', 'red'],
    ['Partially compliant', 'green'], // part done, before the due date
    ['Deadline missed', 'amber'],
    ['Missed the target date; new plan being drafted', 'amber'],
    ['Unmet', 'amber'],
    ['Lead has left; action to be reassigned', 'amber'], // nobody to do it
    ['No lead identified', 'amber'],
  ] as Array<[string, RagState]>)('%j → %s (due March 2015)', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  test('"partially complete" is on the way before the due date and amber after it', () => {
    expect(state('Partially complete', 'March 2015')).toBe('green');
    expect(state('Partially complete', 'October 2014')).toBe('amber');
  });

  test('an update before the due date is green', () => {
    expect(state('Audit planned for January to March 2015.', 'February 2015')).toBe('green');
  });
});

describe('dates decide when the text does not', () => {
  test('past due with an empty status is red', () => {
    const a = classifyStatus({ status: '', timescale: parseTimescale('January 2014'), asOf: AS_OF });
    expect(a.state).toBe('red');
    expect(a.overdue).toBe(true);
    expect(a.daysOverdue).toBe(355);
    expect(a.reasons.join(' ')).toMatch(/past due \(31 Jan 2014\) with no status/);
  });

  test('not yet due with an empty status is none', () => {
    expect(state('', 'March 2015')).toBe('none');
  });

  test('"Not started" past due is red; not yet due is none', () => {
    expect(state('Not started', 'October 2014')).toBe('red');
    expect(state('Not started', 'March 2015')).toBe('none');
  });

  test('past due and not complete is at least amber', () => {
    expect(state('See L&I programme', 'April 2014')).toBe('amber');
  });

  test('recurring and event rows are never overdue', () => {
    for (const ts of ['Bi monthly', 'July 2014 And bi monthly', 'When need arises', 'Ongoing']) {
      const a = classifyStatus({ status: '', timescale: parseTimescale(ts), asOf: AS_OF });
      expect(a.overdue).toBe(false);
      expect(a.state).toBe('none');
    }
  });

  test('a completion claim on a recurring action is green: it recurs', () => {
    expect(state('PMQA Framework Adopted December 2014.', 'Bi monthly')).toBe('green');
    expect(state('Complete see minutes', 'Bi monthly')).toBe('complete');
  });

  test('complete actions are not overdue', () => {
    const a = classifyStatus({ status: 'Complete', timescale: parseTimescale('August 2014'), asOf: AS_OF });
    expect(a.overdue).toBe(false);
    expect(a.daysOverdue).toBeNull();
  });
});

describe('"See above"', () => {
  test('takes the state of the row above', () => {
    const above = classifyStatus({ status: 'Timescale slipped.', timescale: parseTimescale('October 2014'), asOf: AS_OF });
    const a = classifyStatus({ status: 'See above', timescale: parseTimescale('October 2014'), asOf: AS_OF, above });
    expect(a.state).toBe('amber');
    expect(a.reasons[0]).toMatch(/row above/);
  });

  test.each(['Same as above', 'As per above', 'Ditto', '"', '〃'])('%j takes the row above too', (status) => {
    const above = classifyStatus({ status: 'Timescale slipped.', timescale: parseTimescale('October 2014'), asOf: AS_OF });
    expect(classifyStatus({ status, timescale: parseTimescale('March 2015'), asOf: AS_OF, above }).state).toBe('amber');
  });

  // the row's own earlier update, or a quotation: not the row above
  test.each(['As per previous update', '"Complete" per the lead', 'Ditto marks removed from the form'])('%j does not take the row above', (status) => {
    const above = classifyStatus({ status: 'Stalled', timescale: parseTimescale('October 2014'), asOf: AS_OF });
    expect(classifyStatus({ status, timescale: parseTimescale('March 2015'), asOf: AS_OF, above }).state).not.toBe('red');
  });
});

describe('explicit RAG', () => {
  test.each([
    ['Red', 'red'],
    ['Amber: some slippage', 'amber'],
    ['G - on track', 'green'],
    ['B. Done', 'complete'],
    ['Blue', 'complete'],
    ['A.', 'amber'],
    ['🟢 On track', 'green'], // a coloured circle, as typed in Google Sheets
    ['🔴 Stalled', 'red'],
    ['🟡 some slippage', 'amber'],
    // a label before the colour
    ['Current RAG: Red', 'red'],
    ['Overall RAG - Amber', 'amber'],
    ['RAG rating - G', 'green'],
    ['RAG status amber', 'amber'],
    ['BRAG: Blue', 'complete'],
    // moved with an arrow: the colour it moved to
    ['Red → Amber', 'amber'],
    ['Red→Amber', 'amber'],
    ['A->G: good progress', 'green'],
    ['R ⇒ A', 'amber'],
    // two colours opening the status as one rating: the worse of the two
    ['AMBER/RED - tender slipped, went out 3rd Oct', 'red'],
    ['Green/Amber: some sessions still to book', 'amber'],
  ] as Array<[string, RagState]>)('leading %j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  // the words after a leading colour are read as the status's own: "Green - complete" is the board's green for done
  test.each([
    ['Green - complete', 'complete', false, null],
    ['G: Completed and signed off', 'complete', false, null],
    ['Green', 'green', true, /marked green but the due date \(31 Oct 2014\) has passed/],
    ['Amber - complete', 'amber', false, /marked amber but the status text says complete/],
    ['Red: Completed', 'red', false, /marked red but the status text says complete/],
  ] as Array<[string, RagState, boolean, RegExp | null]>)('%j past due → %s, overdue %s', (status, expected, overdue, contradiction) => {
    const a = classifyStatus({ status, timescale: parseTimescale('October 2014'), asOf: AS_OF });
    expect([a.state, a.overdue]).toEqual([expected, overdue]);
    if (contradiction) expect(a.contradiction).toMatch(contradiction);
    else expect(a.contradiction).toBeNull();
  });

  test.each([
    ['Rated amber at last Board', 'amber', '"Rated amber"'],
    ['RAG rated green', 'green', '"RAG rated green"'],
    ['Currently amber', 'amber', '"Currently amber"'],
    ['Moved from red to amber', 'amber', '"Moved from red to amber"'],
    ['Remains red - no lead', 'red', '"Remains red"'],
    ['On track (green)', 'green', '"(green)"'],
    ['Rated A', 'amber', '"Rated A"'], // a letter after "rated"
    ['Rated R. Lead on sick leave', 'red', '"Rated R"'],
    // a colour that ends the status after a dash or a colon (a "Progress / RAG" cell)
    ['Campaign ran in October 2015 - GREEN', 'green', '"GREEN"'],
    ['Training slipped – Amber.', 'amber', '"Amber"'],
    ['Progress made: red', 'red', '"red"'],
    // a letter after a full stop, in capitals, with white space or a stop after it
    ['Tracking weekly; 86% in May. G', 'green', '"G"'],
    ['Tracking weekly; 86% in May. A. ', 'amber', '"A"'],
  ])('a colour given as a rating: %j → %s', (status, expected, word) => {
    const a = classifyStatus({ status, timescale: parseTimescale('March 2015'), asOf: AS_OF });
    expect(a.state).toBe(expected);
    expect(a.explicit).not.toBeNull();
    expect(a.reasons[0]).toBe(`the status says ${word}`);
  });

  test.each([
    ['Red → Amber', 'amber'],
    ['G->A', 'amber'],
    ['Current RAG: Red', 'red'],
    ['Overall RAG - Green', 'green'],
    // green with the word for done after it: the board's green for done
    ['G (complete)', 'complete'],
    ['Green - completed', 'complete'],
    ['Green (on track)', 'green'],
  ] as Array<[string, RagState]>)('a RAG cell %j → %s', (rag, expected) => {
    expect(state('Work under way', 'March 2015', rag)).toBe(expected);
  });

  test.each([
    'The pilot is now green-lit',
    'See the Green Paper',
    'Red tape removed',
    // a letter that is a word, not a rating
    'Rated a good practice example',
    'Still a concern for the Board',
    '(a) first item of the plan',
    'Rated as outstanding',
    // a rating still to come is not the rating now
    'This action will be rated green by the end of July.',
    'Expected to be rated amber next quarter',
    'Will now be rated green',
    // a colour word at the end with no dash or colon before it, or not the last word
    'Go green initiative',
    'Report to the Green',
    'Agreed at Board - green paper',
    'Delayed - see red',
  ])('%j gives no colour', (status) => {
    expect(classifyStatus({ status, timescale: parseTimescale('March 2015'), asOf: AS_OF }).explicit).toBeNull();
  });

  test.each([
    ['Status: complete', 'complete'],
    ['Update: completed', 'complete'],
    ['Comments: delayed by staffing', 'amber'],
    ['Progress update: Draft agreed', 'green'],
  ] as Array<[string, RagState]>)('a label before the status is set aside: %j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  test.each([
    ['• Complete', 'complete'],
    ['- Complete', 'complete'],
    ['1. Complete', 'complete'],
    ['(a) Complete', 'complete'],
    ['▪ Achieved', 'complete'],
    ['● Red', 'red'],
    ['• Delayed\n• Awaiting funding', 'amber'],
    ['• Complete\n• Awaiting sign off by the Board', 'complete'], // each bullet a sentence: reported done
    // negative cases: not a list marker
    ['1.1 complete', 'green'], // a reference, then words
    ['A report was written', 'green'],
  ] as Array<[string, RagState]>)('a status written as a list: %j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  test('a leading article is not a RAG letter', () => {
    expect(classifyStatus({ status: 'A report was written', timescale: parseTimescale('March 2015'), asOf: AS_OF }).explicit).toBeNull();
  });

  test.each([
    ['R', 'red'],
    ['Amber', 'amber'],
    ['green', 'green'],
    ['Complete', 'complete'],
    ['B', 'complete'],
    ['C', 'complete'], // complete (closed)
    ['🔴', 'red'],
    ['🟠', 'amber'],
    ['🟢', 'green'],
    ['🔵', 'complete'],
    ['✅', 'complete'],
    ['✓', 'complete'], // a tick typed for done
    ['✔️', 'complete'],
    ['☑', 'complete'],
    ['✗', 'green'], // a cross is no colour: the status text decides
    ['RAG: Amber', 'amber'], // a label typed before the colour
    ['RAG rating - G', 'green'],
    ['GA', 'amber'], // two-tone letters: the worse of the two colours, as "Green/Amber"
    ['AR', 'red'],
    ['G/A', 'amber'],
    ['Green/Amber', 'amber'],
    ['Amber/Green', 'amber'],
    ['A/R', 'red'],
    ['Ragged', 'green'], // not a label: the status text decides (an update, before the due date)
  ] as Array<[string, RagState]>)('RAG column %j → %s', (rag, expected) => {
    expect(state('Some text', 'March 2015', rag)).toBe(expected);
  });

  test('green while past due is kept but flagged as a contradiction', () => {
    const a = classifyStatus({ status: 'Work continues', rag: 'Green', timescale: parseTimescale('October 2014'), asOf: AS_OF });
    expect(a.state).toBe('green');
    expect(a.contradiction).toMatch(/marked green but the due date \(31 Oct 2014\) has passed/);
  });

  test('red while the text says complete is flagged', () => {
    const a = classifyStatus({ status: 'Complete', rag: 'R', timescale: parseTimescale('March 2015'), asOf: AS_OF });
    expect(a.state).toBe('red');
    expect(a.contradiction).toMatch(/says complete/);
  });

  test('object keys in a RAG cell are not colours (found by the property test)', () => {
    for (const rag of ['__proto__', 'constructor', 'toString']) {
      expect(classifyStatus({ status: '', rag, timescale: parseTimescale(''), asOf: AS_OF }).state).toBe('none');
    }
  });

  test('no contradiction when colour and text agree', () => {
    const a = classifyStatus({ status: 'Some slippage', rag: 'Amber', timescale: parseTimescale('March 2015'), asOf: AS_OF });
    expect(a.contradiction).toBeNull();
  });
});

describe('hostile statuses', () => {
  // "1-1-1-..." once made the business-as-usual subject pattern try every split of its words at the hyphens (a
  // space in a phrase also matches a hyphen): 80 characters took a second, 300 would take hours
  test.each(['1-'.repeat(300), 'x-'.repeat(300), 'SIIP ' + '1-'.repeat(300)])('%#: a long hyphenated run is read as an update', (status) => {
    expect(state(status)).toBe('green');
  });
});

describe('rules are data', () => {
  test('a board can add its own completion word', async () => {
    const defaults = await import('../../src/core/vocab/status');
    const rules = { ...defaults, COMPLETE_LEAD: /^(?:signed\s+off\s+by\s+chair)\b/i };
    const a = classifyStatus({ status: 'Signed off by chair', timescale: parseTimescale('October 2014'), asOf: AS_OF, rules });
    expect(a.state).toBe('complete');
  });
});

describe('nothing started yet: read like an empty status', () => {
  test.each(['#REF!', '#N/A', '#DIV/0!', '0'])('%j (an error or an empty reference shown in the cell) is no update: red once past due', (status) => {
    expect(state(status, 'March 2015')).toBe('none');
    expect(state(status, 'December 2014')).toBe('red');
  });

  test.each(['Update to follow', 'Update pending', 'Overdue'])('%j: the lead has not reported, red once past due', (status) => {
    expect(state(status, 'March 2015')).toBe('none');
    expect(state(status, 'December 2014')).toBe('red');
  });

  test.each(['Not due yet', 'Not yet due', 'Yet to start', 'Still to commence', 'Not begun', 'Not due to start until April 2015', 'Not due to commence'])(
    '%j: not started before the due date, red after',
    (status) => {
      expect(state(status, 'March 2015')).toBe('none');
      expect(state(status, 'December 2014')).toBe('red');
    },
  );
});

describe('a colour ending a status is read only where one stands', () => {
  test.each([
    ['Done. a', null], // a letter in lower case is not a rating
    ['Report shared with the Board', null], // "Board" ends in letters of no colour
    ['Agreed at the meeting - Greenwich', null], // a colour's letters inside a longer word
    ['Audit complete: Blue!', 'blue'],
  ])('%j', (status, explicit) => {
    expect(classifyStatus({ status, timescale: parseTimescale('March 2015'), asOf: AS_OF }).explicit).toBe(explicit);
  });
});

describe('a drop-down\'s "On track" before the commentary: a step reported after it is a step, as after "In progress"', () => {
  // due March 2015, read in January: on the way
  test.each([
    ['On track. Business case agreed at CAG exec 10/01/15, posts out to advert', 'green'],
    ['On Track. Co-production sessions held in January and February.', 'green'],
    ['On track (revised date). Housing Options: hospital in-reach officer in post since April 2014.', 'green'],
    ['On schedule. Content agreed with SRC, sessions booked into Welcome Week.', 'green'],
    ['On target. Webpages updated 28/12/14, leaflet with printers', 'green'],
    ['OT. First two sessions held in September.', 'green'],
    ['On track;#Green. Q2 dashboard presented 19/10/2014.', 'green'],
    ['On track. E-learning module live since April 2014; 1,640 completions to date.', 'green'],
  ] as Array<[string, RagState]>)('%j → %s', (status, expected) => {
    expect(state(status)).toBe(expected);
  });

  describe('not read so', () => {
    // the work reported done, in words that say so, stands whatever the drop-down said
    test.each([
      ['On track. Completed in December.', 'complete'],
      ['On track. Now complete.', 'complete'],
    ] as Array<[string, RagState]>)('a completion word opening the last sentence: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
    // no on-track word opening the status: the report of the thing done is read as before
    test.each([
      ['Business case agreed at CAG exec 10/01/15.', 'complete'],
      ['Group met in October. Protocol signed off in January.', 'complete'],
      // ("Not on track" is red, whatever follows)
      ['Not on track. Protocol signed off in January.', 'red'],
      ['Trained staff on track to finish. Protocol signed off in January.', 'complete'],
    ] as Array<[string, RagState]>)('no on-track opening: %j → %s', (status, expected) => {
      expect(state(status)).toBe(expected);
    });
  });
});

describe('the thing the action made said to be live: done', () => {
  // due October 2014, read in January 2015
  test.each([
    'Page live with resources and links. Will be kept updated.',
    'Prompt live on the new triage system.',
    'New referral form live on the intranet.',
    'Pathway updated & live on website',
    'Website live since December.',
  ])('%j → complete', (status) => {
    expect(state(status, 'October 2014')).toBe('complete');
  });

  describe('not read so', () => {
    test.each([
      // still to go live
      ['Website to go live in June.', 'March 2015', 'green'],
      ['System due to go live in April.', 'March 2015', 'green'],
      ['New system will go live in March.', 'March 2015', 'green'],
      ['Portal going live in November.', 'October 2014', 'amber'],
      // a month with no more said may be when it goes live
      ['Outstanding – new system live in April', 'October 2014', 'amber'],
      ['New portal live from 1 April.', 'October 2014', 'amber'],
    ] as Array<[string, string, RagState]>)('still to go live: %j due %s → %s', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
    test.each([
      // a step that runs for a while: the advert, the consultation, the survey
      ['Job advert live on the council website.', 'October 2014', 'amber'],
      ['Consultation live until March.', 'October 2014', 'amber'],
      ['Survey live on the website.', 'October 2014', 'amber'],
      ['Recruitment campaign live.', 'October 2014', 'amber'],
    ] as Array<[string, string, RagState]>)('a step that runs for a while: %j due %s → %s', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
    test.each([
      // people who live somewhere
      ['Children live with their grandparents.', 'October 2014', 'amber'],
      ['Most young people live in supported lodgings.', 'October 2014', 'amber'],
    ] as Array<[string, string, RagState]>)('people who live somewhere: %j due %s → %s', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
    test.each([
      // denied, or for a part
      ['Not live yet.', 'October 2014', 'amber'],
      ['New referral form live in 3 of 5 localities.', 'October 2014', 'amber'],
      ['Referral form live but delayed in two teams.', 'October 2014', 'amber'],
    ] as Array<[string, string, RagState]>)('denied or part done: %j due %s → %s', (status, due, expected) => {
      expect(state(status, due)).toBe(expected);
    });
  });
});
