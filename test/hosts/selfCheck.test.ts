/**
 * The self-checks a person runs in real Excel and real Sheets. On the strict fakes (which model the documented
 * behaviour) every check passes; on a fake that breaks a behaviour, the check for it fails. The scratch sheet goes.
 */
import { checkExcel, checkReport } from '../../src/hosts/excel/selfCheck';
import { checkSheets } from '../../src/hosts/gas/selfCheck';
import { fakeRunner, fakeWorkbookFrom } from '../fakes/fakeExcel';
import { brokenBehaviour, fakeLockService, fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate } from '../fakes/fakeSheets';
import { escapeHtml } from '../../src/gas/main';

const env = (max = 1.18) => ({
  platform: 'OfficeOnline',
  version: '16.0',
  supports: (v: string) => Number(v.split('.')[1]) <= Math.round((max % 1) * 100),
  wait: async () => undefined,
});

describe('Excel self-check', () => {
  test('on an Excel that behaves as documented, nothing fails, and the scratch sheet is gone', async () => {
    const state = fakeWorkbookFrom([{ name: 'Plan', values: [['No', 'Action']] }]);
    const results = await checkExcel(fakeRunner(state), env());
    expect(results.filter((r) => r.outcome === 'fail')).toEqual([]);
    expect(results.map((r) => r.check)).toEqual(
      expect.arrayContaining([
        'Text stays text',
        'Events off while plan-rag writes',
        'Links set and removed',
        'No fill and white fill told apart',
        'A request of 3.5 MB',
        'Merged areas',
      ]),
    );
    expect(state.sheets.map((s) => s.name)).toEqual(['Plan']);
    expect(checkReport(results)).toMatch(/^PASS {2}Excel: OfficeOnline/);
  });

  test('an Excel that raises events for writes made with events off fails that check', async () => {
    const state = fakeWorkbookFrom([{ name: 'Plan', values: [['x']] }]);
    state.ignoresEnableEvents = true;
    const results = await checkExcel(fakeRunner(state), env());
    expect(results.find((r) => r.check === 'Events off while plan-rag writes')).toMatchObject({ outcome: 'fail' });
  });

  test('a user sheet already called "plan-rag check" is left alone', async () => {
    const state = fakeWorkbookFrom([{ name: 'plan-rag check', values: [['mine']] }]);
    await checkExcel(fakeRunner(state), env());
    expect(state.sheets.map((s) => s.name)).toEqual(['plan-rag check']);
    expect(state.sheets[0].cells.get('0,0')?.value).toBe('mine');
  });

  test('an Excel below ExcelApi 1.9 is reported and nothing is touched', async () => {
    const state = fakeWorkbookFrom([{ name: 'Plan', values: [['x']] }]);
    const results = await checkExcel(fakeRunner(state), { ...env(), supports: () => false });
    expect(results).toEqual([expect.objectContaining({ check: 'Excel', outcome: 'fail' })]);
  });
});

describe('Sheets self-check', () => {
  const services = { formatDate, scriptTimeZone: 'UTC', documentLock: () => fakeLockService().getDocumentLock() as unknown as GoogleAppsScript.Lock.Lock };

  test('on Sheets as documented, nothing fails; the person is back on their sheet; the scratch sheet is gone', () => {
    const book = fakeSpreadsheetFrom([{ name: 'Plan', values: [['No', 'Action']] }], 'Asia/Tokyo');
    const results = checkSheets(fakeSpreadsheetApp(book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, services);
    expect(results.filter((r) => r.outcome === 'fail')).toEqual([]);
    expect(results.find((r) => r.check === "Dates read in the spreadsheet's time zone")!.detail).toMatch(/they differ/);
    expect(book.active!.name).toBe('Plan');
    expect(book.sheets.map((s) => s.name)).toEqual(['Plan']);
  });

  test('a spreadsheet that ignores the plain-text format fails "Text stays text"', () => {
    brokenBehaviour.textFormatIgnored = true;
    try {
      const book = fakeSpreadsheetFrom([{ name: 'Plan', values: [['x']] }]);
      const results = checkSheets(fakeSpreadsheetApp(book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, services);
      expect(results.find((r) => r.check === 'Text stays text')).toMatchObject({ outcome: 'fail' });
    } finally {
      brokenBehaviour.textFormatIgnored = false;
    }
  });

  test('the result is shown escaped: cell text in a report is never HTML', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)> & "q"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  });
});
