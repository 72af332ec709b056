/** Timescales counted from a case review's publication, read against the date the plan gives above its table. */
import {
  agreedOn,
  atNamedOccasion,
  atNextMeeting,
  atReview,
  nextMeetingOn,
  planDatedOn,
  publishedOn,
  reviewOn,
  visitGiven,
  visitOn,
  withinOfPlanStart,
  withinOfPublication,
  withinOfRaised,
} from '../../src/core/timescale/afterPublication';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { assessGrid } from '../../src/core/plan/assess';

describe('counted from the publication date', () => {
  test.each([
    ['Within 3 months of publication', '2020-10-30'],
    ['Within three months of the report being published', '2020-10-30'],
    ['6 weeks after publication', '2020-09-10'],
    ['No later than 12 months from publication', '2021-07-30'],
    ['Within 1 month of the SCR publication', '2020-08-30'],
    ['6 months from publication', '2021-01-30'], // read as no date alone (not an event): counted all the same
    ['On publication', '2020-07-30'], // the day it was published
    ['Upon publication of the report', '2020-07-30'],
  ])('%j, published 30 July 2020 → due %s', (text, due) => {
    expect(withinOfPublication(parseTimescale(text), '2020-07-30')?.due).toBe(due);
  });
  test('a month with fewer days ends on its last', () => {
    expect(withinOfPublication(parseTimescale('Within 1 month of publication'), '2021-01-31')?.due).toBe('2021-02-28');
  });
  describe('negative cases', () => {
    test.each([
      ['Within 3 months of publication', null, 'no publication date given'],
      ['Following publication of the report', '2020-07-30', 'no span of time'],
      ['On publication of the national guidance, revise ours', '2020-07-30', 'another publication, with more after it'],
      ['Within 3 months of the new policy', '2020-07-30', 'not counted from publication'],
      ['March 2021', '2020-07-30', 'a date of its own'],
    ] as Array<[string, string | null, string]>)('%j (published %s) is not read so (%s)', (text, published) => {
      expect(withinOfPublication(parseTimescale(text), published)).toBeNull();
    });
  });
});

describe('the publication date in the lines above the table', () => {
  test.each([
    [['Serious Case Review – Sam and Kyle', 'Report published 30 July 2020. Progress as at January 2021'], '2020-07-30'],
    [['Published: 30/07/2020'], '2020-07-30'],
    [['Date of publication: 5 March 2019'], '2019-03-05'],
    [['From date of publication of report –\n13 October 2016.'], '2016-10-13'],
    // a month with no day: its last day, so a span counted from it ends no sooner than the board would count it
    [['Domestic Homicide Review (published December 2022) – Action Plan'], '2022-12-31'],
  ])('%j → %s', (lines, date) => {
    expect(publishedOn(lines)).toBe(date);
  });
  describe('negative cases', () => {
    test.each([
      [['Published in the summer'], 'no day or month'],
      [['Action plan agreed 30 July 2020'], 'not a publication'],
    ])('%j → null (%s)', (lines) => {
      expect(publishedOn(lines)).toBeNull();
    });
  });
});

test('in a plan: the action is due that many months after the date above its table', () => {
  const a = assessGrid(
    {
      values: [
        ['Serious Case Review – Child D. Report published 30 July 2020', null, null, null],
        ['Recommendation', 'Action', 'Timescale', 'Progress'],
        ['1. Guidance', '1.1 Revise the guidance', 'Within 3 months of publication', null],
      ],
    },
    { asOf: '2021-01-12' },
  );
  expect([a.rows[0].timescale.due, a.rows[0].state, a.rows[0].overdue]).toEqual(['2020-10-30', 'red', true]);
});

test('in a plan: "6 months from publication" and "On publication" are dated from the date above the table', () => {
  const a = assessGrid(
    {
      values: [
        ['Adult Practice Review – Report published 16 May 2024', null, null, null],
        ['Learning point', 'Action', 'Timescale', 'Progress'],
        ['1. Guidance', '1.1 Revise the guidance', '6 months from publication', null],
        ['1. Guidance', '1.2 Circulate a 7 minute briefing', 'On publication', null],
      ],
    },
    { asOf: '2025-01-31' },
  );
  expect(a.rows.map((r) => r.timescale.due)).toEqual(['2024-11-16', '2024-05-16']);
});

