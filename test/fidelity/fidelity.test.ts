/**
 * Package fidelity: for every feature of the corpus, apply (plain and --board), apply twice and clear, then check
 * that every part plan-rag does not own is byte-identical (its compressed entry too), that in the parts it owns
 * only its own elements changed, that no value changed, that the second apply gives the same bytes, that clear
 * gives back every part as it was, and that LibreOffice opens the results.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { canRender } from '../helpers/render';
import { assertWellFormed, cellValues, partsOf, rawEntries, sheetPartOf } from '../helpers/package';
import { base, cycle, everything, FEATURES, type Feature } from './corpus';

const AS_OF = '2015-01-21';
const PLAN = 'Business Plan 2014-15';

interface Run {
  feature: Feature;
  board: boolean;
  original: Buffer;
  applied: Buffer;
  twice: Buffer;
  cleared: Buffer;
}

const runs: Run[] = [];
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-fidelity-'));
  for (const feature of FEATURES) {
    const b = await base();
    await feature.add(b);
    const original = await b.bytes();
    for (const board of [false, true]) {
      runs.push({ feature, board, original, ...(await cycle(original, AS_OF, board)) });
    }
  }
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The parts plan-rag may change in a workbook: the plan sheet and what hangs off it, styles, workbook, lists. */
async function ownedParts(original: Map<string, Buffer>): Promise<Set<string>> {
  const plan = await sheetPartOf(original, PLAN);
  const rels = `${plan.replace(/[^/]+$/, '')}_rels/${plan.replace(/^.*\//, '')}.rels`;
  const owned = new Set([plan, rels, 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']);
  const planRels = original.get(rels)?.toString('utf8') ?? '';
  for (const m of planRels.matchAll(/Type="[^"]*\/(comments|vmlDrawing)" Target="([^"]+)"/g))
    owned.add(path.posix.normalize(path.posix.join(path.posix.dirname(plan), m[2])));
  return owned;
}

const label = (r: Run) => `${r.feature.name}${r.board ? ' (--board)' : ''}`;

describe.each(FEATURES.map((f) => [f.name, f] as const))('%s', (_name, feature) => {
  const mine = () => runs.filter((r) => r.feature === feature);

  test('apply: every part plan-rag does not own is byte-identical, compressed entry included', async () => {
    for (const r of mine()) {
      const before = await partsOf(r.original);
      const after = await partsOf(r.applied);
      const owned = await ownedParts(before);
      const rawBefore = rawEntries(r.original);
      const rawAfter = rawEntries(r.applied);
      for (const [name, bytes] of before) {
        if (owned.has(name)) continue;
        expect({ run: label(r), name, same: after.get(name)?.equals(bytes) ?? false }).toEqual({ run: label(r), name, same: true });
        expect({ run: label(r), name, raw: rawAfter.get(name)?.equals(rawBefore.get(name)!) ?? false }).toEqual({ run: label(r), name, raw: true });
      }
    }
  });

  test('apply: in the parts it owns, only its own elements and attributes change', async () => {
    for (const r of mine()) {
      const before = await partsOf(r.original);
      const after = await partsOf(r.applied);
      const plan = await sheetPartOf(before, PLAN);
      ownChangesOnly(label(r), before.get(plan)!.toString('utf8'), after.get(plan)!.toString('utf8'));
      stylesAppendOnly(label(r), before.get('xl/styles.xml')!.toString('utf8'), after.get('xl/styles.xml')!.toString('utf8'));
      // workbook: every element but the sheet list and names as it was; every sheet and name entry kept
      const wb0 = before.get('xl/workbook.xml')!.toString('utf8');
      const wb1 = after.get('xl/workbook.xml')!.toString('utf8');
      expect(strip(wb1, ['sheets', 'definedNames'])).toBe(strip(wb0, ['sheets', 'definedNames']));
      for (const el of elements(wb0, 'sheet')) expect(wb1).toContain(el);
      // names are kept; a sheet-scoped name follows its sheet when the board's pages are put before it
      const order0 = elements(wb0, 'sheet').map((e) => /name="([^"]*)"/.exec(e)![1]);
      const order1 = elements(wb1, 'sheet').map((e) => /name="([^"]*)"/.exec(e)![1]);
      const moved = (el: string) => el.replace(/localSheetId="(\d+)"/, (_m, i) => `localSheetId="${order1.indexOf(order0[Number(i)])}"`);
      const planPrintName = (el: string) => /_xlnm\.Print_(Area|Titles)"/.test(el) && el.includes(`localSheetId="${order1.indexOf(PLAN)}"`); // set by the board pack
      for (const el of elements(wb0, 'definedName').map(moved)) if (!planPrintName(el)) expect(wb1).toContain(el);
      for (const name of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
        const t = after.get(name)!.toString('utf8');
        for (const el of [
          ...elements(before.get(name)!.toString('utf8'), 'Relationship'),
          ...elements(before.get(name)!.toString('utf8'), 'Override'),
          ...elements(before.get(name)!.toString('utf8'), 'Default'),
        ])
          expect(t).toContain(el);
      }
      // notes: the person's notes, authors and boxes stay (plan-rag may add a run of its own words)
      for (const [name, bytes] of before) {
        if (/^xl\/comments\d+\.xml$/.test(name)) {
          const t = after.get(name)!.toString('utf8');
          for (const a of elements(bytes.toString('utf8'), 'author')) expect(t).toContain(a);
          for (const c of bytes.toString('utf8').matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)(?=<\/text>)/g)) expect(t).toContain(c[0]);
        }
        if (name.endsWith('.vml')) {
          const t = after.get(name)!.toString('utf8');
          for (const s of bytes.toString('utf8').matchAll(/<v:shape [\s\S]*?<\/v:shape>/g)) expect(t).toContain(s[0]);
        }
      }
    }
  });

  test("apply: no value changes (only empty cells of the plan sheet get plan-rag's text)", async () => {
    for (const r of mine()) {
      const before = cellValues(await partsOf(r.original));
      const after = cellValues(await partsOf(r.applied));
      for (const [ref, v] of before) expect({ ref, v: after.get(ref) }).toEqual({ ref, v });
      // new values only on the plan sheet (the key, the RAG column) and on sheets plan-rag added
      const sheetsBefore = new Set([...before.keys()].map((k) => k.split('!')[0]));
      for (const ref of after.keys()) if (!before.has(ref) && sheetsBefore.has(ref.split('!')[0])) expect(ref.split('!')[0]).toBe(PLAN);
    }
    if (feature.values) {
      const host = await openXlsx(mine()[0].applied);
      const read = await host.read({ sheets: [PLAN] });
      const grid = read.grids[0].grid;
      for (const [cell, want] of Object.entries(feature.values)) {
        const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
        expect(grid.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65]).toBe(want);
      }
    }
  });

  test('apply twice gives the same bytes', () => {
    for (const r of mine()) expect({ run: label(r), same: r.twice.equals(r.applied) }).toEqual({ run: label(r), same: true });
  });

  test('clear after apply gives back every part as it was', async () => {
    for (const r of mine()) {
      const before = await partsOf(r.original);
      const after = await partsOf(r.cleared);
      expect({ run: label(r), parts: [...after.keys()].sort() }).toEqual({ run: label(r), parts: [...before.keys()].sort() });
      for (const [name, bytes] of before) expect({ run: label(r), name, same: after.get(name)!.equals(bytes) }).toEqual({ run: label(r), name, same: true });
    }
  });

  test('every XML part written is well-formed', async () => {
    for (const r of mine()) {
      for (const bytes of [r.applied, r.cleared]) {
        for (const [name, data] of await partsOf(bytes)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(data.toString('utf8'), `${label(r)}: ${name}`);
      }
    }
  });
});

