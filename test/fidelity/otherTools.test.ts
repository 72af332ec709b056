/**
 * Workbooks other tools really wrote (test/fixtures/workbooks, from the public test data of ExcelJS, tealeg/xlsx and
 * excelize: Excel 2007 to 365 on Windows, Mac and the web, LibreOffice, Google Sheets, Apple Numbers, WPS and
 * Tencent Office, and hand-made oddities), each with a small plan
 * planted below what its first sheet already holds. Each goes through the monthly cycle (apply, apply again,
 * clear) plain and with the board pack: no value changes, applying twice gives the same bytes, and clear gives back
 * every part as it was. The workbooks as they are (no plan) get a one-line message, never a stack trace.
 */
import { promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { apply } from '../../src/core/session/session';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { XlsxError } from '../../src/hosts/xlsx/errors';
import { assertWellFormed, partsOf, partText, workbookValues } from '../helpers/package';
import { cycle } from './corpus';

const DIR = path.join(__dirname, '..', 'fixtures', 'workbooks');
const AS_OF = '2015-01-21';

/** The plan planted in each workbook, as a secretariat types one. */
const PLAN = [
  ['No', 'Objective', 'Action', 'Timescale', 'Reporting', 'Outcome', 'Status'],
  ['1.1', 'Keep children safe', 'Audit of referrals', 'March 2015', 'Business Group', 'Better referrals', 'Complete'],
  ['1.2', '', 'Train staff on thresholds', 'Dec 14', 'L&I sg', 'Staff trained', 'Some slippage'],
  ['1.3', '', 'Publish annual report', '30/09/2014', 'Board', 'Report published', 'Not started'],
  ['1.4', '', 'Review escalation policy LINK TO SIIP 2.1', 'Ongoing', 'Policy sg', 'Policy agreed', 'On track'],
  ['1.5', '', 'Quarterly audit of case files', 'June 2015', 'QA sg', 'Audit done', 'Off track'],
];

/** Files that are not workbooks plan-rag can read, and the message each gets. */
const REFUSED: Record<string, RegExp> = {
  'invalid-xml.xlsx': /^xl\/worksheets\/sheet1\.xml is not well-formed XML .*repair/,
  'qax-os-encryptAES.xlsx': /password-protected.*Remove the password/,
};
/** Damaged files: a sheet whose part is missing (no workbook relationships, or no worksheets). */
const DAMAGED = new Set(['tealeg-badfile_noWorkbookRels.xlsx', 'tealeg-badfile_noWorksheets.xlsx']);
/** A workbook part that lists no sheet. */
const NO_SHEETS = new Set(['qax-os-BadWorkbook.xlsx']);
/** Files whose first sheet is not a worksheet (nothing to plant a plan in). */
const NO_WORKSHEET_FIRST = new Set(['chart-sheet.xlsx', 'tealeg-testchartsheet.xlsx']);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number) => String.fromCharCode(65 + i);

/** The workbook with the plan written (as inline strings) two rows below the last row of its first sheet. */
async function planted(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)![1];
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1];
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  let xml = await zip.file(part)!.async('string');
  const p = /<(\w+:)?sheetData\b/.exec(xml)![1] ?? '';
  const last = Math.max(0, ...[...xml.matchAll(/<(?:\w+:)?row\b[^>]*\br="(\d+)"/g)].map((m) => Number(m[1])));
  const rows = PLAN.map((cells, i) => {
    const r = last + 3 + i;
    const cs = cells.map((v, c) => (v ? `<${p}c r="${column(c)}${r}" t="inlineStr"><${p}is><${p}t>${escape(v)}</${p}t></${p}is></${p}c>` : '')).join('');
    return `<${p}row r="${r}">${cs}</${p}row>`;
  }).join('');
  xml = /<(\w+:)?sheetData\s*\/>/.test(xml)
    ? xml.replace(/<((?:\w+:)?)sheetData\s*\/>/, (_m, q: string) => `<${q}sheetData>${rows}</${q}sheetData>`)
    : xml.replace(/<\/((?:\w+:)?)sheetData>/, (m) => rows + m);
  zip.file(part, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const cycled = files.filter((f) => !(f in REFUSED) && !DAMAGED.has(f) && !NO_WORKSHEET_FIRST.has(f) && !NO_SHEETS.has(f));

test('the corpus is there: workbooks from Excel, LibreOffice and Google Sheets', () => {
  expect(cycled.length).toBeGreaterThanOrEqual(30);
  expect(files).toEqual(expect.arrayContaining(['google-sheets.xlsx', 'libre-calc-as-excel-2007-365.xlsx', 'comments.xlsx', 'images.xlsx']));
});

describe.each(cycled.map((f) => [f]))('%s', (file) => {
  let original: Buffer;
  beforeAll(async () => {
    original = await planted(await fs.readFile(path.join(DIR, file)));
  });

  test('the planted plan is read: five actions', async () => {
    const result = await apply(await openXlsx(original), { asOf: AS_OF, board: false });
    expect(result.assessment.rows.map((r) => r.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
  });

  test.each([[false], [true]])('board %s: no value changes, twice gives the same bytes, clear gives every part back', async (board) => {
    const r = await cycle(original, AS_OF, board);
    const before = await workbookValues(original);
    const after = await workbookValues(r.applied);
    for (const [ref, v] of before) expect({ ref, v: after.get(ref) }).toEqual({ ref, v });
    expect(r.twice.equals(r.applied)).toBe(true);
    const was = await partsOf(original);
    const now = await partsOf(r.cleared);
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    for (const [name, bytes] of was) expect({ name, same: now.get(name)!.equals(bytes) }).toEqual({ name, same: true });
    for (const [name, data] of await partsOf(r.applied)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(partText(data), `${file}: ${name}`);
  });
});

describe('as they are (no plan in them)', () => {
  test.each(files.map((f) => [f]))('%s: a one-line message, never a stack trace', async (file) => {
    const bytes = await fs.readFile(path.join(DIR, file));
    let error: unknown = null;
    try {
      await apply(await openXlsx(bytes), { asOf: AS_OF, board: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/Cannot read|undefined|is not a function|TypeError/);
    if (REFUSED[file]) {
      expect(error).toBeInstanceOf(XlsxError);
      expect(message).toMatch(REFUSED[file]);
    } else if (DAMAGED.has(file)) expect(message).toMatch(/could not be read\. The workbook is damaged .*repair/);
    else expect(message).toMatch(/No plan table found|is empty|has no sheet|no worksheet|chart/i);
  });
});
