/** The Google Sheets add-on: the built bundle in a sandbox, call counts, scopes, the board summary. */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import ExcelJS from 'exceljs';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { applyRag, clearRag, prepareForBoard } from '../../src/gas/session';
import { seedRows, syntheticGrid } from '../../bench/syntheticPlan';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, type GSpreadsheet } from '../fakes/fakeSheets';
import { V12 } from '../helpers/fixtures';

const DIST = path.join(__dirname, '..', '..', 'dist', 'gas');
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

async function v12Book(): Promise<GSpreadsheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(V12);
  return fakeSpreadsheetFrom(readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })));
}

describe('Apps Script host', () => {
  test('calls do not grow with rows (1,000 vs 10,000)', async () => {
    const seeds = await seedRows();
    const calls: number[] = [];
    for (const n of [1_000, 10_000]) {
      const book = fakeSpreadsheetFrom([{ name: 'Plan', values: syntheticGrid(seeds, n).values }]);
      applyRag(fakeSpreadsheetApp(book) as unknown as App, {}, '2015-01-21');
      calls.push(book.rec.calls);
      expect(book.rec.byMethod.getValues).toBeLessThanOrEqual(3); // the data range once, the journal check
    }
    expect(calls[1] - calls[0]).toBeLessThanOrEqual(2);
  });

  test('prepare for board writes the summary sheet and a hidden history; clear restores the plan', async () => {
    const book = await v12Book();
    const before = JSON.stringify(book.snapshot());
    const app = fakeSpreadsheetApp(book) as unknown as App;
    const report = prepareForBoard(app, {}, '2015-01-21');
    expect(report.summary.counts).toEqual({ red: 1, amber: 20, green: 16, complete: 29, none: 3 });
    const summary = book.sheets.find((s) => s.name === 'Board summary')!;
    expect([...summary.cells.values()].some((c) => c.value === 'All actions')).toBe(true);
    expect(book.sheets.find((s) => s.name === 'RAG history')!.hidden).toBe(true);
    expect(clearRag(app)).toBe(true);
    const after = book.snapshot();
    delete after['RAG history'];
    expect(JSON.stringify(after)).toBe(before);
  });

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
  test('loads, and its top-level functions run: menu, apply, report, clear', async () => {
    const book = await v12Book();
    const app = fakeSpreadsheetApp(book);
    const props = new Map<string, string>();
    const sandbox: Record<string, unknown> = {
      SpreadsheetApp: app,
      PropertiesService: { getDocumentProperties: () => ({ getProperty: (k: string) => props.get(k) ?? null, setProperty: (k: string, v: string) => props.set(k, v) }) },
      HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
      Utilities: { formatDate: () => '2015-01-21' },
      console,
    };
    vm.createContext(sandbox);
    vm.runInContext(readFileSync(path.join(DIST, 'Code.js'), 'utf8'), sandbox);
    vm.runInContext(readFileSync(path.join(DIST, 'functions.js'), 'utf8'), sandbox);
    for (const f of ['onOpen', 'onInstall', 'applyRag', 'clearRag', 'prepareForBoard', 'showSidebar', 'getReport', 'selectRow']) expect(typeof sandbox[f]).toBe('function');
    const call = (name: string, ...args: unknown[]) => (sandbox[name] as (...a: unknown[]) => unknown)(...args);
    call('onOpen');
    expect(app.menus[0]).toEqual(['Plan RAG', 'Apply RAG → applyRag', 'Clear RAG → clearRag', 'Open sidebar → showSidebar', 'Prepare for board (summary sheet) → prepareForBoard']);
    const before = JSON.stringify(book.snapshot());
    const applied = call('applyRag', '2015-01-21') as { summary: { overdue: number } };
    expect(applied.summary.overdue).toBe(19);
    const plan = book.sheets.find((s) => s.name === 'Business Plan 2014-15')!;
    expect(plan.cell(9, 6).background).toBe('#ffc7ce');
    expect(plan.cell(73, 1).link).toMatch(/^#gid=\d+&range=A\d+$/); // 5.6 → the SIIP index sheet
    const { report } = call('getReport', '2015-01-21') as { report: { rows: unknown[] } };
    expect(report.rows).toHaveLength(69);
    call('selectRow', 'Business Plan 2014-15', 10);
    expect(book.selected).toBe('Business Plan 2014-15!10');
    call('clearRag');
    expect(JSON.stringify(book.snapshot())).toBe(before);
  });
});
