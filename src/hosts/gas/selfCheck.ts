/// <reference types="google-apps-script" />
/**
 * "Check this spreadsheet": tries, on a scratch sheet it then deletes, the behaviours the Sheets host relies on
 * (docs/host-behaviour.md §18-31) and reports each as pass, fail or a fact to record, for a support request.
 */
import type { CheckResult } from '../excel/selfCheck';

export type { CheckResult };

export interface GasCheckServices {
  formatDate(date: Date, timeZone: string, format: string): string;
  /** The script's own time zone (Session.getScriptTimeZone()), to say whether it differs from the spreadsheet's. */
  scriptTimeZone: string;
  /** LockService.getDocumentLock(), or null where there is none. */
  documentLock: () => GoogleAppsScript.Lock.Lock | null;
}

const SCRATCH = 'plan-rag check';

export function checkSheets(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, services: GasCheckServices): CheckResult[] {
  const results: CheckResult[] = [];
  const record = (check: string, outcome: CheckResult['outcome'], detail: string) => results.push({ check, outcome, detail });
  const attempt = (check: string, f: () => void) => {
    try {
      f();
    } catch (err) {
      record(check, 'fail', err instanceof Error ? err.message : String(err));
    }
  };
  const ss = app.getActiveSpreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const before = ss.getActiveSheet();
  let name = SCRATCH;
  for (let i = 2; ss.getSheetByName(name); i++) name = `${SCRATCH} ${i}`;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  try {
    sheet = ss.insertSheet(name);
  } catch (err) {
    record('Scratch sheet', 'fail', `could not add a sheet to check on: ${err instanceof Error ? err.message : String(err)}`);
    return results;
  }

  attempt('A new sheet is made the active one', () => {
    const moved = ss.getActiveSheet().getName() === name;
    before.activate();
    const back = ss.getActiveSheet().getName() === before.getName();
    record(
      'A new sheet is made the active one',
      back ? 'pass' : 'fail',
      `${moved ? 'inserting a sheet made it active' : 'inserting a sheet left the active sheet alone'}; plan-rag puts the person back on their sheet: ${back ? 'done' : 'failed'}`,
    );
  });

  attempt('Size of a new sheet', () => {
    record('Size of a new sheet', 'info', `${sheet.getMaxRows()} rows × ${sheet.getMaxColumns()} columns (plan-rag grows its sheets before writing past them)`);
  });

  attempt('Text stays text', () => {
    const typed = [['2015-01-21', '1.10', '0123', 'TRUE']];
    const r = sheet.getRange(1, 1, 1, 4);
    r.setNumberFormat('@');
    r.setValues(typed);
    const back = r.getValues()[0];
    const same = back.every((v, i) => v === typed[0][i]);
    record('Text stays text', same ? 'pass' : 'fail', `wrote ${JSON.stringify(typed[0])} into plain-text cells, read back ${JSON.stringify(back)}`);
  });

  attempt('Strings are read as typed', () => {
    const r = sheet.getRange(2, 1, 1, 2);
    r.setValues([['2015-01-21', '1.10']]);
    const back = r.getValues()[0].map((v) => (v instanceof Date ? `a date (${services.formatDate(v, tz, 'yyyy-MM-dd')})` : JSON.stringify(v)));
    record('Strings are read as typed', 'info', `without the text format, "2015-01-21" and "1.10" read back as ${back.join(' and ')}`);
  });

  attempt("Dates read in the spreadsheet's time zone", () => {
    const r = sheet.getRange(3, 1);
    r.setValue('2015-01-21');
    const d = r.getValue() as unknown;
    if (!(d instanceof Date)) throw new Error(`a date came back as ${JSON.stringify(d)}`);
    const inSheet = services.formatDate(d, tz, 'yyyy-MM-dd');
    const inScript = services.formatDate(d, services.scriptTimeZone, 'yyyy-MM-dd');
    record(
      "Dates read in the spreadsheet's time zone",
      inSheet === '2015-01-21' ? 'pass' : 'fail',
      `spreadsheet zone ${tz}: ${inSheet}; script zone ${services.scriptTimeZone}: ${inScript}${inSheet !== inScript ? ' (they differ: plan-rag reads dates in the spreadsheet zone)' : ''}`,
    );
  });

  attempt('Links on text, not on numbers', () => {
    const text = sheet.getRange(4, 1);
    text.setValue('linked');
    text.setRichTextValue(app.newRichTextValue().setText('linked').setLinkUrl(`#gid=${sheet.getSheetId()}&range=A1`).build());
    const link = text.getRichTextValue()?.getLinkUrl() ?? null;
    const number = sheet.getRange(4, 2);
    number.setValue(42);
    const rich = number.getRichTextValues()[0][0];
    record(
      'Links on text, not on numbers',
      link ? 'pass' : 'fail',
      `a text cell carries the link ${JSON.stringify(link)}; a number's rich text is ${rich === null ? 'null (plan-rag does not link numbers, dates or formulas)' : 'present'}`,
    );
  });

  attempt('No colour is put back as no colour', () => {
    const r = sheet.getRange(5, 1);
    r.setBackground('#ffc7ce');
    r.setBackground(null as unknown as string);
    record('No colour is put back as no colour', 'pass', `after a reset the cell reads ${r.getBackground()} (the default)`);
  });

  attempt('Document lock', () => {
    const lock = services.documentLock();
    record(
      'Document lock',
      lock ? 'pass' : 'fail',
      lock ? 'two people applying at once wait for each other' : 'no document lock here: two people applying at once could interleave',
    );
  });

  try {
    ss.deleteSheet(sheet);
  } catch (err) {
    record(
      'Scratch sheet removed',
      'fail',
      `the sheet "${name}" could not be deleted: ${err instanceof Error ? err.message : String(err)}. Delete it by hand.`,
    );
  }
  return results;
}