describe('counted from the day the plan was agreed', () => {
  test.each([
    ['Within 3 months of the plan being agreed', '2022-01-15'],
    ['6 weeks after the action plan is signed off', '2021-11-26'],
    ['Within three months of agreement', '2022-01-15'],
  ])('%j, agreed 15 October 2021 → due %s', (text, due) => {
    expect(withinOfPublication(parseTimescale(text), null, {}, '2021-10-15')?.due).toBe(due);
  });
  test.each([
    [['Action plan agreed by the Partnership Board 15 October 2021. Report published March 2022.'], '2021-10-15'],
    [['Plan approved: 15/10/2021'], '2021-10-15'],
  ])('the lines above the table %j say it was agreed on %s', (lines, date) => expect(agreedOn(lines)).toBe(date));
  test('in a plan: the span is dated, and past due', () => {
    const r = assessGrid(
      {
        values: [
          ['Action plan agreed by the Partnership Board 15 October 2021.', null, null, null],
          ['Ref', 'Action', 'Timescale', 'Progress update'],
          ['2.1', 'Audit the referrals', 'Within 3 months of the plan being agreed', null],
        ],
      },
      { asOf: '2022-04-30' },
    ).rows[0];
    expect([r.state, r.timescale.due]).toEqual(['red', '2022-01-15']);
    expect(r.reasons.join(' ')).toContain('counted from the date the plan says it was agreed (15 Oct 2021)');
  });
  test.each([
    ['Within 28 days of the date of this plan', '2025-12-12'],
    ['Within 3 months of the date of this plan', '2026-02-14'],
    ['within 18 months of the date of the action plan', '2027-05-14'],
    ["6 weeks from the plan's date", '2025-12-26'],
  ])("%j, the plan dated 14 November 2025 → due %s (a regulator's action plan counts from its own date)", (text, due) => {
    expect(withinOfPublication(parseTimescale(text), null, {}, '2025-11-14')?.due).toBe(due);
  });
  test.each([
    [['Date of this plan (issued by the Charity Commission): 14 November 2025'], '2025-11-14'],
    [['Date of action plan: 14/11/2025'], '2025-11-14'],
  ])('the lines above the table %j give the plan its date, %s', (lines, date) => expect(agreedOn(lines)).toBe(date));
  test("in a plan: counted from the plan's own date, and said so", () => {
    const r = assessGrid(
      {
        values: [
          ['Date of this plan (issued by the Charity Commission): 14 November 2025', null, null, null],
          ['No.', 'Action required', 'Timescale', 'Progress update'],
          ['5.2', 'Train the trustees', 'Within 3 months of the date of this plan', null],
        ],
      },
      { asOf: '2026-03-25' },
    ).rows[0];
    expect([r.state, r.timescale.due]).toEqual(['red', '2026-02-14']);
    expect(r.reasons.join(' ')).toContain("counted from the plan's own date (14 Nov 2025)");
  });
  describe('negative cases', () => {
    test.each([
      // counted from something else than the plan: an event, as before
      ['Within 3 months of the date of the inspection'],
      ['Within 3 months of the date of the next plan review'],
    ])('%j beside a plan dated 14 November 2025 is not counted from that date', (text) =>
      expect(withinOfPublication(parseTimescale(text), null, {}, '2025-11-14')).toBeNull(),
    );
    test.each([
      // no date after the words
      ['Date of this plan: to be confirmed'],
      // the date of another document
      ['Date of the inspection report: 14 November 2025'],
    ])('%j gives the plan no date', (line) => expect(agreedOn([line])).toBeNull());
    test('no agreement date given: an event, as before', () =>
      expect(withinOfPublication(parseTimescale('Within 3 months of the plan being agreed'), '2020-07-30')).toBeNull());
    test.each([['Report published March 2022.'], ['Recommendations agreed by the Board.'], ['Plan agreed in principle']])(
      '%j gives no agreement date',
      (line) => expect(agreedOn([line])).toBeNull(),
    );
  });
});

describe('"Immediately" in a plan that gives its own date', () => {
  test.each([
    [['Date of this plan (issued by the Charity Commission): 14 November 2025'], '2025-11-14'],
    [['Date of action plan: 14/11/2025'], '2025-11-14'],
  ])('the lines above the table %j give the plan its own date, %s', (lines, date) => expect(planDatedOn(lines)).toBe(date));
  test.each(['Immediately', 'Immediate', 'With immediate effect'])('%j beside a plan dated 14 November 2025 → due that day', (text) =>
    expect(withinOfPublication(parseTimescale(text), null, {}, '2025-11-14', '2025-11-14')?.due).toBe('2025-11-14'),
  );
  describe('negative cases', () => {
    test.each([
      // agreed, not dated: the plan came after the work it answers began ("done at the rapid review")
      ['Action plan agreed by the Partnership Board 15 October 2021.', 'a plan agreed, not dated'],
      ['Plan approved: 15/10/2021', 'a plan approved, not dated'],
      // no date after the words, or another document's
      ['Date of this plan: to be confirmed', 'no date'],
      ['Date of the inspection report: 14 November 2025', "another document's date"],
    ])('%j gives the plan no date of its own (%s)', (line) => expect(planDatedOn([line])).toBeNull());
    test('"Immediate" beside a plan agreed on a day, with no date of its own, has no date', () =>
      expect(withinOfPublication(parseTimescale('Immediate'), null, {}, '2021-10-15', null)).toBeNull());
    test('"As soon as possible" is not "Immediately"', () =>
      expect(withinOfPublication(parseTimescale('As soon as possible'), null, {}, '2025-11-14', '2025-11-14')).toBeNull());
  });
  test('in a plan: "Immediately" due on the plan\'s own date, and said so', () => {
    const r = assessGrid(
      {
        values: [
          ['Date of this plan (issued by the Charity Commission): 14 November 2025', null, null, null],
          ['No.', 'Action required', 'Timescale', 'Progress update'],
          ['1.3', 'Suspend the review', 'Immediately', 'Complete – suspended on 14 November 2025.'],
        ],
      },
      { asOf: '2026-03-25' },
    ).rows[0];
    expect([r.state, r.timescale.due, r.timescale.assumptions]).toEqual([
      'complete',
      '2025-11-14',
      ['"Immediately" read as the plan\'s own date (14 Nov 2025)'],
    ]);
  });
});

