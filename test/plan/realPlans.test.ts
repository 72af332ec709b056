/**
 * Plans laid out as other boards keep them (test/fixtures/plans, sources in its README): each row's state, due date
 * and SIIP references against the reading written from the plan, not from the engine.
 */
import { assessWorkbook, type WorkbookAssessment } from '../../src/core/plan/assess';
import { toReportJson } from '../../src/core/plan/reportJson';
import { PLAN_FIXTURES } from '../fixtures/plans';

// Assessing is pure, so each fixture is read once and its reading shared by its tests (a fixture's grid is never
// changed by a test).
const readings = new WeakMap<(typeof PLAN_FIXTURES)[number], WorkbookAssessment>();
const assess = (f: (typeof PLAN_FIXTURES)[number]): WorkbookAssessment => {
  let reading = readings.get(f);
  if (!reading) readings.set(f, (reading = assessWorkbook([{ name: f.sheet, grid: f.grid }], { asOf: f.asOf })));
  return reading;
};
const keyOf = (r: WorkbookAssessment['rows'][number]) => r.ref ?? String(r.row);
/** The action row keyed `ref`, leaving out rows known not to be actions (`notActions`), which may share its key. */
const rowOf = (f: (typeof PLAN_FIXTURES)[number], ref: string) => assess(f).rows.find((r) => !f.notActions?.[r.row] && keyOf(r) === ref)!;

describe.each(PLAN_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  // a table the engine is known not to find (`tableNotFound`): fails until the engine reads its header
  (fixture.tableNotFound ? test.failing : test)('finds every action row, and nothing else', () => {
    const known = fixture.notActions ?? {};
    expect(
      assess(fixture)
        .rows.filter((r) => !known[r.row])
        .map(keyOf),
    ).toEqual(fixture.expected.map((e) => e[0]));
  });

  // rows the engine is known to take for actions that are not: each fails until the engine leaves the row out (then it
  // is moved out of `notActions`)
  for (const [row, why] of Object.entries(fixture.notActions ?? {})) {
    test.failing(`sheet row ${row} is not an action (known misread: ${why})`, () => {
      expect(assess(fixture).rows.map((r) => r.row)).not.toContain(Number(row));
    });
  }

  const read = fixture.expected.filter((e) => !fixture.misread?.[e[0]]);
  // (a fixture whose every row is a known misread has none to read)
  if (read.length > 0)
    test.each(read)('%s → %s, due %s, SIIP %j', (ref, state, due, siip) => {
      const row = rowOf(fixture, ref);
      expect({ state: row.state, due: row.timescale.due, siip: [...row.siip] }).toEqual({ state, due, siip });
    });

  // rows the engine is known to misread: each fails until the engine reads it as the plan is read (then it is moved
  // out of `misread`)
  for (const [ref, state, due, siip] of fixture.expected.filter((e) => fixture.misread?.[e[0]])) {
    test.failing(`${ref} → ${state}, due ${due}, SIIP ${JSON.stringify(siip)} (known misread: ${fixture.misread![ref]})`, () => {
      const row = rowOf(fixture, ref);
      expect({ state: row.state, due: row.timescale.due, siip: [...row.siip] }).toEqual({ state, due, siip });
    });
  }
});

