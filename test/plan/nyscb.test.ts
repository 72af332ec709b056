/** Seed 003: North Yorkshire's 2008-09 matrix plan: a Link column, X marks per group, no timescale or status. */
import { assessWorkbook } from '../../src/core/plan/assess';
import { toReportJson } from '../../src/core/plan/reportJson';
import { NYSCB, sheetsOf } from '../helpers/fixtures';

describe('NYSCB business plan 2008-09', () => {
  test('reads every table, even where the header order changes', async () => {
    const a = assessWorkbook(await sheetsOf(NYSCB), { asOf: '2009-01-31' });
    expect(a.layout.found).toBe(true);
    // first table: Objectives | Link | Key Actions; later ones: Link | Objectives | Key Actions
    expect(a.layout.blocks[0].columns).toMatchObject({ objective: 0, link: 1, action: 2 });
    expect(a.layout.blocks[1].columns).toMatchObject({ link: 0, objective: 1, action: 2 });
    expect(a.rows.find((r) => r.row === 12)!.action).toBe('Produce policy and procedure for the LSCB');
    // the last table has no Key Actions column: the objective is the action
    expect(a.rows.find((r) => r.row === 78)!.action).toMatch(/^Monitor delivery and effectiveness/);
  });

  test('finds the CYPP and PSA references in the Link column', async () => {
    const a = assessWorkbook(await sheetsOf(NYSCB), { asOf: '2009-01-31' });
    const refsOf = (row: number) => a.rows.find((r) => r.row === row)!.refs.map((x) => `${x.scheme} ${x.ref}`);
    expect(refsOf(12)).toEqual(['CYPP 2.1']); // "WT CYPP 2.1"
    expect(refsOf(18)).toEqual(['CYPP 2.1', 'PSA 13']); // "PSA: 13 Indicator 4 - Preventable child deaths CYPP 2.1"
    expect(refsOf(38)).toEqual(['PSA 13']); // "PSA; 13, Indicator 2 - ..."
    expect(refsOf(78)).toEqual([]); // "CYPP 2009/2012" names a period
    // rows 12, 15, 18, 22, 23, 24, 38, 43, 47, 53 and 61 cite; "WT" alone (row 30) cites nothing
    expect(a.rows.filter((r) => r.refs.length > 0).map((r) => r.row)).toEqual([12, 15, 18, 22, 23, 24, 38, 43, 47, 53, 61]);
  });

  test('says plainly that there is no timescale and no status column', async () => {
    const report = toReportJson(assessWorkbook(await sheetsOf(NYSCB), { asOf: '2009-01-31' }));
    expect(report.summary.missingColumns).toEqual(expect.arrayContaining(['timescale', 'status', 'ref']));
    expect(report.messages.join(' ')).toMatch(/No timescale column/);
    expect(report.messages.join(' ')).toMatch(/No status column/);
    expect(report.rows.every((r) => r.state === 'none' && !r.overdue)).toBe(true);
  });
});