describe("a span of months alone, in a plan that states its period: counted from the period's start", () => {
  test.each([
    ['18 months', '2025-06-30'],
    ['Within 18 months', '2025-06-30'],
    ['within six months', '2024-06-30'],
  ])('%j, the plan running from 1 January 2024 → due %s', (text, due) => {
    expect(withinOfPlanStart(parseTimescale(text), '2024-01-01')?.due).toBe(due);
  });
  test('in a plan: due at the end of the period it states', () => {
    const r = assessGrid(
      {
        values: [
          ['Plan period: January 2024 – June 2025 (18 months).', null, null, null],
          ['Ref', 'Action', 'Timescale', 'Progress update'],
          ['PA2.3', 'Health checks for young people', '18 months', 'On track'],
        ],
      },
      { asOf: '2024-09-30' },
    ).rows[0];
    expect([r.state, r.timescale.due]).toEqual(['green', '2025-06-30']);
  });
  describe('negative cases', () => {
    test.each(['18 months of publication', 'Q3', 'Monthly'])('%j is not a bare span', (text) =>
      expect(withinOfPlanStart(parseTimescale(text), '2024-01-01')).toBeNull(),
    );
    test('no period stated: no date, as before', () => {
      const r = assessGrid(
        {
          values: [
            ['Ref', 'Action', 'Timescale', 'Progress update'],
            ['PA2.3', 'Health checks', '18 months', 'On track'],
          ],
        },
        { asOf: '2024-09-30' },
      ).rows[0];
      expect(r.timescale.due).toBeNull();
    });
  });
});

