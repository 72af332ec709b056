/**
 * One contract, every host: the same cases run through the real session on the reference host, Excel (office-js,
 * strict fake) and Google Sheets (Apps Script, strict fake). Expected cells come from reading the v12 plan: 1.6
 * (row 10) has no update and was due January 2014, so red; 1.3 (row 7) says "Some slippage", so amber.
 */
import { HISTORY_HEADER } from '../../src/core/host/history';
import { apply, clear, detect, removeRecords } from '../../src/core/session/session';
import { SessionError } from '../../src/core/session/sessionError';
import { seedRows, syntheticGrid } from '../../bench/syntheticPlan';
import { NYSCB, V12, V12_MERGED } from '../helpers/fixtures';
import { ExcelUnderTest, MemoryUnderTest, SheetsUnderTest, XlsxUnderTest, type HostUnderTest } from './hosts';

const PLAN = 'Business Plan 2014-15';
const AS_OF = '2015-01-21';
const hosts: Array<() => HostUnderTest> = [() => new MemoryUnderTest(), () => new XlsxUnderTest(), () => new ExcelUnderTest(), () => new SheetsUnderTest()];

describe.each(hosts.map((h) => [h().name, h] as const))('host contract: %s', (_name, make) => {
  describe.each([
    ['v12', V12, PLAN],
    ['v12 merged + SIIP register', V12_MERGED, PLAN],
    ['NYSCB', NYSCB, 'Business Plan 2008-09'],
  ])('%s', (_f, file, sheet) => {
    test('apply changes no value the user typed; only the key goes into empty cells', async () => {
      const t = make();
      await t.load(file);
      const before = await t.values();
      await apply(t.host, { asOf: AS_OF });
      const after = await t.values();
      for (const [k, v] of Object.entries(before)) expect({ k, v: after[k] }).toEqual({ k, v });
      const added = Object.keys(after).filter((k) => !(k in before) && k.startsWith(`${sheet}!`));
      for (const k of added) expect(String(after[k])).toMatch(/RAG key|\(R\)|\(A\)|\(G\)|\(no fill\)|overdue|needs a date|SIIP|Hover|reason|Complete|Blue/);
    });

    test('apply twice gives the same workbook, and the second apply changes no cell', async () => {
      const once = make();
      await once.load(file);
      await apply(once.host, { asOf: AS_OF });
      const twice = make();
      await twice.load(file);
      await apply(twice.host, { asOf: AS_OF });
      const second = await apply(twice.host, { asOf: AS_OF });
      expect(second.written.cells).toBe(0);
      expect(second.written.values).toBe(0);
      expect(await twice.formats(sheet)).toEqual(await once.formats(sheet));
      expect(await twice.values()).toEqual(await once.values());
      expect(await twice.sheetNames()).toEqual(await once.sheetNames());
    });

    test('clear restores what was there', async () => {
      const t = make();
      await t.load(file);
      const values = await t.values();
      const formats = await t.formats(sheet);
      const names = await t.sheetNames();
      await apply(t.host, { asOf: AS_OF });
      const out = await clear(t.host);
      expect(out.cleared).toBe(true);
      expect(out.leftAlone).toEqual([]);
      expect(await t.values()).toEqual(values);
      expect(await t.formats(sheet)).toEqual(formats);
      expect(await t.sheetNames()).toEqual(names);
    });
  });

  test('the same cells get the same state colours and links', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    expect(await t.fill(PLAN, 'G10')).toBe('FFC7CE'); // 1.6 red
    expect(await t.fill(PLAN, 'G7')).toBe('FFEB9C'); // 1.3 amber
    expect(await t.fill(PLAN, 'G5')).toBe('C6EFCE'); // 1.1 complete (green without BRAG)
    expect(await t.fill(PLAN, 'G17')).toBeNull(); // 1.13 not started: no fill
    expect(await t.link(PLAN, 'B74')).toMatch(/^'SIIP index'!A\d+$/);
    expect(await t.sheetNames()).toContain('SIIP index');
  });

  test('with a register, links go to the register', async () => {
    const t = make();
    await t.load(V12_MERGED);
    await apply(t.host, { asOf: AS_OF });
    expect(await t.link(PLAN, 'B6')).toBe('SIIP!A5'); // 1.2 → SIIP 1.9
    expect(await t.sheetNames()).not.toContain('SIIP index');
  });

  test('clear leaves what a person changed since the apply: a hand-coloured cell, a typed key cell, their own link', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    await t.paint(PLAN, 'G10', '0070C0'); // the board says 1.6 is blue after all
    await t.edit(PLAN, 'I6', 'my own note'); // typed over a line of the key
    await t.addLink(PLAN, 'A30', "'SIIP index'!A1"); // their own link in a column we link
    const out = await clear(t.host);
    expect(await t.fill(PLAN, 'G10')).toBe('0070C0');
    expect(await t.text(PLAN, 'I6')).toBe('my own note');
    expect(await t.link(PLAN, 'A30')).toBe("'SIIP index'!A1");
    expect(out.leftAlone).toEqual(expect.arrayContaining(['G10', 'I6']));
    expect(await t.fill(PLAN, 'G7')).toBeNull(); // the rest is restored
    expect(await t.text(PLAN, 'I4')).toBe('');
  });

  test('a hand-coloured cell counts as the person, not as plan-rag: re-apply takes it as theirs, clear gives it back', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    await t.paint(PLAN, 'G13', 'FF0000');
    const again = await apply(t.host, { asOf: AS_OF });
    expect(again.leftAlone).toEqual([]);
    await clear(t.host);
    expect(await t.fill(PLAN, 'G13')).toBe('FF0000');
  });

  test('one RAG column per quarter, coloured by hand with no words: each action takes its newest coloured quarter', async () => {
    const t = make();
    await t.loadGrid([
      {
        name: 'Plan',
        values: [
          ['Action', 'Lead', 'Timescale', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG', 'Comments'],
          ['Develop the single assessment', 'CSC', 'Dec 2016', '', '', '', '', 'IT system late'],
          ['Evaluate the MASH', 'Police', 'March 2017', '', '', '', '', ''],
          ['Train the staff', 'LSCB', 'March 2017', '', '', '', '', ''],
        ],
      },
    ]);
    await t.paint('Plan', 'D2', 'FFC000'); // Q1 amber, then Q2 red: red
    await t.paint('Plan', 'E2', 'FF0000');
    await t.paint('Plan', 'D3', '00B050'); // Q1 green only: green
    const d = await detect(t.host, { asOf: '2016-11-01' });
    expect(d.assessment.rows.map((r) => [r.action, r.state, r.ragSource])).toEqual([
      ['Develop the single assessment', 'red', 'fill'],
      ['Evaluate the MASH', 'green', 'fill'],
      ['Train the staff', 'none', null],
    ]);
  });

  test("a dashboard's figure each quarter, coloured by hand: each action takes its newest coloured quarter, and clear gives the colours back", async () => {
    const t = make();
    await t.loadGrid([
      {
        name: 'Dashboard',
        values: [
          ['Ref', 'Assurance standard', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Exception / action to improve', 'Due'],
          ['S1', 'Level 3 training compliance', '≥90%', '84%', '86%', '', '', 'Extra sessions in October and November.', 'Dec-24'],
          [
            'C1',
            'CP-IS live in all unscheduled care settings',
            'All sites live',
            '3 of 4 sites',
            '4 of 4 sites',
            '',
            '',
            'Urgent treatment centre live.',
            'Sep-24',
          ],
          ['A4', 'Prevent referrals reviewed within 1 working day', '100%', '100%', '100%', '', '', '', ''],
        ],
      },
    ]);
    await t.paint('Dashboard', 'D2', 'FF0000'); // Q1 red, then Q2 amber: amber
    await t.paint('Dashboard', 'E2', 'FFC000');
    await t.paint('Dashboard', 'D3', 'FFC000'); // Q1 amber, then Q2 blue: complete
    await t.paint('Dashboard', 'E3', '0070C0');
    const d = await detect(t.host, { asOf: '2024-11-15' });
    expect(d.assessment.rows.map((r) => [r.ref, r.state, r.ragSource, r.updateColumn])).toEqual([
      ['S1', 'amber', 'fill', 'Q2'],
      ['C1', 'complete', 'fill', 'Q2'],
      ['A4', 'none', null, null],
    ]);
    await apply(t.host, { asOf: '2024-11-15' });
    await clear(t.host);
    expect([await t.fill('Dashboard', 'E2'), await t.fill('Dashboard', 'E3'), await t.text('Dashboard', 'E2')]).toEqual(['FFC000', '0070C0', '86%']);
  });

  test('rows inserted above the table after the apply: clear finds every cell by its content', async () => {
    const t = make();
    await t.load(V12);
    const formatsBefore = await t.formats(PLAN);
    await apply(t.host, { asOf: AS_OF });
    await t.insertRows(PLAN, 3, 2);
    const out = await clear(t.host);
    expect(out.leftAlone).toEqual([]);
    // every formatted cell is back to what it was: the old G10 is now G12
    expect(await t.fill(PLAN, 'G12')).toBeNull();
    expect(await t.fill(PLAN, 'G9')).toBeNull();
    expect(await t.text(PLAN, 'I6')).toBe('');
    expect(Object.keys((await t.formats(PLAN)) as object).length).toBe(Object.keys(formatsBefore as object).length);
  });

  test('rows inserted inside the table: re-apply marks the right rows and clear restores them', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    await t.insertRows(PLAN, 8, 1); // above 1.4
    await apply(t.host, { asOf: AS_OF });
    expect(await t.fill(PLAN, 'G11')).toBe('FFC7CE'); // 1.6 moved from row 10 to 11, still red
    expect(await t.fill(PLAN, 'G10')).not.toBe('FFC7CE');
    await clear(t.host);
    expect(await t.fill(PLAN, 'G11')).toBeNull();
  });

  test('a renamed plan sheet: clear still finds its record', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    await t.rename(PLAN, 'Plan (renamed)');
    const out = await clear(t.host);
    expect(out.cleared).toBe(true);
    expect(await t.fill('Plan (renamed)', 'G10')).toBeNull();
  });

  test("a person's own sheets named like ours survive apply, the board pack and clear", async () => {
    const t = make();
    await t.load(V12);
    for (const n of ['Board summary', 'SIIP index', 'RAG history']) await t.addSheet(n, [['Our own notes', n]]);
    const values = await t.values();
    await apply(t.host, { asOf: AS_OF, board: true });
    for (const n of ['Board summary', 'SIIP index', 'RAG history']) expect(await t.text(n, 'A1')).toBe('Our own notes');
    expect(await t.sheetNames()).toEqual(expect.arrayContaining(['Board summary (2)', 'SIIP index (2)', 'RAG history (2)']));
    // the person's "SIIP index" is not taken for a register: links go to plan-rag's own index
    expect((await t.link(PLAN, 'A74')) ?? (await t.link(PLAN, 'B74'))).toMatch(/SIIP index \(2\)/);
    await clear(t.host, { all: true });
    expect(await t.values()).toEqual(values);
  });

  test('the board pack twice: the history reads back as text, and the second board says what changed', async () => {
    const t = make();
    await t.load(V12);
    const first = await apply(t.host, { asOf: AS_OF, board: true });
    expect(first.pack!.changes.previousAsOf).toBeNull();
    const history = (await t.sheetNames()).find((n) => n.startsWith('RAG history'))!;
    expect(await t.text(history, 'A1')).toBe(HISTORY_HEADER[0]);
    expect(await t.text(history, 'A2')).toBe(AS_OF); // text, not a date serial
    const refs = await Promise.all(Array.from({ length: 80 }, (_, i) => t.text(history, `C${i + 2}`)));
    expect(refs).toContain('1.10'); // not 1.1
    const second = await apply(t.host, { asOf: '2015-03-31', board: true });
    expect(second.pack!.changes.previousAsOf).toBe(AS_OF);
    const moved = second.pack!.changes.newlyRed.length + second.pack!.changes.newlyComplete.length + second.pack!.changes.slipped.length;
    expect(moved + (second.assessment.overdue - first.assessment.overdue)).toBeGreaterThan(0);
  });

  test('applying to a second plan while the first is applied is refused, with what to do; nothing changes', async () => {
    const t = make();
    await t.load(V12);
    await t.addSheet('Second plan', [
      ['No', 'Action', 'Timescale', 'Status'],
      ['1', 'Audit the front door', 'Dec 14', 'Complete'],
    ]);
    await apply(t.host, { asOf: AS_OF });
    const before = await t.values();
    const err = await apply(t.host, { asOf: AS_OF, sheet: 'Second plan' }).catch((e) => e);
    expect(err.code).toBe('other-sheet');
    expect(err.action).toMatch(/Clear it there first/);
    expect(await t.values()).toEqual(before);
    await clear(t.host);
    await expect(apply(t.host, { asOf: AS_OF, sheet: 'Second plan' })).resolves.toBeDefined();
  });

  test('the plan sheet deleted after the apply: clear removes the sheets plan-rag made and its record', async () => {
    const t = make();
    await t.load(V12);
    await t.addSheet('Cover', [['Our cover sheet']]);
    await apply(t.host, { asOf: AS_OF, board: true });
    expect(await t.sheetNames()).toContain('Board summary');
    await t.deleteSheet(PLAN);
    const out = await clear(t.host);
    expect(out.sheetsRemoved).toEqual(expect.arrayContaining(['Board summary', 'SIIP index']));
    expect((await t.sheetNames()).filter((n) => !n.startsWith('RAG history'))).toEqual(['Cover']);
  });

  test('a damaged record gets a clear message and a way out, never a stuck file', async () => {
    const t = make();
    await t.load(V12);
    await apply(t.host, { asOf: AS_OF });
    await t.damageJournal();
    const err = await clear(t.host).catch((e) => e);
    expect(err).toBeInstanceOf(SessionError);
    expect(err.code).toBe('journal');
    expect(err.action).toMatch(/Remove plan-rag records/);
    const d = await detect(t.host, { asOf: AS_OF });
    expect(d.journalError).toMatch(/edited|incomplete/);
    const removed = await removeRecords(t.host);
    expect(removed.removed.length).toBe(1);
    const again = await apply(t.host, { asOf: AS_OF });
    expect(again.assessment.rows.length).toBe(69);
  });

  test("a 10,000-row plan applies, re-applies and clears, every request within Excel on the web's 5 MB", async () => {
    const seeds = await seedRows();
    const t = make();
    await t.loadGrid([{ name: 'Plan', values: syntheticGrid(seeds, 10_000).values }]);
    const before = await t.values();
    await apply(t.host, { asOf: AS_OF });
    await apply(t.host, { asOf: '2015-03-31' });
    const out = await clear(t.host);
    expect(out.leftAlone).toEqual([]);
    expect(await t.values()).toEqual(before);
    expect(await t.largestRequest()).toBeLessThan(5 * 1024 * 1024);
  });
});