(canRender() ? test : test.skip)(
  'LibreOffice opens every applied and cleared workbook',
  async () => {
    const files: string[] = [];
    for (const [i, r] of runs.entries()) {
      for (const [kind, bytes] of [
        ['applied', r.applied],
        ['cleared', r.cleared],
      ] as const) {
        if (!r.board && kind === 'cleared') continue;
        const f = path.join(dir, `f${i}-${kind}.${r.feature.ext ?? 'xlsx'}`);
        await fs.writeFile(f, bytes);
        files.push(f);
      }
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'csv', '--outdir', dir, ...files], {
      stdio: 'pipe',
      timeout: 300_000,
    });
    for (const f of files) {
      const csv = await fs.readFile(f.replace(/\.xls[xm]$/, '.csv'), 'utf8');
      // the plan's first sheet, with its values, as LibreOffice read it
      expect({ f, ok: csv.includes('Business Plan 2014-15') || csv.includes('Version Control') }).toEqual({ f, ok: true });
    }
  },
  320_000,
);

test('--in-place twice on a workbook with a table, a chart and a sensitivity label', async () => {
  const { main } = await import('../../src/cli/main');
  const f = path.join(dir, 'everything.xlsx');
  const original = await everything();
  await fs.writeFile(f, original);
  const io = { out: () => undefined, err: () => undefined, today: () => AS_OF };
  expect(await main(['apply', f, '--in-place', '--board', '--quiet'], io)).toBe(0);
  const once = await fs.readFile(f);
  expect(await main(['apply', f, '--in-place', '--board', '--quiet'], io)).toBe(0);
  expect((await fs.readFile(f)).equals(once)).toBe(true);
  const parts = await partsOf(once);
  for (const name of ['xl/tables/table1.xml', 'xl/charts/chart1.xml', 'docProps/custom.xml'])
    expect(parts.get(name)!.equals((await partsOf(original)).get(name)!)).toBe(true);
  expect(await main(['clear', f, '--in-place', '--all', '--quiet'], io)).toBe(0);
  const back = await partsOf(await fs.readFile(f));
  for (const [name, bytes] of await partsOf(original)) expect({ name, same: back.get(name)?.equals(bytes) }).toEqual({ name, same: true });
});

