/**
 * Hostile workbooks (see hostile.ts): each is read as the base reads (or as its `values` say), applied with no
 * value changed, applied twice to the same bytes, and cleared to every part as it was; or refused with a one-line
 * message. LibreOffice opens the results where it is installed.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { apply } from '../../src/core/session/session';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { XlsxError } from '../../src/hosts/xlsx/errors';
import { canRender } from '../helpers/render';
import { assertWellFormed, partsOf, partText, workbookValues } from '../helpers/package';
import { base, cycle } from './corpus';
import { VARIANTS, type Variant } from './hostile';

const AS_OF = '2015-01-21';
const PLAN = 'Business Plan 2014-15';

type Values = Array<Array<unknown>>;

async function planValues(bytes: Buffer): Promise<Values> {
  const host = await openXlsx(bytes);
  const read = await host.read({ sheets: [PLAN] });
  return read.grids[0].grid.values.map((r) => [...r].map((v) => (v === undefined ? null : v)));
}

interface Run {
  variant: Variant;
  board: boolean;
  original: Buffer;
  applied: Buffer;
  twice: Buffer;
  cleared: Buffer;
}

const runs: Run[] = [];
const failures = new Map<Variant, Error>();
let dir: string;
let reference: Values;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-hostile-'));
  reference = await planValues(await (await base()).bytes());
  for (const variant of VARIANTS) {
    if (variant.refused) continue;
    const original = await variant.build();
    if (!original) continue;
    for (const board of [false, true]) {
      try {
        runs.push({ variant, board, original, ...(await cycle(original, AS_OF, board)) });
      } catch (e) {
        failures.set(variant, e as Error);
      }
    }
  }
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const accepted = VARIANTS.filter((v) => !v.refused);
const refused = VARIANTS.filter((v) => v.refused);

describe.each(accepted.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
  // a variant whose tool is not installed has no runs: its checks pass vacuously
  const mine = () => {
    const e = failures.get(variant);
    if (e) throw e;
    return runs.filter((r) => r.variant === variant);
  };

  test('reads as the plan says', async () => {
    if (mine().length === 0) return;
    const original = mine()[0].original;
    if (variant.sameAsBase !== false) expect(await planValues(original)).toEqual(reference);
    if (variant.values) {
      const all = await workbookValues(original);
      for (const [ref, want] of Object.entries(variant.values)) expect({ ref, v: all.get(ref) }).toEqual({ ref, v: want });
    }
  });

  test("apply changes no value (only empty plan cells get plan-rag's text)", async () => {
    for (const r of mine()) {
      const before = await workbookValues(r.original);
      const after = await workbookValues(r.applied);
      for (const [ref, v] of before) expect({ board: r.board, ref, v: after.get(ref) }).toEqual({ board: r.board, ref, v });
    }
  });

  test('apply twice gives the same bytes', () => {
    for (const r of mine()) expect({ board: r.board, same: r.twice.equals(r.applied) }).toEqual({ board: r.board, same: true });
  });

  test('clear gives back every part as it was', async () => {
    for (const r of mine()) {
      const before = await partsOf(r.original);
      const after = await partsOf(r.cleared);
      expect({ board: r.board, parts: [...after.keys()].sort() }).toEqual({ board: r.board, parts: [...before.keys()].sort() });
      for (const [name, bytes] of before) expect({ board: r.board, name, same: after.get(name)!.equals(bytes) }).toEqual({ board: r.board, name, same: true });
    }
  });

  test('every XML part written is well-formed', async () => {
    for (const r of mine()) {
      for (const bytes of [r.applied, r.cleared]) {
        for (const [name, data] of await partsOf(bytes)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(partText(data), `${variant.name}: ${name}`);
      }
    }
  });
});

describe.each(refused.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
  test('refused with a one-line message; the file is not written', async () => {
    const original = (await variant.build())!;
    let error: unknown = null;
    try {
      const h = await openXlsx(original);
      await apply(h, { asOf: AS_OF, board: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxError);
    const message = (error as Error).message;
    expect(message).toMatch(variant.refused!);
    expect(message).not.toContain('\n');
    // through the CLI: exit code, one line on stderr, the file as it was
    const { main } = await import('../../src/cli/main');
    const f = path.join(dir, `refused-${refused.indexOf(variant)}.xlsx`);
    await fs.writeFile(f, original);
    const err: string[] = [];
    const code = await main(['apply', f, '--in-place', '--quiet'], { out: () => undefined, err: (s) => err.push(s), today: () => AS_OF });
    expect(code).not.toBe(0);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect((await fs.readFile(f)).equals(original)).toBe(true);
  });
});

(canRender() ? test : test.skip)(
  'LibreOffice opens every applied and cleared hostile workbook',
  async () => {
    const files: string[] = [];
    for (const [i, r] of runs.entries()) {
      if (!r.board) continue;
      for (const [kind, bytes] of [
        ['applied', r.applied],
        ['cleared', r.cleared],
      ] as const) {
        const f = path.join(dir, `h${i}-${kind}.xlsx`);
        await fs.writeFile(f, bytes);
        files.push(f);
      }
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'csv', '--outdir', dir, ...files], {
      stdio: 'pipe',
      timeout: 300_000,
    });
    for (const f of files) {
      const csv = await fs.readFile(f.replace(/\.xlsx$/, '.csv'), 'utf8').catch(() => '');
      expect({ f, ok: csv.includes('Business Plan 2014-15') || csv.includes('Version Control') }).toEqual({ f, ok: true });
    }
  },
  320_000,
);

test('a 1904 workbook is rated as the same plan in the 1900 system (same due dates, same states)', async () => {
  const bytes = async (name: string) => (await VARIANTS.find((x) => x.name.startsWith(name))!.build())!;
  const outcome = async (b: Buffer) => JSON.stringify((await apply(await openXlsx(b), { asOf: AS_OF, board: false })).plan);
  const plain = await outcome(await bytes('dates in the timescale column (1900'));
  const b1904 = await bytes('dates in the timescale column, 1904');
  expect(await outcome(b1904)).toBe(plain);
  // the system matters: the same serials read as 1900 dates are four years early, and rate otherwise
  const zip = await JSZip.loadAsync(b1904);
  zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).replace(' date1904="1"', ''));
  expect(await outcome(await zip.generateAsync({ type: 'nodebuffer' }))).not.toBe(plain);
}, 60_000);

test('a workbook without a styles part gets one, with its relationship and content type', async () => {
  const run = runs.find((r) => r.variant.name === 'no styles part' && !r.board)!;
  const parts = await partsOf(run.applied);
  expect(parts.has('xl/styles.xml')).toBe(true);
  expect(parts.get('[Content_Types].xml')!.toString()).toContain(
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
  );
  expect(parts.get('xl/_rels/workbook.xml.rels')!.toString()).toMatch(
    /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/styles" Target="styles\.xml"/,
  );
  assertWellFormed(parts.get('xl/styles.xml')!.toString(), 'styles');
});
