/**
 * The Excel host against the strict office-js fake: each defect found by reading the old host against Microsoft's
 * documentation has a test here (the contract suite covers what every host shares). Counts and bytes, not
 * timings: they do not depend on the machine.
 */
import ExcelJS from 'exceljs';
import { apply, clear, detect } from '../../src/core/session/session';
import { emptyBatch } from '../../src/core/host/types';
import { ExcelHost } from '../../src/hosts/excel/excelHost';
import { seedRows, syntheticGrid, type SeedRow } from '../../bench/syntheticPlan';
import { fakeRunner, fakeWorkbookFrom, parseAddress, RichApiError, type ChangeEvent, type FakeWorkbookState, type Recording } from '../fakes/fakeExcel';
import { fakeFromWorkbook } from '../fakes/fromWorkbook';
import { V12 } from '../helpers/fixtures';

const PLAN = 'Business Plan 2014-15';
const AS_OF = '2015-01-21';
let seeds: SeedRow[];
beforeAll(async () => {
  seeds = await seedRows();
});

async function v12(): Promise<FakeWorkbookState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(V12);
  return fakeFromWorkbook(wb);
}

function hostOn(state: FakeWorkbookState, recordings: Recording[] = []): ExcelHost {
  return new ExcelHost(fakeRunner(state, recordings), { mergedAreas: true });
}

function cell(state: FakeWorkbookState, sheet: string, address: string) {
  const a = parseAddress(address);
  return state.cell(state.sheet(sheet)!, a.top, a.left);
}

describe('Excel: the add-in does not wake itself', () => {
  test("apply raises no change event for the add-in's own writes (events are off while it writes)", async () => {
    const state = await v12();
    const events: ChangeEvent[] = [];
    state.listeners.push({ sheetId: state.sheet(PLAN)!.id, handler: (e) => void events.push(e) });
    await apply(hostOn(state), { asOf: AS_OF });
    await apply(hostOn(state), { asOf: AS_OF, board: true });
    expect(events).toEqual([]);
    expect(state.eventsEnabled).toBe(true); // and events are on again afterwards
  });

  test('events are back on even when the write fails', async () => {
    const state = await v12();
    state.sheet(PLAN)!.protected = false;
    const host = hostOn(state);
    const failing = new ExcelHost(
      async (f) => {
        return fakeRunner(state)(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
            if (++n === 2) throw new RichApiError('GeneralException', 'injected');
            return sync();
          };
          return f(ctx);
        });
      },
      { mergedAreas: true },
    );
    void host;
    await expect(apply(failing, { asOf: AS_OF })).rejects.toThrow(/injected/);
    expect(state.eventsEnabled).toBe(true);
  });

  test("a person's edit still raises the event the pane listens to", async () => {
    const state = await v12();
    const events: ChangeEvent[] = [];
    state.listeners.push({ sheetId: state.sheet(PLAN)!.id, handler: (e) => void events.push(e) });
    await state.edit(PLAN, 'G10', 'Now under way');
    expect(events).toHaveLength(1);
    expect(events[0].triggerSource).toBe('Unknown');
  });
});

describe('Excel: text stays text', () => {
  test('the status history is written as text: dates and refs like 1.10 read back as written', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF, board: true });
    const history = state.sheet('RAG history')!;
    expect(history.visibility).toBe('Hidden');
    const asOf = history.cells.get('1,0')!;
    expect(asOf.value).toBe('2015-01-21');
    expect(asOf.numberFormat).toBe('@');
    const refs = [...history.cells.entries()].filter(([k]) => k.endsWith(',2')).map(([, c]) => c.value);
    expect(refs).toContain('1.10');
    // and a second board reads it back
    const second = await apply(hostOn(state), { asOf: '2015-03-31', board: true });
    expect(second.pack!.changes.previousAsOf).toBe('2015-01-21');
  });

  test('a history written by plan-rag 0.1 (dates turned into serials) still reads back', async () => {
    const state = await v12();
    const h = state.addSheet('RAG history');
    h.visibility = 'Hidden';
    const rows = [
      ['As of', 'Sheet row', 'Ref', 'State', 'Due'],
      [42025, 10, 1.6, 'amber', ''],
    ];
    rows.forEach((r, i) => r.forEach((v, c) => (state.cell(h, i, c).value = v as string | number)));
    const out = await apply(hostOn(state), { asOf: '2015-03-31', board: true });
    expect(out.pack!.changes.previousAsOf).toBe('2015-01-21');
  });

  test('key cells are text-formatted before their text is written', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    expect(cell(state, PLAN, 'I4').value).toMatch(/^RAG key/);
    expect(cell(state, PLAN, 'I4').numberFormat).toBe('@');
    await clear(hostOn(state));
    expect(cell(state, PLAN, 'I4').numberFormat).toBe('General');
  });
});

