/**
 * Every action row of the Calderdale v12 business plan (seed 004), as of 21 January 2015 (the version date),
 * with the state, due date, timescale kind and SIIP references a careful secretariat would give it. Each line
 * was written after reading the row; the comment says why where it is not obvious.
 */
import { assessWorkbook, type WorkbookAssessment } from '../../src/core/plan/assess';
import { sheetsOf, V12, V12_MERGED } from '../helpers/fixtures';

type Expected = [ref: string, state: string, due: string | null, kind: string, siip: string[]];

const EXPECTED: Expected[] = [
  ['1.1', 'complete', '2014-08-31', 'date', []],
  ['1.2', 'complete', '2014-09-30', 'date', ['1.9']],
  ['1.3', 'amber', '2015-05-31', 'date', []], // "Some slippage ... by three weeks"; last milestone May 15
  ['1.4', 'complete', '2014-12-31', 'date', []], // "Signatures of need Done. Continuum of Need done"
  ['1.5', 'amber', '2015-03-31', 'date', []], // "Changed timescale of promotion"
  ['1.6', 'red', '2014-01-31', 'date', []], // January 2014 passed, no status at all
  ['1.7', 'complete', '2014-10-31', 'date', []],
  ['1.8', 'amber', '2014-12-31', 'date', []], // "Target for completed SAs was not met": not completion
  ['1.9', 'green', '2015-03-31', 'date', []], // "Audit planned for January to March 2015": revised from February 2015
  ['1.10', 'green', '2015-01-31', 'date', []], // "After October 14 Board response" is a dependency
  ['1.11', 'amber', '2014-11-30', 'date', ['1.1.2']], // pilot underway, past due
  ['1.12', 'green', '2015-03-31', 'date', []],
  ['1.13', 'none', '2015-03-31', 'date', []], // no status, not yet due
  ['1.14', 'none', '2015-03-31', 'date', []],
  ['2.1', 'complete', '2014-08-31', 'date', ['4.1.2']],
  ['2.2', 'complete', '2014-08-31', 'date', []],
  ['2.3', 'complete', '2014-10-31', 'date', []],
  ['2.4', 'complete', '2014-06-30', 'date', []],
  ['2.5', 'complete', '2014-09-30', 'date', []],
  ['2.6', 'amber', '2014-11-30', 'date', []], // plan developed, past due, not complete
  ['2.7', 'complete', '2014-12-31', 'date', []], // "CSE Audit completed in Summer 2014. Findings positive."
  ['2.8', 'green', null, 'recurring', []], // "Ongoing & as need arises"
  ['2.9', 'complete', '2014-06-30', 'recurring', []], // "June 2014 and ongoing"; "Complete – see strategy"
  ['2.10', 'amber', '2015-03-31', 'date', []], // "Timescale November 2014 not met, planned for March 2015": revised
  ['2.11', 'amber', '2015-03-31', 'date', []], // "Timescale pushed back to after March 2015": revised from Dec 2014
  ['2.12', 'none', '2015-03-31', 'date', []],
  ['2.13', 'amber', '2014-12-31', 'date', []], // reporting in place but not said complete, past due
  ['3.1', 'complete', '2014-05-20', 'date', []], // "Performance sub group meeting on 20.5.14"
  ['3.2', 'complete', '2014-06-05', 'date', []], // "For LSCB meeting on 5th June": year from the plan
  ['3.3', 'complete', '2014-08-31', 'date', []], // "August Board"
  ['3.4', 'complete', null, 'recurring', []], // Bi-monthly
  ['3.4a', 'complete', null, 'recurring', []], // Monthly
  ['3.5', 'complete', '2014-06-30', 'date', ['7.2']], // "End of June 2014"
  ['3.6', 'green', null, 'recurring', []],
  ['3.7', 'complete', '2014-10-31', 'date', []], // "Programme Complete and updated monthly"
  ['3.8', 'green', null, 'event', []], // "When need arises"
  ['3.9', 'green', null, 'recurring', []],
  ['3.10', 'green', null, 'recurring', []], // 6 weekly
  ['3.11', 'green', null, 'recurring', []],
  ['3.12', 'green', null, 'recurring', []], // framework adopted; the action recurs
  ['3.13', 'green', null, 'recurring', []],
  ['4.1', 'complete', '2014-10-31', 'date', ['5.2.3']], // "SCR Framework completed"
  ['4.2', 'complete', '2014-12-31', 'date', []], // "Done."
  ['4.3', 'complete', '2014-06-30', 'date', []],
  ['4.4', 'complete', '2014-10-31', 'date', []], // "Report Completed in November 2014"
  ['4.4a', 'amber', '2015-02-28', 'date', []], // "Timescale slipped. Due to go to Board February 2015": revised
  ['4.5', 'amber', '2014-10-31', 'date', ['5.2.1']], // "Timescale slipped" (accepted in December, late)
  ['4.6', 'amber', '2014-04-30', 'date', []], // "See L&I programme": past due, not said complete
  ['4.7', 'amber', '2014-09-30', 'date', ['1.2.2']],
  ['4.8', 'complete', '2014-08-31', 'date', ['7.3']],
  ['4.9', 'complete', '2014-07-31', 'date', []], // "Report considered and accepted by Board in August 2014"
  ['4.10', 'green', '2014-07-31', 'recurring', []], // "July 2014 And bi monthly"
  ['5.1', 'complete', '2014-10-31', 'date', []],
  ['5.1a', 'amber', '2014-10-31', 'date', []], // "Timescale Slipped"
  ['5.2', 'complete', '2014-06-30', 'date', ['2.1', '2.2']], // "Protocol Agreed."
  ['5.3', 'complete', '2014-06-30', 'date', []], // cites the SIIP by name only: a mention
  ['5.4', 'complete', '2014-07-31', 'date', []],
  ['5.5', 'amber', '2014-07-31', 'date', ['1.6']], // "more required"; "have completed a questionnaire" is not completion
  ['5.6', 'amber', '2014-09-30', 'date', ['7.1', '7.1.1']], // "7.1, &.1.1," read as 7.1 and 7.1.1
  ['5.7', 'complete', '2014-09-30', 'date', []], // "Published in October 2015."
  ['5.8', 'green', null, 'none', []], // "Timescales to be agreed": needs a date
  ['5.9', 'green', null, 'recurring', []], // "At every Consortium meeting"
  ['5.10', 'amber', '2014-10-31', 'date', []],
  ['5.11', 'amber', '2014-10-31', 'date', []], // "See above" → 5.10
  ['5.12', 'amber', '2014-11-30', 'date', []], // review underway, past due
  ['5.13', 'amber', '2014-10-31', 'date', []], // "Behind schedule"; "due for completion" is not completion
  ['5.14', 'amber', '2014-10-31', 'date', []],
  ['5.15', 'green', '2015-03-31', 'date', []],
  ['5.16', 'green', null, 'recurring', []],
];

