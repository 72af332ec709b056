/**
 * Stands in for Apps Script in the browser tests of the Sheets sidebar: `google.script.run` calls the same
 * session functions the bundle's top-level functions call, against the fake SpreadsheetApp, loaded from the
 * fixture in `window.__PLAN_FIXTURE__`.
 */
import * as session from '../../src/gas/session';
import { GasHost } from '../../src/hosts/gas/gasHost';
import { fakeSpreadsheetApp, fakeSpreadsheetFrom, formatDate, type GSpreadsheet } from '../fakes/fakeSheets';

interface Fixture {
  sheets: Array<{
    name: string;
    values: unknown[][];
    numberFormats?: unknown[][];
    merges?: Array<{ top: number; left: number; bottom: number; right: number }>;
  }>;
  today: string;
}
const w = window as unknown as { __PLAN_FIXTURE__: Fixture; __gas: { book: GSpreadsheet }; google: unknown };
const fixture = w.__PLAN_FIXTURE__;
const book = fakeSpreadsheetFrom(fixture.sheets);
const app = fakeSpreadsheetApp(book) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const host = () => new GasHost(app, { formatDate });
let settings: session.GasSettings = {};
w.__gas = { book };

const server: Record<string, (...args: never[]) => unknown> = {
  getReport: (asOf?: string, brag?: boolean) => {
    settings = { ...settings, ...(asOf ? { asOf } : {}), ...(brag === undefined ? {} : { brag }) };
    return { today: fixture.today, report: session.getReport(host(), settings, settings.asOf ?? fixture.today) };
  },
  applyRag: (asOf?: string) => session.applyRag(host(), settings, asOf ?? settings.asOf ?? fixture.today),
  prepareForBoard: (asOf?: string) => session.prepareForBoard(host(), settings, asOf ?? settings.asOf ?? fixture.today),
  clearRag: () => session.clearRag(host()),
  removeRecords: () => session.removeRecords(host()),
  selectRow: (sheet: string, row: number) => session.selectRow(app, sheet, row),
};

function runner(ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown {
  return new Proxy(
    {},
    {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: never[]) =>
          setTimeout(() => {
            try {
              // results cross a JSON boundary in Apps Script, as here (and the call runs with or without a handler)
              const result = JSON.parse(JSON.stringify(server[name](...args) ?? null));
              ok?.(result);
            } catch (err) {
              fail?.(err);
            }
          }, 0);
      },
    },
  );
}
w.google = { script: { run: runner() } };