describe('Excel: clear puts back only what plan-rag did', () => {
  test("a person's own hyperlink between plan-rag's links survives clear (links are removed one by one, never blanked by column)", async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    const linked = [...state.sheet(PLAN)!.cells.entries()].filter(([, c]) => c.hyperlink).map(([k]) => k);
    expect(linked.length).toBeGreaterThan(3);
    const own = cell(state, PLAN, 'B60');
    own.hyperlink = { address: 'https://www.calderdale-scp.co.uk/' };
    await clear(hostOn(state));
    expect(cell(state, PLAN, 'B60').hyperlink).toEqual({ address: 'https://www.calderdale-scp.co.uk/' });
    expect([...state.sheet(PLAN)!.cells.values()].filter((c) => c.hyperlink).length).toBe(1);
  });

  test('cells plan-rag linked are no longer blue and underlined after clear', async () => {
    const state = await v12();
    const before = state.observable();
    await apply(hostOn(state), { asOf: AS_OF });
    const linked = [...state.sheet(PLAN)!.cells.entries()].filter(([, c]) => c.hyperlink).map(([k]) => k);
    expect(state.sheet(PLAN)!.cells.get(linked[0])!.font.underline).toBe('Single');
    await clear(hostOn(state));
    for (const k of linked) expect(state.sheet(PLAN)!.cells.get(k)!.font.underline).toBe('None');
    expect(state.observable()).toEqual(before);
  });

  test('a patterned fill comes back as the same pattern', async () => {
    const state = await v12();
    const g10 = cell(state, PLAN, 'G10');
    g10.fill = { color: '#FFFF00', pattern: 'LightUp', patternColor: '#FF0000' };
    await apply(hostOn(state), { asOf: AS_OF });
    expect(cell(state, PLAN, 'G10').fill?.pattern).toBe('Solid');
    await clear(hostOn(state));
    expect(cell(state, PLAN, 'G10').fill).toEqual({ color: '#FFFF00', pattern: 'LightUp', patternColor: '#FF0000' });
  });

  test('a write that fails part-way leaves a journal, and clear then restores every cell', async () => {
    const state = await v12();
    const before = state.observable();
    let syncs = 0;
    const breaking = new ExcelHost(
      async (f) =>
        fakeRunner(state)(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
            await sync();
            // the write's first round trip (the journal) lands; the next one never does
            if (++syncs === 4) throw new RichApiError('GeneralException', 'connection lost');
          };
          return f(ctx);
        }),
      { mergedAreas: true },
    );
    await expect(apply(breaking, { asOf: AS_OF })).rejects.toThrow(/connection lost/);
    expect(state.sheet('plan-rag journal')).toBeDefined();
    await clear(hostOn(state));
    expect(state.observable()).toEqual(before);
  });

  test('worksheet ids change between sessions and the sheet is renamed: clear still finds the plan', async () => {
    const state = await v12();
    const before = state.observable();
    await apply(hostOn(state), { asOf: AS_OF });
    state.newSession();
    state.sheet(PLAN)!.name = 'Plan 2014-15';
    state.activeName = 'Plan 2014-15';
    const out = await clear(hostOn(state));
    expect(out.sheet).toBe('Plan 2014-15');
    const after = state.observable() as Record<string, unknown>;
    expect(after['Plan 2014-15']).toEqual((before as Record<string, unknown>)[PLAN]);
  });

  test('the journal is a hidden sheet a person can see and remove, not a very hidden one', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    expect(state.sheet('plan-rag journal')!.visibility).toBe('Hidden');
  });

  test('clear removes a very hidden journal (as an earlier plan-rag CLI wrote it): made hidden first, then deleted last', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    state.sheet('plan-rag journal')!.visibility = 'VeryHidden';
    const c = await clear(hostOn(state));
    expect(c.cleared).toBe(true);
    expect(state.sheet('plan-rag journal')).toBeUndefined();
  });
});

describe('Excel: sheets and rows plan-rag must not take as its own', () => {
  test("plan-rag's own SIIP index is never taken for the register: a second detect still finds no register", async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    expect(state.sheet('SIIP index')).toBeDefined();
    const d = await detect(hostOn(state), { asOf: AS_OF });
    expect(d.assessment.register).toBeNull();
  });

  test('the board pack sets no row heights in Excel (its API cannot tell a hand-sized row from an autofit one)', async () => {
    const state = await v12();
    const recordings: Recording[] = [];
    await apply(hostOn(state, recordings), { asOf: AS_OF, board: true });
    const methods = recordings.flatMap((r) => Object.keys(r.byMethod));
    expect(methods).not.toContain('setRowProperties');
    expect(methods.filter((m) => /rowHeight/i.test(m))).toEqual([]);
  });
});

