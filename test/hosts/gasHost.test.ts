/**
 * The Google Sheets host against the strict Apps Script fake: each defect found by reading the old host against
 * Google's documentation has a test here; and the built bundle, loaded in a sandbox as Apps Script would.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { GasHost } from '../../src/hosts/gas/gasHost';
import * as session from '../../src/gas/session';
import { seedRows, syntheticGrid } from '../../bench/syntheticPlan';
import { fakeLockService, fakeProperties, fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate, type GSpreadsheet } from '../fakes/fakeSheets';
import { V12, workbookOf } from '../helpers/fixtures';

const DIST = path.join(__dirname, '..', '..', 'dist', 'gas');
const PLAN = 'Business Plan 2014-15';
const AS_OF = '2015-01-21';

async function v12Book(timeZone = 'Europe/London'): Promise<GSpreadsheet> {
  const wb = await workbookOf(V12);
  return fakeSpreadsheetFrom(
    readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })),
    timeZone,
  );
}

function hostOn(book: GSpreadsheet): GasHost {
  return new GasHost(fakeSpreadsheetApp(book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, {
    formatDate,
    barChartType: 'BAR' as unknown as GoogleAppsScript.Charts.ChartType,
  });
}

describe('Sheets: the active sheet', () => {
  test('after apply and the board pack the person is back on the plan (inserting a sheet made it active)', async () => {
    const book = await v12Book();
    session.applyRag(hostOn(book), {}, AS_OF);
    expect(book.active!.name).toBe(PLAN);
    session.prepareForBoard(hostOn(book), {}, AS_OF);
    expect(book.active!.name).toBe(PLAN);
    // and the sidebar, asked again, reads the plan and not the journal
    expect(session.getReport(hostOn(book), {}, AS_OF).rows).toHaveLength(69);
  });

  test('on another sheet (the summary), the sidebar still finds the plan through the journal', async () => {
    const book = await v12Book();
    session.prepareForBoard(hostOn(book), {}, AS_OF);
    book.active = book.sheets.find((s) => s.name === 'Board summary')!;
    expect(session.getReport(hostOn(book), {}, AS_OF).sheet).toBe(PLAN);
  });
});

describe('Sheets: sheets are grown before they are written', () => {
  test("a board pack of 1,200 actions writes a history longer than a new sheet's 1,000 rows, twice", async () => {
    const seeds = await seedRows();
    const book = fakeSpreadsheetFrom([{ name: 'Plan', values: syntheticGrid(seeds, 1_200).values }]);
    session.prepareForBoard(hostOn(book), {}, AS_OF);
    session.prepareForBoard(hostOn(book), {}, '2015-03-31');
    const history = book.sheets.find((s) => s.name === 'RAG history')!;
    expect(history.maxRows).toBeGreaterThanOrEqual(2_401);
    expect(history.cells.get('2400,0')?.value).toBe('2015-03-31');
  });
});

describe('Sheets: links touch only the cells linked', () => {
  test('numbers, dates, formulas, bold runs and cells with several links in a linked column come through apply and clear unchanged', async () => {
    const book = await v12Book();
    const plan = book.sheets.find((s) => s.name === PLAN)!;
    // cells in column B between rows plan-rag links (B74 cites the SIIP), on rows that are not actions
    const put = (r: number, f: (c: ReturnType<typeof plan.cell>) => void) => f(plan.cell(r, 1));
    put(80, (c) => ((c.value = 42), (c.runs = null)));
    put(81, (c) => ((c.value = 42025), (c.numberFormat = 'dd/mm/yyyy'), (c.runs = null)));
    put(82, (c) => ((c.formula = '=1+1'), (c.value = 2), (c.runs = null)));
    put(
      83,
      (c) => (
        (c.value = 'Bold and plain'),
        (c.runs = [
          { text: 'Bold', link: null, bold: true },
          { text: ' and plain', link: null },
        ])
      ),
    );
    put(
      84,
      (c) => (
        (c.value = 'two links'),
        (c.runs = [
          { text: 'two', link: 'https://a.example/' },
          { text: ' links', link: 'https://b.example/' },
        ])
      ),
    );
    const before = JSON.stringify(book.snapshot()[PLAN]);
    session.applyRag(hostOn(book), {}, AS_OF);
    expect(plan.cell(73, 1).runs?.[0].link).toMatch(/^#gid=\d+&range=A\d+$/);
    session.clearRag(hostOn(book));
    expect(JSON.stringify(book.snapshot()[PLAN])).toBe(before);
  });

  test('a SIIP reference in a number cell is not linked (it has no rich text), and keeps its value', async () => {
    const book = fakeSpreadsheetFrom([
      {
        name: 'Plan',
        values: [
          ['No', 'Action', 'Timescale', 'Status', 'SIIP ref'],
          ['1.1', 'LINK TO SIIP 2.1 Audit the front door', 'Dec 14', 'Complete', 2.1],
        ],
      },
    ]);
    const out = session.applyRag(hostOn(book), {}, AS_OF);
    expect(out.rows[0].siip).toContain('2.1');
    const plan = book.sheets[0];
    expect(plan.cell(1, 4).value).toBe(2.1);
    expect(plan.cell(1, 4).fontColor).toBeNull();
  });
});

describe('Sheets: dates and colours', () => {
  test('a date cell in a spreadsheet east of the script reads on its own day, not the day before', async () => {
    const book = await v12Book('Asia/Tokyo');
    const plan = book.sheets.find((s) => s.name === PLAN)!;
    const d5 = plan.cell(4, 3); // 1.1's timescale, as a date: 31 December 2014
    d5.value = Math.round((Date.UTC(2014, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000);
    d5.numberFormat = 'dd/mm/yyyy';
    d5.runs = null;
    const report = session.getReport(hostOn(book), {}, AS_OF);
    expect(report.rows.find((r) => r.ref === '1.1')!.due).toBe('2014-12-31');
  });

  test('clear puts "no colour" back, not an explicit white fill or black text', async () => {
    const book = await v12Book();
    const plan = book.sheets.find((s) => s.name === PLAN)!;
    session.applyRag(hostOn(book), {}, AS_OF);
    expect(plan.cell(9, 6).background).toBe('#ffc7ce');
    session.clearRag(hostOn(book));
    expect(plan.cell(9, 6).background).toBeNull();
    expect(plan.cell(9, 6).fontColor).toBeNull();
  });
});

describe('Sheets: calls do not grow with rows', () => {
  test('1,000 and 10,000 rows take the same number of Apps Script calls, give or take a few', async () => {
    const seeds = await seedRows();
    const calls: number[] = [];
    for (const n of [1_000, 10_000]) {
      const book = fakeSpreadsheetFrom([{ name: 'Plan', values: syntheticGrid(seeds, n).values }]);
      session.applyRag(hostOn(book), {}, AS_OF);
      calls.push(book.rec.calls);
      expect(book.rec.byMethod.getValues).toBeLessThanOrEqual(3);
    }
    expect(calls[1] - calls[0]).toBeLessThanOrEqual(40);
  });
});

describe('Sheets: the add-on as published', () => {
  test('appsscript.json asks for the current spreadsheet only (and the menu/sidebar UI)', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'src', 'gas', 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(manifest.runtimeVersion).toBe('V8');
  });

  test('the sidebar sets cell text with textContent, never as HTML', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'src', 'gas', 'sidebar.html'), 'utf8');
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    expect(html).toMatch(/textContent/);
  });
});

const built = existsSync(path.join(DIST, 'Code.js'));
if (!built && process.env.CI) throw new Error('dist/gas is missing: npm run build:gas (the pretest script) builds it');
(built ? describe : describe.skip)('the built Apps Script bundle', () => {
  async function sandbox(book: GSpreadsheet) {
    const app = fakeSpreadsheetApp(book);
    const props = fakeProperties();
    const lock = fakeLockService();
    const box: Record<string, unknown> = {
      SpreadsheetApp: app,
      PropertiesService: props.service,
      LockService: lock,
      HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
      Utilities: { formatDate },
      Charts: { ChartType: { BAR: 'BAR' } },
      console,
    };
    vm.createContext(box);
    vm.runInContext(readFileSync(path.join(DIST, 'Code.js'), 'utf8'), box);
    vm.runInContext(readFileSync(path.join(DIST, 'functions.js'), 'utf8'), box);
    const call = (name: string, ...args: unknown[]) => (box[name] as (...a: unknown[]) => unknown)(...args);
    return { app, props, lock, box, call };
  }

  test('the menu is an add-on menu, built in AuthMode.NONE without touching the spreadsheet or properties', async () => {
    const book = await v12Book();
    const { app, box, call } = await sandbox(book);
    box.PropertiesService = {
      getDocumentProperties: () => {
        throw new Error('PropertiesService in AuthMode.NONE');
      },
    };
    book.rec.calls = 0;
    call('onOpen', { authMode: 'NONE' });
    expect(app.menus).toEqual([
      {
        kind: 'addon',
        items: [
          '(add-on)',
          'Open Plan RAG → showSidebar',
          'Apply RAG → menuApply',
          'Clear RAG → menuClear',
          'Prepare for board (summary sheet) → menuBoard',
          '—',
          'Check this spreadsheet → menuSelfCheck',
          'Remove plan-rag records → menuRemoveRecords',
        ],
      },
    ]);
    expect(book.rec.calls).toBe(0);
  });

  test('its top-level functions run, synchronously: apply returns the report, clear restores', async () => {
    const book = await v12Book();
    const { call } = await sandbox(book);
    for (const f of [
      'onOpen',
      'onInstall',
      'showSidebar',
      'menuApply',
      'menuClear',
      'menuBoard',
      'menuRemoveRecords',
      'getReport',
      'applyRag',
      'clearRag',
      'prepareForBoard',
      'removeRecords',
      'selectRow',
    ]) {
      expect(typeof (await sandbox(book)).box[f]).toBe('function');
    }
    const before = JSON.stringify(book.snapshot());
    const applied = call('applyRag', AS_OF) as { summary: { overdue: number } };
    expect(applied.summary.overdue).toBe(16); // a value, not a promise: Apps Script uses it at once (16: three dates revised in their status text)
    const plan = book.sheets.find((s) => s.name === PLAN)!;
    expect(plan.cell(9, 6).background).toBe('#ffc7ce');
    const { report } = call('getReport', AS_OF) as { report: { rows: unknown[] } };
    expect(report.rows).toHaveLength(69);
    call('selectRow', PLAN, 10);
    expect(book.selected).toBe(`${PLAN}!10`);
    call('clearRag');
    expect(JSON.stringify(book.snapshot())).toBe(before);
  });

  test('two people at once: the second waits for the document lock, then is told to try again', async () => {
    const book = await v12Book();
    const { app, lock, call } = await sandbox(book);
    lock.hold(true);
    expect(() => call('applyRag', AS_OF)).toThrow(/someone else is applying/);
    call('menuApply');
    expect(app.alerts[0]).toMatch(/^Plan RAG: .*someone else is applying.*try again/);
    expect(book.sheets.some((s) => s.name === 'plan-rag journal')).toBe(false);
  });

  test('an error reaches the person with what to do, from the menu and from the sidebar', async () => {
    const book = fakeSpreadsheetFrom([{ name: 'Notes', values: [['Minutes'], ['Apologies']] }]);
    const { app, call } = await sandbox(book);
    call('menuApply');
    expect(app.alerts[0]).toMatch(/Notes: No plan table found.*Open the plan sheet/);
    expect(() => call('getReport', AS_OF)).toThrow(/No plan table found/);
  });
});