describe('a span counted from the day the row says the action was raised (a visit, a decision)', () => {
  test.each([
    ['Within 1 month', '2024-11-15'],
    ['Within two months of the decision', '2024-12-15'],
    ['Within 14 days', '2024-10-29'],
    ['within 2 weeks of the visit', '2024-10-29'],
    ['Within 10 working days', '2024-10-29'], // five working days to a week
    // any number word the plans write ("five", "ten", "eighteen")
    ['Within five working days', '2024-10-22'],
    ['Within ten days', '2024-10-25'],
    ['Within eighteen months', '2026-04-15'],
    // the span alone, shortened as a visitor's log writes it
    ['2 wks', '2024-10-29'],
    ['3 mths', '2025-01-15'],
    ['48 hrs', '2024-10-17'],
    ['6 weeks', '2024-11-26'],
    // "Immediate", as inspectors time their most urgent recommendations: due the day itself
    ['Immediate', '2024-10-15'],
    ['Immediately.', '2024-10-15'],
    ['With immediate effect', '2024-10-15'],
  ])('%j, raised 15 October 2024 → due %s', (text, due) => {
    expect(withinOfRaised(parseTimescale(text), '2024-10-15')?.due).toBe(due);
  });
  test('counted from a month given with no day (its last day), a span of months ends with a month; from a day, on the same day', () => {
    expect(withinOfRaised(parseTimescale('Within six months'), '2017-11-30', {}, 'the inspection', true)?.due).toBe('2018-05-31');
    expect(withinOfRaised(parseTimescale('Within three months'), '2017-11-30', {}, 'the inspection', true)?.due).toBe('2018-02-28');
    expect(withinOfRaised(parseTimescale('Within 3 months'), '2019-04-30')?.due).toBe('2019-07-30');
    // (weeks and days are counted from the last day, whole month or not)
    expect(withinOfRaised(parseTimescale('Within 2 weeks'), '2017-11-30', {}, 'the inspection', true)?.due).toBe('2017-12-14');
  });
  test('a date counted from the visit is not a typed year to check ("check the year" is for a year the plan wrote)', () => {
    const r = assessGrid(
      {
        values: [
          ['Written Statement of Action: Business Plan 2020-21', null, null, null],
          ['Date of inspection: 12/11/2019', null, null, null],
          ['Ref', 'Action', 'Timescale', 'Progress'],
          ['1.1', 'Publish the local offer', 'Immediate', 'Published.'],
        ],
      },
      { asOf: '2021-01-20' },
    ).rows[0];
    expect([r.state, r.timescale.due, r.checkYear]).toEqual(['complete', '2019-11-12', null]);
  });
  const tracker = (rows: Array<[string, string | null, string, string]>) =>
    assessGrid(
      {
        values: [
          ['No.', 'Date of visit', 'Recommendation', 'Timescale', 'Action taken / update'],
          ...rows.map(([no, visit, timescale, update]) => [no, visit, 'Review the bedroom risk assessments', timescale, update]),
        ],
      },
      { asOf: '2025-01-31' },
    ).rows;
  test("in a plan: due that long after the row's visit, merged down or not; a date of its own stands", () => {
    const rows = tracker([
      ['1', '15/10/2024', 'Within 1 month', ''],
      ['2', '14/01/2025', 'Within 2 months', 'Booked for 12 February 2025.'],
      ['3', '14/01/2025', 'March 2025', 'Booked.'],
    ]);
    expect(rows.map((r) => [r.state, r.timescale.due])).toEqual([
      ['red', '2024-11-15'],
      ['green', '2025-03-14'],
      ['green', '2025-03-31'],
    ]);
    expect(rows[0].timescale.assumptions.join(' ')).toMatch(/counted from the date the row gives it was raised \(15 Oct 2024\)/);
  });
  test("a date with no year is placed on or after the day its row was raised, not where the plan's other dates put it", () => {
    const rows = tracker([
      ['1', '15/10/2023', 'Feb 2024', ''],
      ['2', '15/10/2023', 'March 2024', ''],
      // raised later: "End of Q1" is the first Q1 end after it, 30 June 2025 (the plan's dates put it in 2024)
      ['3', '20/01/2025', 'End of Q1', ''],
      ['4', '20/01/2025', 'December', 'Booked.'],
      // a year of its own stands, even before the day raised
      ['5', '20/01/2025', 'Dec 2024', 'Done.'],
    ]);
    expect(rows.map((r) => r.timescale.due)).toEqual(['2024-02-29', '2024-03-31', '2025-06-30', '2025-12-31', '2024-12-31']);
    expect(rows[2].timescale.assumptions.join(' ')).toMatch(/placed on or after the day the row was raised \(20 Jan 2025\)/);
  });
  describe('negative cases', () => {
    test.each([
      'Within 3 months of publication and annually',
      'Q3',
      'Monthly',
      'By next visit',
      'Within the year',
      '2 wks or so',
      'Week 2',
      // "Immediate" and more: the work goes on from it, no one day
      'With immediate effect – ongoing',
      'Immediate and ongoing',
      'Immediate action plan by March',
    ])('%j is not a span from the day raised', (text) => expect(withinOfRaised(parseTimescale(text), '2024-10-15')).toBeNull());
    test('with no date raised in the row, a span has no start, as before', () => {
      expect(tracker([['1', null, 'Within 1 month', '']])[0].timescale.due).toBeNull();
    });
  });
});

// a Section 42 enquiry's action plan: "timescales run from the outcome meeting", its date in a label | value line
describe('spans counted from the outcome meeting the lines above the table give', () => {
  const dues = (lines: Array<Array<string | null>>) =>
    assessGrid(
      {
        values: [
          ...lines,
          ['No.', 'Action to be taken', 'Person responsible', 'Timescale', 'Progress at review', 'Completed (Y/N)'],
          ['1', 'Review the care plan', 'Deputy Manager', 'Within 48 hours', 'Done on 13/09/2023.', 'Y'],
          ['2', 'Refresh the training', 'Manager', 'Within 14 days', 'Sessions booked.', 'N'],
          ['3', 'Audit the records', 'Manager', 'Within 6 weeks', 'Audit under way.', 'N'],
        ],
      },
      { asOf: '2023-11-14' },
    ).rows.map((r) => r.timescale.due);
  test('"Date of outcome meeting:" | "12/09/2023": 48 hours, 14 days and 6 weeks from it', () =>
    expect(dues([['Date of outcome meeting:', '12/09/2023', null, null, null, null]])).toEqual(['2023-09-14', '2023-09-26', '2023-10-24']));
  test('written in one cell', () =>
    expect(dues([['Outcome meeting held on 12 September 2023', null, null, null, null, null]])).toEqual(['2023-09-14', '2023-09-26', '2023-10-24']));
  // an anti-social behaviour case review (community trigger): the plan agreed at the case review meeting
  test('"Date of LMAPS case review:" | "12/09/2023": the case review is the meeting', () =>
    expect(dues([['Date of LMAPS case review:', '12/09/2023', null, null, null, null]])).toEqual(['2023-09-14', '2023-09-26', '2023-10-24']));
  // negative cases, by reason
  test('no meeting date above the table: a period with no start has no date', () =>
    expect(dues([['Section 42 Provider Enquiry – Action Plan', null, null, null, null, null]])).toEqual([null, null, null]));
  test('a label with no date after it: no date', () =>
    expect(dues([['Date of outcome meeting:', 'to be arranged', null, null, null, null]])).toEqual([null, null, null]));
});