describe('Excel: what the key promises is true', () => {
  test('Excel has no notes at the floor: the key points to the pane instead of "hover"', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    const key = [...state.sheet(PLAN)!.cells.values()].map((c) => String(c.value)).filter((v) => /reason/i.test(v));
    expect(key).toEqual(['The reason for each state is in the Plan RAG pane.']);
  });

  test('overdue dates get the border the key promises', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF });
    const d10 = cell(state, PLAN, 'D10'); // 1.6, due January 2014: overdue
    expect(d10.font.bold).toBe(true);
    expect(d10.borders.top).toEqual({ style: 'Continuous', weight: 'Medium', color: '#C00000' });
  });
});

describe('Excel: requests within the limits', () => {
  function planOf(rows: number): FakeWorkbookState {
    return fakeWorkbookFrom([{ name: 'Plan', values: syntheticGrid(seeds, rows).values }]);
  }

  test('apply, re-apply and clear at 50,000 rows: every request and response under 5 MB', async () => {
    const state = planOf(50_000);
    const recordings: Recording[] = [];
    await apply(hostOn(state, recordings), { asOf: AS_OF });
    await apply(hostOn(state, recordings), { asOf: '2015-03-31' });
    await clear(hostOn(state, recordings));
    const largest = Math.max(...recordings.map((r) => r.payloadBytes));
    const largestResponse = Math.max(...recordings.map((r) => r.maxResponseBytes));
    expect(largest).toBeLessThan(5 * 1024 * 1024);
    expect(largestResponse).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);

  test("a new sheet of 8 MB of text (a large plan's chase list) goes in blocks of rows, every request under 5 MB", async () => {
    const state = planOf(10);
    const recordings: Recording[] = [];
    const text = (r: number, c: number) => `row ${r} column ${c}: ${'lorem ipsum dolor sit amet '.repeat(2)}`;
    const rows = Array.from({ length: 40_000 }, (_, r) => [0, 1, 2].map((c) => ({ value: text(r, c) })));
    await hostOn(state, recordings).write({
      ...emptyBatch({ name: 'Plan', id: state.sheet('Plan')!.id }),
      addSheets: [{ name: 'Chase list', rows, columnWidths: [], visibility: 'visible', replaces: null }],
    });
    const cell = (address: string) => state.cell(state.sheet('Chase list')!, parseAddress(address).top, parseAddress(address).left);
    expect(cell('A1').value).toBe(text(0, 0));
    expect(cell('C40000').value).toBe(text(39_999, 2));
    expect(cell('C40000').numberFormat).toBe('@');
    expect(Math.max(...recordings.map((r) => r.payloadBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  test('round trips do not grow with rows at a plan of ordinary size (1,000 and 5,000 rows)', async () => {
    const counts: number[] = [];
    for (const n of [1_000, 5_000]) {
      const recordings: Recording[] = [];
      await apply(hostOn(planOf(n), recordings), { asOf: AS_OF });
      counts.push(recordings.reduce((s, r) => s + r.syncs, 0));
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test('every getRanges address string stays under 8,192 characters (the fake refuses longer ones)', async () => {
    const state = planOf(10_000);
    await expect(apply(hostOn(state), { asOf: AS_OF })).resolves.toBeDefined();
  });
});

describe('Excel: errors a person can act on', () => {
  test('a protected sheet is refused before anything changes', async () => {
    const state = await v12();
    state.sheet(PLAN)!.protected = true;
    const before = state.snapshot();
    const err = await apply(hostOn(state), { asOf: AS_OF }).catch((e) => e);
    expect(err.code).toBe('protected');
    expect(err.action).toMatch(/Unprotect/);
    expect(state.snapshot()).toEqual(before);
  });

  test('an empty sheet', async () => {
    const state = fakeWorkbookFrom([{ name: 'Sheet1', values: [] }]);
    const err = await detect(hostOn(state), { asOf: AS_OF }).catch((e) => e);
    expect(err.code).toBe('empty');
  });

  test('a sheet with no plan table names the headers it looked for', async () => {
    const state = fakeWorkbookFrom([{ name: 'Notes', values: [['Minutes of the meeting'], ['Apologies']] }]);
    const err = await detect(hostOn(state), { asOf: AS_OF }).catch((e) => e);
    expect(err.code).toBe('no-plan');
    expect(err.reason).toMatch(/Looked for/);
  });

  test('an Excel without ExcelApi 1.13 reads the plan without merged areas', async () => {
    const state = await v12();
    state.maxApi = '1.9';
    const d = await detect(new ExcelHost(fakeRunner(state), { mergedAreas: false }), { asOf: AS_OF });
    expect(d.assessment.rows).toHaveLength(69);
  });
});

describe('Excel: the dashboard chart', () => {
  test('a stacked bar chart at its anchor with value labels that leave empty segments blank (format 0;;;)', async () => {
    const state = await v12();
    await apply(hostOn(state), { asOf: AS_OF, board: true });
    const charts = state.sheet('Board dashboard')!.charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'BarStacked', showValues: true, labelFormat: '0;;;' });
  });
});
