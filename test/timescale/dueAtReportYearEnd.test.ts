import { assessGrid } from '../../src/core/plan/assess';
import { dueAtReportYearEnd } from '../../src/core/timescale/dueAtReportYearEnd';
import { ANNUAL_REPORT, SAID_WE_WOULD } from '../../src/core/vocab/headers';
import { NOTHING_LEFT } from '../../src/core/vocab/status';

describe('dueAtReportYearEnd: a one-year period ends the commitments an annual report looks back on', () => {
  test.each([
    [{ start: '2016-04-01', end: '2017-03-31', from: 'Annual Report 2016-17' }, '2017-03-31'],
    [{ start: '2024-01-01', end: '2024-12-31', from: 'Annual Report January 2024 – December 2024' }, null],
    [{ start: '2023-04-01', end: '2024-03-31', from: 'Annual Review 2023/24' }, '2024-03-31'],
  ])('%o → %s', (period, due) => {
    const t = dueAtReportYearEnd(period);
    expect(t?.due ?? null).toBe(due);
    if (t) expect(t.assumptions[0]).toMatch(/no timescale column.*year's end/);
  });
  // negative cases, by reason
  test('a report on a three-year strategy gives no one date', () =>
    expect(dueAtReportYearEnd({ start: '2020-04-01', end: '2023-03-31', from: 'Strategic Plan 2020-2023' })).toBeNull());
  test('no period stated: no date', () => expect(dueAtReportYearEnd(null)).toBeNull());
});

describe('header and title words of an annual report', () => {
  test.each(["What we said we'd do", 'What we said we would do', 'We said…', 'What we promised', 'What we planned to do', 'What we set out to do'])(
    '"%s" looks back on commitments',
    (h) => expect(SAID_WE_WOULD.test(h)).toBe(true),
  );
  // negative cases: a plan's own look ahead
  test.each(['What we will do', 'What will we do?', 'Action', 'We did…'])('"%s" does not', (h) => expect(SAID_WE_WOULD.test(h)).toBe(false));
  test.each(['WSCB Annual Report 2016-17', 'Annual Review 2019/20'])('"%s" is an annual report', (t) => expect(ANNUAL_REPORT.test(t)).toBe(true));
  test.each(['LeDeR Q2 Report 2024-25', 'Business Plan 2016-17', 'Annual plan 2016-17'])('"%s" is not', (t) => expect(ANNUAL_REPORT.test(t)).toBe(false));
});

describe('"Still to do" saying nothing is left', () => {
  test.each(['None', 'None – monitored through the CSE subgroup.', 'Nothing further', 'No further action required', 'N/A', 'nil'])('"%s"', (t) =>
    expect(NOTHING_LEFT.test(t)).toBe(true),
  );
  // negative cases, by reason
  test.each([
    ['none yet', 'None yet'],
    ['nothing so far', 'Nothing so far – awaiting the audit'],
    ['a word that starts with "none"', 'Nonetheless the audit is due in May'],
    ['work named', 'Extend the offer to primary schools'],
  ])('%s: "%s"', (_why, t) => expect(NOTHING_LEFT.test(t)).toBe(false));
});

// an annual report's table: "What we said we'd do | What we did | Impact | Still to do", the year in its title, no
// timescale column (the Worcestershire Safeguarding Children Board's annual report 2016-17 is laid out so)
describe('an annual report read as at the end of April 2017', () => {
  const HEADER = ["What we said we'd do", 'What we did', 'Impact', 'Still to do'];
  const read = (title: string, rows: Array<Array<string | null>>, header = HEADER) =>
    assessGrid({ values: [[title, null, null, null], header, ...rows] }, { asOf: '2017-04-30' }).rows.map((r) => [r.state, r.timescale.due]);
  const TITLE = 'Safeguarding Children Board – Annual Report 2016-17';

  test('a commitment reported done is due at the end of the year the report covers', () =>
    expect(read(TITLE, [['Launch the Family Front Door', 'Launched in April 2016.', 'One route for all contacts.', 'Review its staffing.']])).toEqual([
      ['complete', '2017-03-31'],
    ]));
  test('one not finished is late at the year end (amber)', () =>
    expect(read(TITLE, [['Agree a transitions protocol', 'Draft protocol written.', null, null]])).toEqual([['amber', '2017-03-31']]));
  test('"Still to do" moves the date ("to be signed off by the Board in July 2017")', () =>
    expect(
      read(TITLE, [['Agree guidance on teenage relationship abuse', 'Draft guidance written.', null, 'Guidance to be signed off by the Board in July 2017.']]),
    ).toEqual([['amber', '2017-07-31']]));
  test('"carried forward into the 2017-18 Business Plan": due at the end of that year', () =>
    expect(
      read(TITLE, [['Publish the Early Help offer', 'The pathway has not been agreed.', null, 'Carried forward into the 2017-18 Business Plan.']]),
    ).toEqual([['amber', '2018-03-31']]));
  test('"None" still to do: what was done is the commitment done', () =>
    expect(
      read(TITLE, [
        [
          'Revise the CSE strategy and action plan to cover all forms of exploitation, including gangs and county lines',
          'Revised strategy and action plan agreed by the Board in November 2016; progress reported to every Board meeting.',
          null,
          'None – monitored through the CSE subgroup.',
        ],
      ]),
    ).toEqual([['complete', '2017-03-31']]));
  test('"Ongoing – ... every six months": work that goes on, no deadline', () =>
    expect(
      read(TITLE, [
        [
          'Evaluate the impact of training',
          'Follow-up questionnaire introduced in January 2017.',
          null,
          'Ongoing – findings reported to the Board every six months.',
        ],
      ]),
    ).toEqual([['green', null]]));

  // negative cases, by reason
  test("a quarter's progress report, written during the year: no date is assumed", () =>
    expect(read('LeDeR Q2 Report 2024-25', [['Share the resources', 'Resources published.', null, null]])).toEqual([['complete', null]]));
  test('"What we will do", a plan looking ahead: no date is assumed', () =>
    expect(read(TITLE, [['Share the resources', 'Resources published.', null, null]], ['What we will do', 'Progress', 'Impact', 'Comments'])).toEqual([
      ['complete', null],
    ]));
  test('a report on a three-year strategy: no one year to end', () =>
    expect(read('Annual Report on the Strategic Plan 2020-2023', [['Share the resources', 'Draft written.', null, null]])).toEqual([['green', null]]));
  test('"None yet" still to do is not nothing left', () =>
    expect(
      read(TITLE, [
        [
          'Revise the CSE strategy and action plan to cover all forms of exploitation, including gangs and county lines',
          'Revised strategy and action plan agreed by the Board in November 2016; progress reported to every Board meeting.',
          null,
          'None yet.',
        ],
      ]),
    ).toEqual([['amber', '2017-03-31']]));
  test('a new date still to do does not reopen a commitment reported done (a next step)', () =>
    expect(
      read(TITLE, [['Refresh the threshold guidance', 'Guidance refreshed in October 2016.', null, 'Repeat the thresholds audit in September 2017.']]),
    ).toEqual([['complete', '2017-03-31']]));
});