// a plan answering a report whose publication the title gives: a span naming no start of its own runs from it
describe("a span alone, under a title giving the report's publication, counted from it", () => {
  const row = (timescale: string, title = 'Maternity improvement plan (report published 30 April 2019)') =>
    assessGrid(
      {
        values: [
          [title, null, null, null],
          ['Rec No.', 'Action', 'Timescale', 'Progress'],
          ['R12', 'Submit the business case for the new posts', timescale, 'Business case drafted.'],
        ],
      },
      { asOf: '2019-09-30' },
    ).rows[0];
  test('"Within 3 months" is due 30 July 2019', () => {
    const r = row('Within 3 months');
    expect(r.timescale.due).toBe('2019-07-30');
    expect(r.reasons.join(' ')).toContain('the publication date the plan gives');
  });
  describe('negative cases', () => {
    test('a span naming its own start keeps it ("of the plan being agreed": no agreement date given, no date)', () =>
      expect(row('Within 3 months of the plan being agreed').timescale.due).toBeNull());
    test('no publication date above the table: no date', () => expect(row('Within 3 months', 'Maternity improvement plan').timescale.due).toBeNull());
  });
});

// a board's action log, updated for the meeting it goes to: "Next meeting" is that meeting
describe('"Next meeting" in an action log prepared for a dated meeting', () => {
  test.each([
    ['Action Log – updated for the Board meeting of Tuesday 15th March 2011', '2011-03-15'],
    ['Action log prepared for the meeting on 15/03/2011', '2011-03-15'],
    ['Date of next meeting: 15 March 2011', '2011-03-15'],
    ['Next Board meeting – 15 March 2011', '2011-03-15'],
  ])('%j → %s', (line, day) => expect(nextMeetingOn([line])).toBe(day));
  test.each([
    ['Actions from the meeting of 7 December 2010', 'the meeting the actions came from, not the next'],
    ['Action Log – updated for the Board meeting', 'no date'],
    ['Business Plan 2010-11', 'no meeting'],
  ])('%j → none (%s)', (line) => expect(nextMeetingOn([line])).toBeNull());

  test.each([
    ['Next meeting', null, '2011-03-15'],
    ['Next Board', '2010-12-07', '2011-03-15'], // raised at an earlier meeting
    ['At the next meeting', null, '2011-03-15'],
  ])('%j raised %s → due %s', (said, raised, due) => expect(atNextMeeting(parseTimescale(said), '2011-03-15', raised)?.due).toBe(due));
  // negative cases, by reason
  test('raised at that meeting itself: the next is a later one, not known', () =>
    expect(atNextMeeting(parseTimescale('Next meeting'), '2011-03-15', '2011-03-15')).toBeNull());
  test('another event ("On publication"): not the meeting', () => expect(atNextMeeting(parseTimescale('On publication'), '2011-03-15', null)).toBeNull());
  test('a date of its own stays', () => expect(atNextMeeting(parseTimescale('March 2011'), '2011-05-15', null)).toBeNull());

  const log = (title: string) =>
    assessGrid(
      {
        values: [
          ['Safeguarding Adults Partnership Board', null, null, null, null],
          [title, null, null, null, null],
          ['No.', 'Action', 'Lead', 'Due date', 'Status'],
          ['1', 'Produce a training specification for trustees', 'Nancy', 'Next meeting', 'Draft sent for comment.'],
          ['2', 'Report the referral figures', 'Tom', 'Next meeting', 'Complete'],
        ],
      },
      { asOf: '2011-03-08' },
    ).rows;
  test('in the assessment: due that day, with the reasons saying so', () => {
    const rows = log('Action Log – updated for the Board meeting of Tuesday 15th March 2011');
    expect(rows.map((r) => [r.state, r.timescale.due])).toEqual([
      ['green', '2011-03-15'],
      ['complete', '2011-03-15'],
    ]);
    expect(rows[0].reasons.join(' / ')).toContain('"Next meeting": the meeting the log was prepared for (15 Mar 2011)');
  });
  // a log of several meetings, the meeting's date on its first action only
  const meetings = (title: string) =>
    assessGrid(
      {
        values: [
          [title, null, null, null, null, null],
          ['Meeting date', 'No.', 'Action', 'By when?', 'By whom?', 'Status'],
          ['10/03/2009', '1', 'Ask the PCT for a written update on vacancies', 'Next meeting', 'Designated Nurse', 'Closed'],
          [null, '2', 'Circulate the revised threshold document', 'Next meeting', 'Business Manager', 'Carried forward'],
          ['09/06/2009', '3', 'Report the audit findings', 'Next meeting', 'Chair of QA', 'Open'],
          [null, '4', 'Agree the training budget', 'July 2009', 'Business Manager', 'Carried forward'],
        ],
      },
      { asOf: '2009-09-01' },
    ).rows.map((r) => [r.ref, r.state, r.timescale.due]);
  test('"Meeting date" beside "By when?": "Next meeting" is the log\'s next meeting after the one the row was raised at; "Carried forward" carries an item to the meeting the log was prepared for', () =>
    expect(meetings('Action Log – updated for the Board meeting of 8 September 2009')).toEqual([
      ['1', 'complete', '2009-06-09'],
      ['2', 'amber', '2009-09-08'], // due in June, carried forward to September
      ['3', 'none', '2009-09-08'],
      ['4', 'amber', '2009-09-08'], // due in July, carried forward to September
    ]));
  // negative cases, by reason
  test('a log whose title dates no meeting: raised at its last meeting, "Next meeting" waits for the event; "Carried forward" moves no date', () =>
    expect(meetings('Action Log')).toEqual([
      ['1', 'complete', '2009-06-09'],
      ['2', 'amber', '2009-06-09'],
      ['3', 'none', null],
      ['4', 'amber', '2009-07-31'],
    ]));
  test('a log whose title dates no meeting: "Next meeting" waits for the event', () =>
    expect(log('Action Log').map((r) => [r.state, r.timescale.due])).toEqual([
      ['green', null],
      ['complete', null],
    ]));
});

