/**
 * `plan-rag leads` on the sample plan, as of 21 Jan 2015, row by row for three leads. The refs below were written
 * by reading the plan's Reporting column ("Business Plan 2014-15", every spelling: "L&I sg", "L &I Group",
 * "Learning and Improvement sub group", "Business group", "CSCB business group", "C&E", "Communication and
 * Engagement sub group"...), the same reading as test/leads/sampleLeads.test.ts; which of them are complete was
 * read from the status column (Complete / Completed ...).
 */
import { main } from '../../src/cli/main';
import { V12 } from '../helpers/fixtures';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21' });
  return { code, out, err };
}

interface Lead {
  name: string;
  open: number;
  overdue: number;
  completed: number;
  spellings: string[];
  actions: Array<{
    ref: string;
    state: string;
    due: string | null;
    dueText: string | null;
    overdue: boolean;
    daysOverdue: number | null;
    status: string;
    action: string;
  }>;
}

/** Per lead: the refs whose Reporting cell names it (open ones, then complete ones). */
const EXPECTED: Array<[string, string, { open: string[]; complete: string[] }]> = [
  [
    'Learning and Improvement sub group',
    'L&I sg',
    {
      // 1.5 "Comms and Engagement / Learning & Improvement", 1.12 "EH&P and L&I sg", 4.5 "Learning &Improvement / Group / ...",
      // 4.6 "L &I Group / ...", 4.7, 5.8, 5.10 "Learning and Improvement sub group", 4.10 "Learning &Improvement Group / ...",
      // 5.9 "JC and Learning and Improvement sub group", 5.11 "Learning & Improvement sg", 5.12 "Learning and Improvement sg & ..."
      open: ['1.5', '1.12', '4.5', '4.6', '4.7', '4.10', '5.8', '5.9', '5.10', '5.11', '5.12'],
      // 4.8 "Learning &Improvement Group / Business group / CSCB", 4.9 "Learning &Improvement / business group"
      complete: ['4.8', '4.9'],
    },
  ],
  [
    'Business Group',
    'business group',
    {
      // "Business Group", "Business group", "business group", "CSCB business group", "Case Review sg Business Group and CSCB",
      // "PM group to Business Group", "CSCB through the Business Group"
      open: ['1.6', '2.10', '2.13', '3.8', '3.10', '3.12', '3.13', '4.4a', '4.5', '4.6', '4.10', '5.1a', '5.6'],
      complete: ['2.1', '2.4', '3.5', '4.2', '4.3', '4.4', '4.8', '4.9', '5.1', '5.3', '5.4'],
    },
  ],
  [
    'Comms & Engagement sub group',
    'C&E',
    {
      // "Comms and Engagement", "EH&P / C&E / MA Audit", "P&R sg / C&E sg", "Communication and Engagement sub group / MA Audit",
      // "... & Comms and Engagement sg", "Comms & Engagement Sub group", "Comms & Engagement sub group"
      open: ['1.5', '1.11', '2.8', '5.5', '5.12', '5.13', '5.14', '5.15', '5.16'],
      complete: [],
    },
  ],
];

const STATE_RANK: Record<string, number> = { red: 0, amber: 1, green: 2, none: 3 };

let all: { leads: Lead[]; noLead: Lead['actions']; asOf: string; asOfText: string; sheet: string };
beforeAll(async () => {
  const r = await run('leads', V12, '--as-of', '21 Jan 2015', '--json');
  expect(r.code).toBe(0);
  all = JSON.parse(r.out);
});

test('the JSON names the sheet and the date both ways', () => {
  expect(all).toMatchObject({ sheet: 'Business Plan 2014-15', asOf: '2015-01-21', asOfText: '21 Jan 2015' });
});

