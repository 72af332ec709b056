/** The terminal report shows what the plan said: a revised date, a hand-coloured RAG, the update column, missing columns first. */
import { renderReport } from '../../src/cli/renderReport';
import { assessWorkbook } from '../../src/core/plan/assess';
import { toReportJson } from '../../src/core/plan/reportJson';
import { PLAN_FIXTURES } from '../fixtures/plans';
import { NYSCB, sheetsOf, V12 } from '../helpers/fixtures';

const report = (name: string) => {
  const f = PLAN_FIXTURES.find((x) => x.name === name)!;
  return renderReport(toReportJson(assessWorkbook([{ name: f.sheet, grid: f.grid }], { asOf: f.asOf })), { width: 400 });
};

test('a revised due date reads "due Mar 2015, revised from Dec 2014"', async () => {
  const text = renderReport(toReportJson(assessWorkbook(await sheetsOf(V12), { asOf: '2015-01-21' })), { width: 400 });
  expect(text).toMatch(/2\.11 .*due Mar 2015, revised from Dec 2014/);
  expect(text).toMatch(/1\.6 .*check the year/);
  expect(text).toMatch(/4 due dates were revised/);
});

test('a hand-coloured RAG and the update column used are shown', () => {
  expect(report('slough-lscb-2012')).toMatch(/RAG from the cell's colour/);
  expect(report('slough-lscb-2012')).toMatch(/5 RAGs were read from hand-coloured cells/);
  expect(report('dartmoor-action-plan-2016')).toMatch(/from "Update 2015"/);
});

test('a plan with no status and no timescale column says so in its first lines, not "51 not started"', async () => {
  const text = renderReport(toReportJson(assessWorkbook(await sheetsOf(NYSCB), { asOf: '2009-01-31' })));
  const first = text.split('\n').slice(0, 3).join('\n');
  expect(first).toMatch(/Warning: No timescale column/);
  expect(first).toMatch(/Warning: No status column/);
  expect(text).toMatch(/actions, not rated: the plan has no status and no timescale column/);
  expect(text).not.toMatch(/not started\./);
});