// a children's home's Regulation 44 report: the recommendations made at the visit, "Within 7 days" of it
describe('spans counted from the visit the lines above the table date', () => {
  test.each([
    ['Date of visit: 09/12/2024', '2024-12-09'],
    ['Date of monitoring visit – 9 December 2024', '2024-12-09'],
    ['Visit date: 09/12/2024', '2024-12-09'],
    // the inspection a CQC or Ofsted action plan answers
    ['Comprehensive inspection 13 February 2019; focused follow-up inspection 5 April 2019.', '2019-02-13'],
    ['Date of inspection: 13/02/2019', '2019-02-13'],
    // the inspection named, then its date; or its date, then the inspection
    ['Action plan following the Ofsted inspection of 12 March 2019', '2019-03-12'],
    ['Joint targeted area inspection held on 9 July 2018: improvement plan', '2018-07-09'],
    ['Recommendations from the November 2017 inspection report: status at June 2018', '2017-11-30'],
    ['Response to the 4 April 2023 HMIP inspection', '2023-04-04'],
  ])('%j → %s', (line, day) => expect(visitOn([line])).toBe(day));
  test('a month alone is its last day, and said to be a whole month; a day is not', () => {
    expect(visitGiven(['the November 2017 inspection report'])).toEqual({ day: '2017-11-30', wholeMonth: true });
    expect(visitGiven(['Date of inspection: 13/02/2019'])).toEqual({ day: '2019-02-13', wholeMonth: false });
  });
  test.each([
    ['Next visit: 13/01/2025', 'the next visit, not the one the recommendations came from'],
    ['Date of visit: to be arranged', 'no date'],
    ['Action plan following CQC inspection', 'no date'],
    ['Ready for the next Ofsted inspection in March 2020', 'an inspection still to come'],
    ['Expected inspection March 2020', 'an inspection still to come'],
    ['Inspection framework 2019: self-evaluation', 'a year alone is not a day'],
    ['Status at June 2018', 'a date with no inspection'],
  ])('%j → none (%s)', (line) => expect(visitOn([line])).toBeNull());
  test('"the November 2017 inspection report" in the title: "Immediate" due that month, "Within three months" at the end of February', () => {
    const rows = assessGrid(
      {
        values: [
          ['Oakhill STC – recommendations from the November 2017 inspection report: status at June 2018', null, null],
          ['Recommendation', 'Timescale', 'Status'],
          ['Review every young person’s risk assessment', 'Immediate', 'Completed'],
          ['Reduce the use of restraint', 'Within three months', 'Ongoing'],
          ['Train all staff in trauma-informed care', 'Within six months', 'Completed'],
        ],
      },
      { asOf: '2018-06-11' },
    ).rows;
    expect(rows.map((r) => [r.state, r.timescale.due])).toEqual([
      ['complete', '2017-11-30'],
      ['amber', '2018-02-28'],
      ['complete', '2018-05-31'],
    ]);
  });
  const dues = (line: string) =>
    assessGrid(
      {
        values: [
          [line, null, null, null, null],
          ['No.', 'Action', 'Person Responsible', 'Timescale', 'Comments at review visit'],
          ['1', 'Update the missing-from-care protocol', 'Registered Manager', 'Within 7 days', 'Completed 13/12/2024.'],
          ['2', 'Refresh restraint training', 'Deputy Manager', 'Within 14 days', 'Retraining booked for 20 January 2025.'],
        ],
      },
      { asOf: '2025-01-17' },
    ).rows.map((r) => [r.state, r.timescale.due]);
  test('"Date of visit: 09/12/2024": 7 and 14 days from it; a later booking past the date is a slip (amber)', () =>
    expect(dues('Date of visit: 09/12/2024')).toEqual([
      ['complete', '2024-12-16'],
      ['amber', '2025-01-20'],
    ]));
  test('no visit dated above the table: a span with no start has no date', () =>
    expect(dues('Regulation 44 visit report')).toEqual([
      ['complete', null],
      ['green', '2025-01-20'],
    ]));
});

