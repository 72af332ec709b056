/**
 * The done-when of issue 12 on the sample plan: each lead's actions hold every action whose Reporting cell names
 * that lead under any spelling. The expected refs were written by reading the plan's Reporting column
 * (shared/seeds/004, "Business Plan 2014-15"), not from the engine's output.
 */
import { assessWorkbook, type WorkbookAssessment } from '../../src/core/plan/assess';
import { findLead, findLeads, leadsOfRow, type LeadIndex } from '../../src/core/leads/findLeads';
import { myActions } from '../../src/core/leads/myActions';
import { sheetsOf, V12 } from '../helpers/fixtures';

let a: WorkbookAssessment;
let leads: LeadIndex;
beforeAll(async () => {
  a = assessWorkbook(await sheetsOf(V12), { asOf: '2015-01-21', sheet: 'Business Plan 2014-15' });
  leads = findLeads(a.rows);
});
const refsOf = (rows: number[]) => rows.map((r) => a.rows.find((x) => x.row === r)!.ref);

// ref → the Reporting cell, as the plan writes it, for every action naming the lead
const LEARNING_AND_IMPROVEMENT: Record<string, string> = {
  '1.5': 'Comms and Engagement / Learning & Improvement',
  '1.12': 'EH&P and L&I sg',
  '4.5': 'Learning &Improvement / Group / CSCB business group / CSCB',
  '4.6': 'L &I Group / Business group / CSCB',
  '4.7': 'Learning and Improvement sub group',
  '4.8': 'Learning &Improvement Group / Business group / CSCB',
  '4.9': 'Learning &Improvement / business group',
  '4.10': 'Learning &Improvement Group / CSCB business group / CSCB',
  '5.8': 'Learning and Improvement sub group',
  '5.9': 'JC and Learning and Improvement sub group',
  '5.10': 'Learning and Improvement sub group',
  '5.11': 'Learning & Improvement sg',
  '5.12': 'Learning and Improvement sg & Comms and Engagement sg',
};
const BUSINESS_GROUP: Record<string, string> = {
  '1.6': 'Business Group',
  '2.1': 'PM group to Business Group',
  '2.4': 'Business Group',
  '2.10': 'Business Group',
  '2.13': 'Business Group',
  '3.5': 'Business Group',
  '3.8': 'Business Group',
  '3.10': 'Business Group',
  '3.12': 'Business Group',
  '3.13': 'Business Group',
  '4.2': 'Case Review sg Business Group and CSCB',
  '4.3': 'Business Group',
  '4.4': 'Business Group',
  '4.4a': 'Business Group',
  '4.5': 'CSCB business group',
  '4.6': 'Business group',
  '4.8': 'Business group',
  '4.9': 'business group',
  '4.10': 'CSCB business group',
  '5.1': 'CSCB through the Business Group',
  '5.1a': 'Business Group',
  '5.3': 'Business Group',
  '5.4': 'Business Group',
  '5.6': 'Business Group',
};
const COMMS_AND_ENGAGEMENT: Record<string, string> = {
  '1.5': 'Comms and Engagement',
  '1.11': 'EH&P / C&E / MA Audit',
  '2.8': 'P&R sg / C&E sg',
  '5.5': 'Communication and Engagement sub group / MA Audit',
  '5.12': 'Learning and Improvement sg & Comms and Engagement sg',
  '5.13': 'Comms & Engagement Sub group',
  '5.14': 'Comms & Engagement sub group',
  '5.15': 'Comms & Engagement sub group',
  '5.16': 'Comms & Engagement sub group',
};