describe('what the fixtures show about each pattern', () => {
  const byName = (name: string) => assess(PLAN_FIXTURES.find((f) => f.name === name)!);

  test('a hand-coloured RAG cell is recorded as the source', () => {
    const a = byName('slough-lscb-2012');
    expect(a.rows.map((r) => r.ragSource)).toEqual(['fill', 'fill', 'fill', 'fill', null, 'fill']);
    expect(toReportJson(a).summary.colouredRag).toBe(5);
  });

  test('revised dates keep the original, in the row and the JSON', () => {
    const a = byName('audit-tracker-2023');
    const ia02 = a.rows.find((r) => r.ref === 'IA-02')!;
    expect([ia02.originalDue, ia02.revisedFrom, ia02.timescale.due, ia02.revision?.source]).toEqual(['2022-11-30', '2022-11-30', '2023-03-31', 'column']);
    const json = toReportJson(a).rows.find((r) => r.ref === 'IA-02')!;
    expect([json.due, json.originalDue, json.revisedFrom]).toEqual(['2023-03-31', '2022-11-30', '2022-11-30']);
  });

  test('% complete: 100% with no words is complete; a contradicting Status drop-down is flagged', () => {
    const a = byName('audit-tracker-2023');
    expect(a.rows.find((r) => r.ref === 'IA-01')!.percentComplete).toBe(100);
    expect(a.rows.find((r) => r.ref === 'IA-03')!.contradiction).toMatch(/100% complete but the status says otherwise/);
    expect(a.rows.find((r) => r.ref === 'IA-05')!.closed).toBe('Superseded');
  });

  test('the update column used is recorded, and earlier ones are kept', () => {
    const a = byName('dartmoor-action-plan-2016');
    const r101 = a.rows.find((r) => r.ref === '101')!;
    expect(r101.updateColumn).toBe('Update 2016');
    expect(r101.updates.map((u) => u.header)).toEqual(['Update 2014', 'Update 2015', 'Update 2016']);
    expect(toReportJson(a).rows[0].earlierUpdates.map((u) => u.header)).toEqual(['Update 2014', 'Update 2015']);
    expect(a.rows.find((r) => r.ref === '102')!.updateColumn).toBe('Update 2015');
  });

  test('ticks in an "Achieved" column, and "No"', () => {
    const a = byName('bvr-safeguarding-review-2006');
    expect(a.missingColumns).toEqual([]); // the new-date column stands in for a timescale
    expect(a.warnings).toEqual([]); // so the report does not open with "No timescale column"
    expect(a.rows.find((r) => r.ref === '2 (v)')!.revisedFrom).toBeNull(); // no original date: a date, not a revision of one
  });
});

describe('recommendation trackers, SCR and Ofsted plans', () => {
  const byName = (name: string) => assess(PLAN_FIXTURES.find((f) => f.name === name)!);

  test('a tracker whose only "Date" is when the committee agreed it says it has no timescale column', () => {
    const a = byName('york-scrutiny-tracker-2026');
    expect(a.missingColumns).toEqual(['timescale']);
    expect(a.rows.every((r) => !r.overdue)).toBe(true);
  });

  test('a SCRAIP: "Completed" in the Timetable is done; a recommendation not accepted is closed, not overdue', () => {
    const a = byName('maidstone-scraip-2014');
    expect(a.rows.find((r) => r.row === 5)!.reasons.join(' ')).toMatch(/Completed/);
    const rejected = a.rows.find((r) => r.row === 7)!;
    expect([rejected.closed, rejected.overdue]).toEqual(['Not accepted', false]);
  });

  test('a plan running over two financial years, its period not stated, has no "check the year" on its earlier dates (a fifth of its dates or more)', () => {
    expect(byName('herefordshire-ofsted-plan-2015').rows.map((r) => r.checkYear)).toEqual([null, null, null, null, null, null]);
  });

  test('"Evidence" beside "Progress" is not read as the status', () => {
    const a = byName('thurrock-scr-action-plan-2016');
    expect(a.rows.find((r) => r.row === 7)!.status).toBe('');
  });
});

test('accuracy over all fixtures (state, due, SIIP) is reported', () => {
  const lines: string[] = [];
  for (const f of PLAN_FIXTURES) {
    const a = assess(f);
    let state = 0;
    let due = 0;
    let siip = 0;
    for (const [ref, s, d, x] of f.expected) {
      const r = a.rows.find((row) => !f.notActions?.[row.row] && keyOf(row) === ref);
      if (r?.state === s) state++;
      if (r && r.timescale.due === d) due++;
      if (r && JSON.stringify([...r.siip]) === JSON.stringify(x)) siip++;
    }
    lines.push(`${f.name}: state ${state}/${f.expected.length}, due ${due}/${f.expected.length}, SIIP ${siip}/${f.expected.length}`);
  }
  expect(lines.length).toBe(PLAN_FIXTURES.length);
});
