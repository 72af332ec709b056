import { isOwnTitle } from '../../src/core/host/ownSheets';
import { buildChaseList, chaseListJson, type ChaseList } from '../../src/core/leads/chaseList';
import { CHASE_COLUMNS, chaseListSheet } from '../../src/core/leads/chaseSheet';
import { findLead, findLeads } from '../../src/core/leads/findLeads';
import { assessWorkbook, type WorkbookAssessment } from '../../src/core/plan/assess';
import { fitsPage } from '../../src/core/plan/printLayout';
import { capacity } from '../../src/core/plan/sheetText';
import { PRINT_STATE_STYLES } from '../../src/core/plan/styles';
import { sheetsOf, V12 } from '../helpers/fixtures';

let a: WorkbookAssessment;
let list: ChaseList;
beforeAll(async () => {
  a = assessWorkbook(await sheetsOf(V12), { asOf: '2015-01-21', sheet: 'Business Plan 2014-15' });
  list = buildChaseList(a, findLeads(a.rows));
});
const link = (row: number) => ({ sheet: 'Business Plan 2014-15', target: `A${row}` });

test("each lead's open actions, most urgent first, with due date, days overdue, state and status", () => {
  const li = list.leads.find((l) => l.id === 'learning and improvement')!;
  // from the plan: 13 actions name L&I; 4.8 and 4.9 are complete
  expect(li.open.map((i) => i.ref)).toEqual(['4.6', '4.7', '4.5', '5.10', '5.11', '5.12', '1.5', '4.10', '1.12', '5.8', '5.9']);
  expect(li.completed).toBe(2);
  expect(li.overdue).toBe(6);
  expect(li.open[0]).toMatchObject({ ref: '4.6', state: 'amber', due: '2014-04-30', overdue: true, daysOverdue: 266, status: 'See L&I programme' });
  const bg = list.leads.find((l) => l.name === 'Business Group')!;
  expect(bg.open[0]).toMatchObject({ ref: '1.6', state: 'red', daysOverdue: 355, status: '' });
  expect(list.noLead).toEqual([]);
});

test('the JSON for `plan-rag leads --json`', () => {
  const json = chaseListJson(list);
  expect(json.asOf).toBe('2015-01-21');
  expect(json.asOfText).toBe('21 Jan 2015');
  const li = json.leads.find((l) => l.id === 'learning and improvement')!;
  expect(li).toMatchObject({ name: 'Learning and Improvement sub group', open: 11, overdue: 6, completed: 2 });
  expect(li.spellings).toContain('L &I Group');
  expect(li.actions[0]).toEqual({
    row: 59,
    ref: '4.6',
    state: 'amber',
    due: '2014-04-30',
    dueText: '30 Apr 2014',
    overdue: true,
    daysOverdue: 266,
    timescale: 'April 2014',
    needsDate: false,
    status: 'See L&I programme',
    action: 'The CSCB will deliver a comprehensive and responsive programme of learning and development opportunities',
  });
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
});

describe('the chase list sheet', () => {
  test('A1 is exactly "Chase list", so plan-rag knows the sheet as its own', () => {
    const sheet = chaseListSheet(list, link);
    expect(sheet.name).toBe('Chase list');
    expect(sheet.rows[0][0].value).toBe('Chase list');
    expect(isOwnTitle(String(sheet.rows[0][0].value))).toBe(true);
  });

  test('a heading per lead with open actions, then one row per action, ref linked to its row', () => {
    const sheet = chaseListSheet(list, link);
    const at = sheet.rows.findIndex((r) => String(r[0]?.value).startsWith('Learning and Improvement sub group: 11 open, 6 overdue, 2 complete'));
    expect(at).toBeGreaterThan(0);
    expect(String(sheet.rows[at + 1][0].value)).toMatch(/^Also written: /);
    const head = sheet.rows.findIndex((r, i) => i > at && r[0]?.value === 'Ref');
    expect(sheet.rows.slice(at + 1, head).every((r) => r.length === 1)).toBe(true); // the spellings, on as many lines as they need
    expect(sheet.rows[head].map((c) => c.value)).toEqual(['Ref', 'State', 'Due', 'Days overdue', 'Action', 'Status']);
    const first = sheet.rows[head + 1];
    expect(first.map((c) => c.value)).toEqual(['4.6', 'A Amber', '30 Apr 2014', 266, expect.stringMatching(/^The CSCB will deliver/), 'See L&I programme']);
    expect(first[0].link).toEqual(link(59));
    expect(first[1].style).toEqual(PRINT_STATE_STYLES.amber);
    expect(sheet.rows.some((r) => String(r[0]?.value).startsWith('Nothing open: '))).toBe(true);
  });

  test('every column fits A4 landscape at 100%, and no cell holds more than its column shows', () => {
    const sheet = chaseListSheet(list, link);
    expect(sheet.page).toMatchObject({ orientation: 'landscape', paper: 'A4', scale: 100, fitToWidth: null });
    expect(fitsPage(CHASE_COLUMNS, 'A4', 'landscape')).toBe(true);
    for (const row of sheet.rows) {
      if (row.length < 2) continue; // a line on its own runs across the empty cells beside it
      row.forEach((c, i) => expect(String(c.value).length).toBeLessThanOrEqual(capacity(CHASE_COLUMNS[i]) + 1));
    }
  });

  test('open actions no Reporting cell names are listed apart', () => {
    const rows = a.rows.map((r) => (r.ref === '1.6' ? { ...r, lead: '' } : r));
    const l = buildChaseList({ asOf: a.asOf, rows }, findLeads(rows));
    expect(l.noLead.map((i) => i.ref)).toEqual(['1.6']);
    const sheet = chaseListSheet(l, link);
    expect(sheet.rows.some((r) => r[0]?.value === 'No lead named (1 open)')).toBe(true);
  });
});

test('findLead gives the pane the lead behind a saved choice', () => {
  const leads = findLeads(a.rows);
  expect(findLead(leads, 'learning and improvement')?.name).toBe('Learning and Improvement sub group');
});
