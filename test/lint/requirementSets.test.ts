/** The requirement-set lint: office-js members above the manifest's floor must be checked for first. */
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the lint is a plain Node script
const { lintRequirementSets } = require('../../scripts/lint-requirement-sets.js');

const ROOT = path.join(__dirname, '..', '..');

function lintSample(source: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reqsets-'));
  writeFileSync(path.join(dir, 'sample.ts'), `/// <reference types="office-js" />\n${source}`);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        lib: ['ES2020', 'DOM'],
        types: ['office-js'],
        typeRoots: [path.join(ROOT, 'node_modules', '@types')],
        skipLibCheck: true,
        noEmit: true,
      },
      files: ['sample.ts'],
    }),
  );
  writeFileSync(path.join(dir, 'manifest.xml'), '<Sets><Set Name="ExcelApi" MinVersion="1.9"/><Set Name="SharedRuntime" MinVersion="1.1"/></Sets>');
  return lintRequirementSets({ root: dir, tsconfig: path.join(dir, 'tsconfig.json'), manifest: path.join(dir, 'manifest.xml'), files: ['sample.ts'] });
}

test('a member above ExcelApi 1.9 used without a check is reported, with the set it needs', () => {
  const { findings } = lintSample(`export function f(r: Excel.Range) { return r.getMergedAreasOrNullObject(); }`);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatch(/getMergedAreasOrNullObject needs ExcelApi 1\.13; the manifest requires ExcelApi 1\.9/);
});

test('the same member behind a support check passes', () => {
  const { findings, used } = lintSample(
    `export function f(r: Excel.Range, api: { mergedAreas: boolean }) { return api.mergedAreas ? r.getMergedAreasOrNullObject() : null; }`,
  );
  expect(findings).toEqual([]);
  expect(used).toContain('ExcelApi 1.13 getMergedAreasOrNullObject');
});

test('members at or below the floor pass', () => {
  expect(lintSample(`export function f(w: Excel.Worksheet) { return w.getRanges('A1'); }`).findings).toEqual([]);
});

test("the add-in's own code passes", () => {
  const { findings, used } = lintRequirementSets();
  expect(findings).toEqual([]);
  expect(used.length).toBeGreaterThan(50);
});