describe.each(EXPECTED)('%s', (name, spelling, want) => {
  const lead = () => all.leads.find((l) => l.name === name)!;

  test('is one lead in the list, with its counts', () => {
    expect(all.leads.filter((l) => l.name === name)).toHaveLength(1);
    expect(lead()).toMatchObject({ open: want.open.length, completed: want.complete.length });
  });

  test.each(want.open)('open action %s is on its chase list', (ref) => {
    expect(lead().actions.map((a) => a.ref)).toContain(ref);
  });

  test.each(want.complete.length ? want.complete : ['(none)'])('complete action %s is counted, not listed', (ref) => {
    expect(lead().actions.map((a) => a.ref)).not.toContain(ref);
  });

  test('holds no action its Reporting cell does not name', () => {
    expect(
      lead()
        .actions.map((a) => a.ref)
        .sort(),
    ).toEqual([...want.open].sort());
  });

  test('overdue first by days, then red, amber, green, not started', () => {
    const actions = lead().actions;
    const firstOnTime = actions.findIndex((a) => !a.overdue);
    const overdue = firstOnTime < 0 ? actions : actions.slice(0, firstOnTime);
    const rest = firstOnTime < 0 ? [] : actions.slice(firstOnTime);
    expect(rest.every((a) => !a.overdue)).toBe(true);
    for (let i = 1; i < overdue.length; i++) expect(overdue[i - 1].daysOverdue!).toBeGreaterThanOrEqual(overdue[i].daysOverdue!);
    for (let i = 1; i < rest.length; i++) expect(STATE_RANK[rest[i - 1].state]).toBeLessThanOrEqual(STATE_RANK[rest[i].state]);
    expect(lead().overdue).toBe(overdue.length);
  });

  test(`--lead "${spelling}" (another spelling) gives the same list`, async () => {
    const r = await run('leads', V12, '--as-of', '2015-01-21', '--lead', spelling, '--json');
    expect(r.code).toBe(0);
    const one = JSON.parse(r.out);
    expect(one.leads).toHaveLength(1);
    expect(one.leads[0]).toEqual(lead());
    expect(one.noLead).toEqual([]);
  });

  test('the text shows each open action on its own row: ref, state, due, days overdue, status', async () => {
    const r = await run('leads', V12, '--as-of', '21/01/2015', '--lead', name);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(new RegExp(`^${name.replace(/[&]/g, '\\&')}: ${want.open.length} open actions?`));
    for (const a of lead().actions) {
      const line = r.out.split('\n').find((l) => l.startsWith(`  ${a.ref} `))!;
      expect(line).toBeDefined();
      expect(line).toMatch(new RegExp(`^  ${a.ref.replace('.', '\\.')}\\s+${a.state === 'none' ? 'not started' : a.state}\\s`));
      if (a.dueText) expect(line).toContain(a.dueText);
      if (a.overdue) expect(line).toMatch(new RegExp(`\\s${a.daysOverdue}d\\s`));
    }
  });
});

test('Learning and Improvement starts with 4.6, 266 days overdue (the one the old list missed)', () => {
  const li = all.leads.find((l) => l.name === 'Learning and Improvement sub group')!;
  expect(li.actions[0]).toMatchObject({ ref: '4.6', overdue: true, daysOverdue: 266, due: '2014-04-30', dueText: '30 Apr 2014', status: 'See L&I programme' });
});

test('the text list: a heading with the date, a block per lead with open actions, then the leads with nothing open', async () => {
  const r = await run('leads', V12, '--as-of', '21 Jan 2015');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Chase list as of 21 Jan 2015 \(Business Plan 2014-15\): \d+ leads with open actions\n/);
  expect(r.out).toMatch(/\nBusiness Group: 13 open actions, 6 overdue, 11 complete\n {2}also written: .*"business group"/);
  expect(r.out).toMatch(/\n {2}1\.6 +red +31 Jan 2014 +355d +Feed results/);
  expect(r.out).toMatch(/\nNothing open: .*Jeff Rafter \(1 complete\)/);
  expect(r.err).toBe('');
});

test('--lead with a name the plan does not use: exit 2, the leads it has, and a suggestion', async () => {
  const r = await run('leads', V12, '--lead', 'Busines Grop');
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^plan-rag: error: --lead: the plan names no lead "Busines Grop"; did you mean Business Group\? Leads: .*EH&P.*\.\n$/);
  const far = await run('leads', V12, '--lead', 'Finance');
  expect(far.err).toMatch(/no lead "Finance"\. Leads: /);
});