// a Section 42 plan's "Date of review meeting", a Regulation 44 plan's review visit: "By the review meeting" is due then
describe('a timescale of the review the lines above the table date', () => {
  test.each([
    ['Date of review meeting: 14/11/2023', '2023-11-14'],
    ['Action plan reviewed at the visit on: 13/01/2025', '2025-01-13'],
    ['Review visit: 13/01/2025', '2025-01-13'],
    ['Date of next visit: 13 January 2025', '2025-01-13'],
  ])('%j → %s', (line, day) => expect(reviewOn([line])).toBe(day));
  test.each([
    ['Date of visit: 09/12/2024', 'the visit the recommendations came from, not the review'],
    ['Date of review meeting: to be arranged', 'no date'],
  ])('%j → none (%s)', (line) => expect(reviewOn([line])).toBeNull());
  test.each(['By the review meeting', 'Before next visit', 'By next visit', 'At the review visit', 'Prior to the review'])('%j → the review day', (text) =>
    expect(atReview(parseTimescale(text), '2023-11-14')?.due).toBe('2023-11-14'),
  );
  describe('negative cases', () => {
    test.each([
      ['By the next care plan review (November 2023)', 'a date of its own'],
      ['Monthly', 'a round of work'],
      ['Review the policy', 'work to do, not a time'],
    ])('%j is not the review day (%s)', (text) => expect(atReview(parseTimescale(text), '2023-11-14')).toBeNull());
  });
  test('in a plan: "By the review meeting" is due on the day the label line gives, with the reason', () => {
    const row = assessGrid(
      {
        values: [
          ['Date of review meeting:', '14/11/2023', null, null, null],
          ['No.', 'Action to be taken', 'Person responsible', 'Timescale', 'Progress at review'],
          ['1', 'Send the evidence pack to the local authority', 'Manager', 'By the review meeting', 'Evidence pack sent on 10/11/2023.'],
        ],
      },
      { asOf: '2023-11-14' },
    ).rows[0];
    expect([row.timescale.due, row.timescale.assumptions]).toEqual(['2023-11-14', ['"By the review meeting": the review the plan gives (14 Nov 2023)']]);
  });
});

