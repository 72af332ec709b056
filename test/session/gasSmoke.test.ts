import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { GasHost } from '../../src/hosts/gas/gasHost';
import * as session from '../../src/gas/session';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate } from '../fakes/fakeSheets';
import { workbookOf, V12 } from '../helpers/fixtures';

test('gas smoke', async () => {
  const wb = await workbookOf(V12);
  const book = fakeSpreadsheetFrom(readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })));
  const host = new GasHost(fakeSpreadsheetApp(book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp, { formatDate });
  const before = JSON.stringify(book.snapshot());
  const a = session.applyRag(host, {}, '2015-01-21');
  console.log(a.summary.counts, a.leftAlone, book.sheets.map((s) => [s.name, s.hidden]), book.active?.name);
  const snap = JSON.stringify(book.snapshot());
  session.applyRag(host, {}, '2015-01-21');
  expect(JSON.stringify(book.snapshot())).toBe(snap);
  const c = session.clearRag(host);
  console.log(c);
  expect(JSON.stringify(book.snapshot())).toBe(before);
});