describe.each([
  ['cscb-business-plan-v12.xlsx', V12],
  ['cscb-business-plan-v12-merged-siip.xlsx', V12_MERGED],
])('%s as of 2015-01-21', (_name, file) => {
  let a: WorkbookAssessment;
  beforeAll(async () => {
    a = assessWorkbook(await sheetsOf(file), { asOf: '2015-01-21' });
  });

  test('finds the plan sheet and every action row', () => {
    expect(a.sheet).toBe('Business Plan 2014-15');
    expect(a.rows.map((r) => r.ref)).toEqual(EXPECTED.map((e) => e[0]));
  });

  test.each(EXPECTED)('%s → %s, due %s, %s, SIIP %j', (ref, state, due, kind, siip) => {
    const row = a.rows.find((r) => r.ref === ref)!;
    expect({ state: row.state, due: row.timescale.due, kind: row.timescale.kind, siip: row.siip }).toEqual({ state, due, kind, siip });
  });

  test('overdue is exactly the dated, incomplete rows past their due date', () => {
    const overdue = a.rows.filter((r) => r.overdue).map((r) => r.ref);
    const expected = EXPECTED.filter(([, state, due, kind]) => kind === 'date' && due !== null && due < '2015-01-21' && state !== 'complete').map((e) => e[0]);
    expect(overdue).toEqual(expected);
  });

  test('revised due dates keep the original; a date before the plan period is flagged "check the year"', () => {
    const revised = a.rows.filter((r) => r.revisedFrom !== null).map((r) => [r.ref, r.revisedFrom, r.timescale.due, r.revision!.source]);
    expect(revised).toEqual([
      ['1.9', '2015-02-28', '2015-03-31', 'status'],
      ['2.10', '2014-11-30', '2015-03-31', 'status'],
      ['2.11', '2014-12-31', '2015-03-31', 'status'],
      ['4.4a', '2014-10-31', '2015-02-28', 'status'],
    ]);
    // "January 2014" in the 2014-15 plan: still red and overdue, and flagged
    const r16 = a.rows.find((r) => r.ref === '1.6')!;
    expect(r16.checkYear).toMatch(/^check the year: due 31 Jan 2014 is before the plan period \(1 Apr 2014 – 31 Mar 2015\)/);
    expect(r16.overdue).toBe(true);
    expect(a.rows.filter((r) => r.checkYear).map((r) => r.ref)).toEqual(['1.6']);
    expect(a.counts).toEqual({ red: 1, amber: 20, green: 16, complete: 29, none: 3 });
    expect(a.overdue).toBe(16);
  });

  test('sections come from the title rows, including the one above the first header', () => {
    expect(a.layout.sections.map((s) => s.ref)).toEqual(['1', '2', '3', '4', '5']);
    expect(a.rows.find((r) => r.ref === '1.1')!.section!.title).toMatch(/^The Calderdale Safeguarding Children Board has assurance/);
  });

  test('header rows repeated per section, note rows and the blank row are not actions', () => {
    expect(a.layout.headerRows.map((r) => r + 1)).toEqual([4, 20, 35, 52, 67]);
    expect(a.layout.noteRows.map((r) => r + 1)).toEqual([50, 65, 85, 86]);
  });

  test('continuation rows inherit the objective and its SIIP refs', () => {
    const r13 = a.rows.find((r) => r.ref === '1.3')!;
    expect(r13.objective).toMatch(/LINK TO SIIP 1\.9/);
    expect(r13.cells.objective!.inherited).toBe(true);
    expect(r13.objectiveSiip).toEqual(['1.9']);
    expect(r13.siip).toEqual([]);
  });
});

test('the merged-objective workbook has its SIIP register found', async () => {
  const a = assessWorkbook(await sheetsOf(V12_MERGED), { asOf: '2015-01-21' });
  expect(a.register?.sheet).toBe('SIIP');
  expect([...a.register!.rows.keys()]).toContain('8.1');
});
