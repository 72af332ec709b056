/** The Excel host's budgets and errors, against the recording fake. Counts, not timings: they do not depend on the machine. */
import { rangeAddresses } from '../../src/core/addresses';
import { HostError } from '../../src/hosts/excel/excelHost';
import { applyRag, clearRag, detect } from '../../src/hosts/excel/planSession';
import { seedRows, syntheticGrid, type SeedRow } from '../../bench/syntheticPlan';
import { FakeContext, fakeWorkbookFrom, type FakeWorkbookState } from '../fakes/fakeExcel';
import { PRINT_STATE_STYLES } from '../../src/core/plan/styles';

const CAPS = { mergedAreas: true };
let seeds: SeedRow[];
beforeAll(async () => {
  seeds = await seedRows();
});

function planOf(rows: number): FakeWorkbookState {
  const grid = syntheticGrid(seeds, rows);
  return fakeWorkbookFrom([{ name: 'Plan', values: grid.values }]);
}

async function applyOn(state: FakeWorkbookState) {
  const ctx = new FakeContext(state);
  await applyRag(ctx as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
  return ctx.recording;
}

describe('Excel apply budgets', () => {
  test('a full apply of a 10,000-row plan takes 3 syncs', async () => {
    const rec = await applyOn(planOf(10_000));
    expect(rec.syncs).toBe(3);
  });

  test('API calls grow with styles and columns, not with rows', async () => {
    const small = await applyOn(planOf(1_000));
    const large = await applyOn(planOf(10_000));
    // the only growth allowed is more getCellProperties chunks (5,000 rows each) and more getRanges address chunks
    expect(large.calls - small.calls).toBeLessThan(40);
    expect(large.byMethod.getRanges).toBeLessThan(60);
  });

  test('no request passes 5 MB at 50,000 rows, and every address string stays under 8,192 characters', async () => {
    const rec = await applyOn(planOf(50_000)); // the fake throws on a longer address string
    expect(rec.payloadBytes).toBeLessThan(5 * 1024 * 1024);
    // 3, plus a few syncs that keep the capture's response under 5 MB at this size
    expect(rec.syncs).toBeLessThanOrEqual(10);
  });

  test('what comes back at 10,000 rows stays under 5 MB a round trip', async () => {
    const rec = await applyOn(planOf(10_000));
    expect(rec.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('applying again reuses the journal: still 3 syncs', async () => {
    const state = planOf(2_000);
    await applyOn(state);
    expect((await applyOn(state)).syncs).toBe(3);
  });

  test('clear takes 2 syncs', async () => {
    const state = planOf(2_000);
    await applyOn(state);
    const ctx = new FakeContext(state);
    expect(await clearRag(ctx as unknown as Excel.RequestContext, CAPS)).toBe(true);
    expect(ctx.recording.syncs).toBe(2);
  });
});

describe('Excel errors a user can act on', () => {
  test('a protected sheet', async () => {
    const state = planOf(20);
    state.sheets[0].protected = true;
    const before = state.snapshot();
    const err = await applyOn(state).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toMatch(/protected/);
    expect(err.action).toMatch(/Unprotect/);
    expect(state.snapshot()).toEqual(before);
  });

  test('an empty sheet', async () => {
    const state = fakeWorkbookFrom([{ name: 'Sheet1', values: [] }]);
    const err = await detect(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21').catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toMatch(/empty/);
  });

  test('a sheet with no plan table names the headers looked for', async () => {
    const state = fakeWorkbookFrom([{ name: 'Minutes', values: [['Minutes of the Board'], ['Present: JC']] }]);
    const err = await detect(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21').catch((e) => e);
    expect(err.message).toMatch(/No plan table found.*Looked for/);
    expect(err.action).toMatch(/Columns/);
  });

  test('without ExcelApi 1.13 merged areas are not read, and the plan still reads', async () => {
    const state = planOf(30);
    const ctx = new FakeContext(state);
    const r = await detect(ctx as unknown as Excel.RequestContext, { mergedAreas: false }, {}, '2015-01-21');
    expect(r.read.merges).toBe(false);
    expect(r.assessment.rows).toHaveLength(30);
    expect(ctx.recording.byMethod['rangeAreas.load'] ?? 0).toBe(0);
  });

  test('the pane can tell that the sheet changed since the last apply', async () => {
    const state = planOf(30);
    await applyOn(state);
    const same = await detect(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    expect(same.changedSinceApply).toBe(false);
    state.cell(state.sheets[0], 3, 6).value = 'Timescale slipped';
    const changed = await detect(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    expect(changed.changedSinceApply).toBe(true);
  });
});

describe('address strings', () => {
  test('runs in a column become ranges', () => {
    expect(rangeAddresses(['G5', 'G6', 'G7', 'G9', 'D10'])).toEqual(['D10,G5:G7,G9']);
  });
  test('long lists are split under the limit', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `G${i * 2 + 1}`);
    const parts = rangeAddresses(cells);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(8192);
    expect(parts.join(',').split(',')).toHaveLength(5000);
  });
});

describe('Prepare for board in Excel', () => {
  async function v12() {
    const ExcelJS = (await import('exceljs')).default;
    const { fakeFromWorkbook } = await import('../fakes/fromWorkbook');
    const { V12 } = await import('../helpers/fixtures');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(V12);
    return fakeFromWorkbook(wb);
  }
  const { prepareForBoard } = jest.requireActual('../../src/hosts/excel/planSession') as typeof import('../../src/hosts/excel/planSession');

  test('the same board pack as the CLI: RAG column, print layout, summary, history; 3 syncs', async () => {
    const state = await v12();
    const ctx = new FakeContext(state);
    const r = await prepareForBoard(ctx as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    expect(ctx.recording.syncs).toBe(3);
    const plan = state.sheet('Business Plan 2014-15')!;
    const at = (address: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      return plan.cells.get(`${Number(m[2]) - 1},${m[1].charCodeAt(0) - 65}`);
    };
    expect(at('H4')?.value).toBe('RAG');
    expect(at('H10')?.value).toBe('R Red\nOverdue 355d');
    expect(at('H10')?.fill).toBe(`#${PRINT_STATE_STYLES.red.fill}`); // the RAG column prints in greyscale-safe styles
    expect(at('H5')?.value).toBe('Complete');
    expect(plan.page).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: 'A3:H86', titleRows: '$4:$4' });
    expect(plan.page.headers.centerHeader).toBe('&10RAG as of 21 Jan 2015');
    expect(plan.page.headers.rightFooter).toBe('&8Page &P of &N');
    expect(plan.rowHeights.get(26)).toBeGreaterThan(150); // 2.7's long status
    const summary = state.sheet('Board summary')!;
    const rows = [...summary.cells.entries()].filter(([k]) => k.endsWith(',0')).map(([, c]) => c.value);
    expect(rows).toContain('All actions');
    const history = state.sheet('RAG history')!;
    expect(history.visibility).toBe('Hidden');
    expect([...history.cells.keys()].filter((k) => k.endsWith(',0'))).toHaveLength(70);
    expect(r.pack.snapshot).toHaveLength(69);
  });

  test('clear puts the plan sheet back (print area and title rows aside) and keeps the history', async () => {
    const state = await v12();
    const before = state.snapshot() as Record<string, { page: unknown }>;
    await prepareForBoard(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    await clearRag(new FakeContext(state) as unknown as Excel.RequestContext, CAPS);
    const after = state.snapshot() as Record<string, { page: { printArea: unknown; titleRows: unknown } }>;
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'RAG history']);
    // Excel's API can set a print area and title rows but not remove them: Clear leaves those two
    const plan = after['Business Plan 2014-15'];
    expect(plan.page.printArea).toBe('A3:H86');
    plan.page.printArea = null;
    plan.page.titleRows = null;
    delete after['RAG history'];
    expect(after).toEqual(before);
  });

  test('a second board pack shows the changes since the first', async () => {
    const state = await v12();
    await prepareForBoard(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    await state.edit('Business Plan 2014-15', 'G7', 'Complete');
    const r = await prepareForBoard(new FakeContext(state) as unknown as Excel.RequestContext, CAPS, {}, '2015-04-15');
    expect(r.pack.changes.previousAsOf).toBe('2015-01-21');
    expect(r.pack.changes.newlyComplete.map((x) => x.ref)).toEqual(['1.3']);
  });
});

describe('Excel on the web: responses stay under 5 MB', () => {
  test('at 50,000 rows the read and the capture are sliced; values unchanged, every response under 5 MB', async () => {
    const state = planOf(50_000);
    const before = state.values();
    const ctx = new FakeContext(state);
    ctx.responseLimitBytes = 5 * 1024 * 1024; // the fake refuses a larger response, as Excel on the web does
    await applyRag(ctx as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    expect(Math.max(...ctx.recording.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(state.cell(state.sheets[0], 3, 6).fill).not.toBeNull(); // applied
    const after = state.values();
    for (const [k, v] of Object.entries(before)) expect(after[k]).toEqual(v);
  });

  test('at 10,000 rows it still fits in 3 syncs under the limit', async () => {
    const state = planOf(10_000);
    const ctx = new FakeContext(state);
    ctx.responseLimitBytes = 5 * 1024 * 1024;
    await applyRag(ctx as unknown as Excel.RequestContext, CAPS, {}, '2015-01-21');
    expect(ctx.recording.syncs).toBe(3);
  });
});