// --- checks -------------------------------------------------------------------------------------------------------

/** The text with the named top-level elements taken out. */
function strip(xml: string, locals: string[]): string {
  let out = xml;
  for (const l of locals) out = out.replace(new RegExp(`<(\\w+:)?${l}\\b[^>]*?/>|<(\\w+:)?${l}\\b[^>]*>[\\s\\S]*?</(\\w+:)?${l}>`, 'g'), '');
  return out;
}

function elements(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(\\w+:)?${local}\\b[^>]*?/>|<(\\w+:)?${local}\\b[^>]*>[\\s\\S]*?</(\\w+:)?${local}>`, 'g'))].map((m) => m[0]);
}

/**
 * The plan sheet: every element outside those plan-rag sets is as it was; every original cell is as it was but
 * for its style index; every original row is as it was but for its height.
 */
function ownChangesOnly(run: string, before: string, after: string): void {
  const ours = ['sheetPr', 'cols', 'sheetData', 'hyperlinks', 'pageSetup', 'headerFooter', 'legacyDrawing'];
  expect({ run, rest: strip(after, ours) }).toEqual({ run, rest: strip(before, ours) });
  const cellsAfter = new Map(elements(after, 'c').map((c) => [/ r="([A-Z]+\d+)"/.exec(c)![1], c]));
  const noStyle = (c: string) => c.replace(/ s="\d+"/, '');
  for (const c of elements(before, 'c')) {
    const ref = / r="([A-Z]+\d+)"/.exec(c)![1];
    const now = cellsAfter.get(ref);
    const hadValue = !c.endsWith('/>');
    if (hadValue) expect({ run, ref, cell: noStyle(now ?? '') }).toEqual({ run, ref, cell: noStyle(c) });
    else expect({ run, ref, present: !!now }).toEqual({ run, ref, present: true });
  }
  const rowsAfter = new Map([...after.matchAll(/<row\b[^>]*>/g)].map((m) => [/ r="(\d+)"/.exec(m[0])![1], m[0]]));
  const noHeight = (t: string) => t.replace(/ (ht|customHeight)="[^"]*"/g, '');
  for (const m of before.matchAll(/<row\b[^>]*>/g)) {
    const r = / r="(\d+)"/.exec(m[0])![1];
    expect({ run, r, row: noHeight(rowsAfter.get(r) ?? '') }).toEqual({ run, r, row: noHeight(m[0]) });
  }
  for (const h of elements(before, 'hyperlink')) {
    const ref = / ref="([^"]+)"/.exec(h)![1];
    // a person's link stays unless plan-rag links that very cell
    if (!elements(after, 'hyperlink').some((x) => x.includes(` ref="${ref}"`) && x !== h)) expect(after).toContain(h);
  }
}

/** styles.xml: each list keeps its records in order (new ones after them); every other element as it was. */
function stylesAppendOnly(run: string, before: string, after: string): void {
  const lists = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];
  const noCounts = (s: string) => strip(s, lists);
  expect({ run, rest: noCounts(after) }).toEqual({ run, rest: noCounts(before) });
  for (const l of lists) {
    const inner = (s: string) => new RegExp(`<${l}\\b[^>]*>([\\s\\S]*?)</${l}>`).exec(s)?.[1] ?? '';
    expect({ run, l, prefix: inner(after).startsWith(inner(before)) }).toEqual({ run, l, prefix: true });
  }
}