describe.each([
  ['Learning and Improvement', 'L&I sg', LEARNING_AND_IMPROVEMENT],
  ['Business Group', 'business group', BUSINESS_GROUP],
  ['Comms & Engagement sub group', 'C&E', COMMS_AND_ENGAGEMENT],
])('%s', (name, otherSpelling, expected) => {
  test('is one lead, whichever spelling is chosen', () => {
    const lead = findLead(leads, name);
    expect(lead).not.toBeNull();
    expect(findLead(leads, otherSpelling)).toBe(lead);
  });

  test.each(Object.keys(expected))('names action %s', (ref) => {
    const lead = findLead(leads, name)!;
    const row = a.rows.find((r) => r.ref === ref)!;
    expect(row).toBeDefined();
    expect(leadsOfRow(leads, row.row).map((l) => l.id)).toContain(lead.id);
  });

  test('has no action whose Reporting cell does not name it', () => {
    const lead = findLead(leads, name)!;
    expect(refsOf(lead.rows)).toEqual(Object.keys(expected));
  });

  test('"My actions" and the chase list hold all of them, open first, completed apart', () => {
    const lead = findLead(leads, name)!;
    const mine = myActions(a.rows, leads, lead.id);
    expect(new Set([...mine.open, ...mine.completed].map((r) => r.ref))).toEqual(new Set(Object.keys(expected)));
    expect(mine.open.every((r) => r.state !== 'complete')).toBe(true);
    expect(mine.completed.every((r) => r.state === 'complete')).toBe(true);
  });
});

test('the four spellings of Comms & Engagement and the spellings of Learning & Improvement are kept, as written', () => {
  expect(findLead(leads, 'C&E')!.spellings).toEqual(
    expect.arrayContaining([
      'Comms and Engagement',
      'C&E',
      'C&E sg',
      'Communication and Engagement sub group',
      'Comms and Engagement sg',
      'Comms & Engagement Sub group',
      'Comms & Engagement sub group',
    ]),
  );
  expect(findLead(leads, 'L&I sg')!.spellings).toEqual(
    expect.arrayContaining(['L &I Group', 'Learning &Improvement Group', 'Learning and Improvement sub group', 'L&I sg']),
  );
});

test('the lead list is the plan\'s leads, not its cell texts: no stray "Group", one Business Group', () => {
  const names = leads.leads.map((l) => l.name);
  expect(names).not.toContain('Group');
  expect(names.filter((n) => /business group/i.test(n))).toEqual(['Business Group']);
  expect(names.length).toBeLessThan(20);
  // the rest of the plan's leads, each once
  for (const n of [
    'EH&P',
    'Jeff Rafter',
    'Principal Social Worker',
    'Multi Agency Audit Group',
    'Performance Management sub group',
    'Proactive and Responsive sub group',
    'Case Review sub group',
    'SCR Sub group',
    'Business Manager',
    'JC',
    'RB',
  ]) {
    expect(names.filter((x) => x === n)).toEqual([n]);
  }
});

test('abbreviations meet their long forms in the same plan', () => {
  expect(findLead(leads, 'MA Audit')).toBe(findLead(leads, 'Multi Agency Audit Group'));
  expect(findLead(leads, 'PM sg')).toBe(findLead(leads, 'Performance Management sub group'));
  expect(findLead(leads, 'P&R')).toBe(findLead(leads, 'Proactive and Responsive sub group'));
  expect(findLead(leads, 'the Board')).toBe(findLead(leads, 'CSCB'));
});

test('"P&R through qualitative feedback & performance management" names P&R and performance management, and says what it left out', () => {
  const row = a.rows.find((r) => r.ref === '2.6')!;
  expect(leadsOfRow(leads, row.row).map((l) => l.name)).toEqual(['Proactive and Responsive sub group', 'Performance Management sub group']);
  expect(leads.fragments).toEqual([{ row: row.row, text: 'qualitative feedback' }]);
});

test('Learning and Improvement\'s "My actions" starts with 4.6, 266 days overdue (the one the old list missed)', () => {
  const mine = myActions(a.rows, leads, findLead(leads, 'Learning and Improvement')!.id);
  expect(mine.open[0].ref).toBe('4.6');
  expect(mine.open[0].daysOverdue).toBe(266);
  expect(mine.completed.map((r) => r.ref)).toEqual(['4.8', '4.9']);
});
