/**
 * Plans laid out as other boards keep them: other header words, a cover sheet, a priority title in the ref
 * column, real date cells (day and month-only formats), financial quarters, a RAG column, dated update prefixes.
 */
import ExcelJS from 'exceljs';
import { assessWorkbook } from '../../src/core/plan/assess';
import { readSheets } from '../../src/hosts/xlsx/readGrid';

async function anytown() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Cover').addRow(['Anytown LSCB Business Plan 2015-17']);
  const ws = wb.addWorksheet('Action Plan');
  ws.addRow(['Anytown Safeguarding Children Board – Business Plan 2015-17']);
  ws.addRow([]);
  ws.addRow([
    'Ref',
    'Recommendation',
    'Actions required',
    'Lead Officer/Agency',
    'Target Date for Completion',
    'Progress / Update (include evidence)',
    'RAG Status (R/A/G)',
  ]);
  ws.addRow(['Priority 1: Neglect']);
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  const rows: Array<[string, string, string, string, Date | string, string | null, string, string]> = [
    ['1.1', 'Improve neglect practice', 'Launch neglect toolkit', 'Head of Service', d(2016, 3, 31), 'dd/mm/yyyy', 'Toolkit launched 1st March 2016', 'G'],
    ['1.2', '', 'Audit neglect cases', 'QA sub-group', d(2016, 1, 1), 'mmm-yy', 'Audit delayed due to capacity', 'A'],
    ['1.3', '', 'Train 200 staff', 'Training sub-group', 'Q3 2016/17', null, '', ''],
    ['1.4', '', 'Report to Board', 'Chair', 'Quarterly', null, 'Reported in June', 'G'],
    ['2.1', 'CSE', 'Refresh CSE strategy', 'CSE lead', '30/09/2016', null, '12/09/16: Completed and signed off', ''],
    ['2.2', '', 'Missing children protocol', 'Police', 'Sept 2016 – March 2017', null, 'Not started', 'R'],
    ['2.3', '', 'Return interviews', 'CSC', 'TBC', null, 'Awaiting commissioning decision', ''],
    ['2.4', '', 'Engage schools', 'Education', d(2016, 6, 30), 'mmmm yyyy', 'On track', 'G'],
    ['2.5', '', 'Publish annual report', 'Business Manager', 'End of September 2016', null, '', ''],
  ];
  for (const r of rows) {
    const row = ws.addRow([r[0], r[1], r[2], r[3], r[4], r[6], r[7]]);
    if (r[5]) row.getCell(5).numFmt = r[5];
  }
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return assessWorkbook(readSheets(back), { asOf: '2016-10-15' });
}

describe("another board's plan (Anytown, as of 2016-10-15)", () => {
  test('finds the plan sheet and columns from other header words', async () => {
    const a = await anytown();
    expect(a.sheet).toBe('Action Plan');
    expect(a.layout.blocks[0].columns).toEqual({ ref: 0, objective: 1, action: 2, lead: 3, timescale: 4, status: 5, rag: 6 });
    expect(a.layout.sections.map((s) => s.title)).toEqual(['Priority 1: Neglect']);
  });

  test.each([
    // ref, state, due, kind, overdue
    // RAG G past its date, the text saying the toolkit was launched, in a plan with no colour for complete: delivered
    ['1.1', 'complete', '2016-03-31', 'date', false],
    ['1.2', 'amber', '2016-01-31', 'date', true], // a date cell formatted mmm-yy: month precision
    ['1.3', 'none', '2016-12-31', 'date', false], // Q3 of 2016/17 = Oct-Dec 2016
    ['1.4', 'green', null, 'recurring', false],
    ['2.1', 'complete', '2016-09-30', 'date', false], // "12/09/16: Completed and signed off"
    ['2.2', 'red', '2017-03-31', 'date', false],
    ['2.3', 'none', null, 'none', false], // TBC and "Awaiting commissioning decision": nothing started yet, needs a date
    ['2.4', 'green', '2016-06-30', 'date', true], // "mmmm yyyy" date cell; green but past due: flagged
    ['2.5', 'red', '2016-09-30', 'date', true], // past due, no status
  ])('%s → %s, due %s, %s, overdue %s', async (ref, state, due, kind, overdue) => {
    const a = await anytown();
    const r = a.rows.find((x) => x.ref === ref)!;
    expect({ state: r.state, due: r.timescale.due, kind: r.timescale.kind, overdue: r.overdue }).toEqual({ state, due, kind, overdue });
  });

  test('contradictions between the RAG column and the dates are flagged', async () => {
    const a = await anytown();
    expect(a.rows.find((x) => x.ref === '2.4')!.contradiction).toMatch(/marked green but the due date \(30 Jun 2016\) has passed/);
    expect(a.rows.find((x) => x.ref === '1.1')!.contradiction).toBeNull(); // green is the best this plan gives
    expect(a.rows.find((x) => x.ref === '1.2')!.contradiction).toBeNull();
  });
});