describe('an occasion the timescale names, dated in the lines above the table', () => {
  test.each([
    ['Within 3 months of the review', 'Safeguarding Adults Peer Review (January 2017) – Action Plan', '2017-04-30'], // a month alone: counted to a month end
    ["Within 56 days of the Coroner's report", 'Regulation 28 Report to Prevent Future Deaths dated 12 March 2021 – Trust action plan', '2021-05-07'],
    ['Within 3 months of Committee', 'actions agreed following the Safeguarding Follow-up report to Committee on 16 September 2025', '2025-12-16'],
    ['6 weeks after the Panel', 'Agreed at the Panel held on 3 May 2024', '2024-06-14'],
    ['At the next General Synod', 'Next General Synod after this plan: 9–13 February 2026. Review meeting: 19 May 2026.', '2026-02-13'],
    ['Before the Commission’s six-month review meeting', 'Commission’s six-month review meeting: 19 May 2026.', '2026-05-19'],
    ['Before MV2', 'Monitoring visits: MV1 February 2025 (front door); MV2 June 2025 (children in need)', '2025-06-30'],
    ['By next review', 'Reviews: 10/10/23, 14/11/23. Next review 06/02/24', '2024-02-06'],
    // a row's own words (its action or update) dating the occasion
    ['Within 6 weeks of the audit', 'MSP audit reported 19/05/25. Outcomes recorded in 74% (target 90%)', '2025-06-30'],
    ['Within 6 weeks of the audit', 'Reflective practice, following the DA thematic audit (report 28/06/24)', '2024-08-09'],
  ])('%j under %j → %s', (text, line, due) => expect(atNamedOccasion(parseTimescale(text), [line])?.due).toBe(due));
  describe('negative cases', () => {
    test.each([
      // the occasion not dated in the lines, or dated only as when it is next due or was last held
      ['Within 3 months of the review', 'Safeguarding Adults Board – Action Plan', 'the review not named'],
      ['Within 3 months of the review', 'Peer Review – Action Plan', 'named with no date'],
      ['Within 3 months of the review', 'Review date: 1 April 2025', 'the date the plan is due for review'],
      ['By the Board', 'Last Board 12 March 2024', 'the last meeting held, not the one it is due by'],
      ['Within 6 weeks of the audit', 'Last audit 12/03/2024; next audit due 1 June 2024', 'the last audit, and when the next is due'],
      ['Within 6 weeks of the audit', 'Audit planned for June', 'no year: no day to count from'],
      // a step of its own, not the occasion the lines date (by its last word only when named in two)
      ['6 weeks after the Council signs off the review', "Commission's six-month review meeting: 19 May 2026", 'a step, not the review'],
      // a date or period of its own, or counted elsewhere
      ['Within 3 months of publication', 'Report published 30 July 2020', 'a publication, read from the publication date'],
      ['By the end of March', 'Board meeting on 12 March 2024', 'a date of its own'],
      ['Before the summer term', 'Summer term 2024 begins 15 April 2024', 'a term'],
      ['March 2025', 'Review (January 2017)', 'a date already'],
      ['Quarterly', 'Quarterly report on 1 June 2024', 'a round of work'],
      ['Within 3 months of the Investigations Unit being in place', 'Investigations Unit in place by April 2023', 'an occasion in more words than a name'],
    ])('%j under %j is not read so (%s)', (text, line) => expect(atNamedOccasion(parseTimescale(text), [line])).toBeNull());
  });
  test('in a plan: "Within 6 weeks of the audit" dated by the row\'s update, with the reason', () => {
    const row = assessGrid(
      {
        values: [
          ['Ref', 'Action', 'By when?', 'Update'],
          ['3.2', 'Act on the MSP case file audit', 'Within 6 weeks of the audit', 'MSP audit reported 19/05/25. Form change in testing.'],
        ],
      },
      { asOf: '2025-07-15' },
    ).rows[0];
    expect([row.timescale.due, row.timescale.assumptions]).toEqual([
      '2025-06-30',
      ['"Within 6 weeks of the audit" counted from the audit the row\'s own words date (19 May 2025): due 30 Jun 2025'],
    ]);
  });
  test('in a plan: "Within 3 months of the review" under the review\'s month in the title, with the reason', () => {
    const row = assessGrid(
      {
        values: [
          ['Safeguarding Adults Peer Review (January 2017) – Action Plan', null, null, null],
          ['Ref', 'Action', 'Target Date', 'Progress'],
          ['1a', 'Hold a Board away-day', 'Within 3 months of the review', 'Achieved – away-day held 22 March 2017.'],
        ],
      },
      { asOf: '2017-09-30' },
    ).rows[0];
    expect([row.timescale.due, row.timescale.assumptions]).toEqual([
      '2017-04-30',
      ['"Within 3 months of the review" counted from the review the plan\'s title lines date (31 Jan 2017): due 30 Apr 2017'],
    ]);
  });
});

// a review log giving the review's date on each case's first row only ("Date of RR" beside the first of its
// recommendations): the case's other rows were raised that day too
describe('the day a case was raised, given on its first row only', () => {
  const dues = (secondRef: string) =>
    assessGrid(
      {
        values: [
          ['Ref', 'Case', 'Date of RR', 'Recommendation', 'Agency', 'Action agreed', 'Target date', 'Update'],
          [
            'RR 23/11-1',
            'Child P',
            45260, // 30/11/2023, a date cell
            'Notify GPs of CP plans',
            'ICB',
            'Business case to ICB execs',
            'Within 3 mths of RR',
            'Drafted',
          ],
          [secondRef, 'Child P', null, 'Share the learning', 'Business Unit', '7 minute briefing', 'Within 3 mths of RR', 'Published Jan 24.'],
        ],
        numberFormats: [[], [null, null, 'dd/mm/yyyy'], []],
      },
      { asOf: '2024-03-14' },
    ).rows.map((r) => r.timescale.due);
  test('"Within 3 mths of RR" on the second row runs from the first row\'s date', () => expect(dues('RR 23/11-2')).toEqual(['2024-02-29', '2024-02-29']));
  test("another case's row is not given it (negative case)", () => expect(dues('RR 24/01-1')).toEqual(['2024-02-29', null]));
});
