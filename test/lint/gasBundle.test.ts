/** The Apps Script bundle lint: what Apps Script lacks or forbids, and names that must resolve. */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the lint is a plain Node script
const { lintGasBundle, serverCalls } = require('../../scripts/lint-gas-bundle.js');

const DIST = path.join(__dirname, '..', '..', 'dist', 'gas');
const MAIN = `SpreadsheetApp.getUi().createAddonMenu().addItem('Apply RAG', 'menuApply').addToUi();`;
const SIDEBAR = `<script>google.script.run.withSuccessHandler(function (r) { show(r); }).withFailureHandler(fail).getReport('2015-01-21');</script>`;

function bundle(files: { code?: string; functions?: string; sidebar?: string; main?: string }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gaslint-'));
  writeFileSync(path.join(dir, 'Code.js'), files.code ?? 'var PlanRag = { menuApply: function () {}, getReport: function () {} };');
  writeFileSync(
    path.join(dir, 'functions.js'),
    files.functions ?? 'function menuApply() { return PlanRag.menuApply(); }\nfunction getReport(a) { return PlanRag.getReport(a); }\n',
  );
  writeFileSync(path.join(dir, 'sidebar.html'), files.sidebar ?? SIDEBAR);
  writeFileSync(path.join(dir, 'main.ts'), files.main ?? MAIN);
  return lintGasBundle({ dir, mainSource: path.join(dir, 'main.ts') }).findings as string[];
}

test('a bundle that keeps to Apps Script passes', () => {
  expect(bundle({})).toEqual([]);
});

describe('faults found, by kind', () => {
  test.each([
    ['a timer', { code: 'var PlanRag = { menuApply: function () { setTimeout(function () {}, 1); }, getReport: function () {} };' }, /uses setTimeout/],
    ['globalThis', { code: 'var PlanRag = globalThis.x || { menuApply: function () {}, getReport: function () {} };' }, /uses globalThis/],
    ['require', { code: 'var z = require("zlib"); var PlanRag = { menuApply: function () {}, getReport: function () {} };' }, /uses require/],
    [
      'a service called while loading',
      { code: 'var tz = SpreadsheetApp.getActive(); var PlanRag = { menuApply: function () {}, getReport: function () {} };' },
      /SpreadsheetApp\.getActive is used while the bundle loads/,
    ],
    [
      'a top-level function calling a missing export',
      { functions: 'function menuApply() { return PlanRag.menuApplyy(); }\nfunction getReport(a) { return PlanRag.getReport(a); }\n' },
      /calls PlanRag\.menuApplyy/,
    ],
    [
      'a menu item with no function',
      { main: `SpreadsheetApp.getUi().createAddonMenu().addItem('Clear', 'menuClear').addToUi();` },
      /menu item calls menuClear/,
    ],
    [
      'a sidebar call with no function',
      { sidebar: '<script>google.script.run.withFailureHandler(f).removeRecords();</script>' },
      /google\.script\.run\.removeRecords/,
    ],
  ])('%s', (_why, files, finding) => {
    expect(bundle(files as never).join('\n')).toMatch(finding);
  });

  test("words in strings and comments are not code: 'require' in a message is fine", () => {
    expect(
      bundle({ code: '// setTimeout is not used\nvar PlanRag = { menuApply: function () { return "require a date"; }, getReport: function () {} };' }),
    ).toEqual([]);
  });
});

test("the sidebar's server calls are read through handlers with function bodies, and through act('name')", () => {
  const calls = serverCalls(`<script>
    google.script.run.withSuccessHandler(function (r) { if (r) { render(r); } }).withFailureHandler(fail).getReport(a, b);
    function act(name) { google.script.run.withSuccessHandler(load).withFailureHandler(fail)[name](asOf); }
    act('applyRag'); act('prepareForBoard');
  </script>`);
  expect([...calls].sort()).toEqual(['applyRag', 'getReport', 'prepareForBoard']);
});

(existsSync(path.join(DIST, 'Code.js')) ? test : test.skip)('the built bundle passes', () => {
  expect(lintGasBundle().findings).toEqual([]);
});
