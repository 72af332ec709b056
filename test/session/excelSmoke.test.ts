import ExcelJS from 'exceljs';
import { apply, clear } from '../../src/core/session/session';
import { ExcelHost } from '../../src/hosts/excel/excelHost';
import { fakeRunner, type Recording } from '../fakes/fakeExcel';
import { fakeFromWorkbook } from '../fakes/fromWorkbook';
import { V12 } from '../helpers/fixtures';

test('excel smoke', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(V12);
  const state = fakeFromWorkbook(wb);
  const recs: Recording[] = [];
  const host = new ExcelHost(fakeRunner(state, recs), { mergedAreas: true });
  const before = state.observable();
  const a = await apply(host, { asOf: '2015-01-21' });
  console.log(a.assessment.counts, a.written, a.leftAlone, state.sheets.map((s) => [s.name, s.visibility]), recs.map((r) => r.syncs));
  const snap1 = JSON.stringify(state.snapshot());
  const b = await apply(host, { asOf: '2015-01-21' });
  console.log(b.written, b.leftAlone);
  expect(JSON.stringify(state.snapshot())).toBe(snap1);
  const c = await clear(host);
  console.log(c);
  expect(state.observable()).toEqual(before);
});
