import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { V12, V12_MERGED, NYSCB } from '../helpers/fixtures';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21' });
  return { code, out, err };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('plan-rag report', () => {
  test('--json has the documented shape', async () => {
    const { code, out } = await run('report', V12, '--as-of', '2015-01-21', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ sheet: 'Business Plan 2014-15', asOf: '2015-01-21' });
    expect(json.rows.find((r: { ref: string }) => r.ref === '1.3')).toMatchObject({
      row: 7,
      ref: '1.3',
      state: 'amber',
      due: '2015-05-31',
      timescaleKind: 'date',
      overdue: false,
      siip: [],
    });
    expect(json.rows[0].reasons.length).toBeGreaterThan(0);
  });

  test('the table shows ref, state, due, overdue, SIIP and reason, then a summary', async () => {
    const { code, out } = await run('report', V12, '--as-of', '2015-01-21');
    expect(code).toBe(0);
    expect(out).toMatch(/Row\s+Ref\s+State\s+Due\s+Overdue\s+Kind\s+SIIP\s+Reason/);
    expect(out).toMatch(/\n10\s+1\.6\s+red\s+2014-01-31\s+355d\s+date/);
    expect(out).toMatch(/69 actions: 1 red, 20 amber, 16 green, 29 complete, 3 not started\./);
    // eslint-disable-next-line no-control-regex -- the escape character is what this test looks for
    expect(out).not.toMatch(/\x1b\[/); // no colour codes when not a terminal
  });

  test('the register sheet is reported: refs not in it and items no action cites', async () => {
    const { out } = await run('report', V12_MERGED, '--as-of', '2015-01-21');
    expect(out).toMatch(/Register items no action cites: 8\.1\./);
  });

  test('a plan with no timescale or status column is reported plainly', async () => {
    const { code, out } = await run('report', NYSCB, '--as-of', '2009-01-31');
    expect(code).toBe(0);
    expect(out).toMatch(/Warning: No timescale column/);
    expect(out).toMatch(/Warning: No status column/);
  });

  test('--sheet picks a sheet, and a wrong name says which sheets there are', async () => {
    const { code, err } = await run('report', V12_MERGED, '--sheet', 'Nope');
    expect(code).toBe(1);
    expect(err).toBe('plan-rag: error: sheet: no sheet named "Nope" (sheets: Business Plan 2014-15, SIIP)\n');
  });

  test('--map sets columns by hand', async () => {
    const { out } = await run('report', V12, '--as-of', '2015-01-21', '--json', '--map', 'status=F');
    const json = JSON.parse(out);
    // with the Outcome column read as status, 1.6's outcome text becomes its status: no longer red
    expect(json.rows.find((r: { ref: string }) => r.ref === '1.6').state).toBe('amber');
  });
});

describe('plan-rag errors are one clear line and a non-zero exit', () => {
  test('missing file', async () => {
    const { code, err } = await run('report', path.join(dir, 'nope.xlsx'));
    expect(code).toBe(1);
    expect(err).toMatch(/^plan-rag: error: .*nope\.xlsx: no such file\n$/);
  });

  test('not an xlsx', async () => {
    const f = path.join(dir, 'plan.xlsx');
    await fs.writeFile(f, 'No,Action\n1,Do\n');
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/is not an \.xlsx workbook\n$/);
  });

  test('no plan table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Minutes').addRow(['Minutes of the Board, 5 June 2014']);
    const f = path.join(dir, 'minutes.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/^plan-rag: error: Minutes: No plan table found: .*Looked for: ref \("no"/);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('an empty workbook sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const f = path.join(dir, 'empty.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/No plan table found/);
  });

  test('bad date', async () => {
    const { code, err } = await run('report', V12, '--as-of', '21/01/2015');
    expect(code).toBe(2);
    expect(err).toBe('plan-rag: error: --as-of: "21/01/2015" is not a date in the form YYYY-MM-DD\n');
  });

  test('unknown command and missing file argument', async () => {
    expect((await run('paint', V12)).code).toBe(2);
    expect((await run('report')).err).toMatch(/no file given/);
  });
});

describe('plan-rag apply', () => {
  test('writes beside the input by default, never over it', async () => {
    const input = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, input);
    const before = await fs.readFile(input);
    const { code, out } = await run('apply', input, '--as-of', '2015-01-21', '--quiet');
    expect(code).toBe(0);
    expect(out).toMatch(/69 actions as of 2015-01-21: 1 red, 20 amber/);
    expect(out).toMatch(/plan\.rag\.xlsx\n$/);
    expect(await fs.readFile(input)).toEqual(before);
    await expect(fs.stat(path.join(dir, 'plan.rag.xlsx'))).resolves.toBeTruthy();
  });

  test('-o writes where told; -o onto the input is refused', async () => {
    const out = path.join(dir, 'sub', 'out.xlsx');
    expect((await run('apply', V12, '-o', out, '--quiet')).code).toBe(0);
    await expect(fs.stat(out)).resolves.toBeTruthy();
    const input = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, input);
    const r = await run('apply', input, '-o', input, '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/would overwrite the input; use --in-place/);
  });

  test('--in-place works on a plain workbook and refuses one with parts ExcelJS would drop', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    await fs.copyFile(V12, plain);
    expect((await run('apply', plain, '--in-place', '--quiet')).code).toBe(0);

    const zip = await JSZip.loadAsync(await fs.readFile(V12));
    zip.file('xl/charts/chart1.xml', '<chartSpace/>');
    zip.file('xl/vbaProject.bin', 'macro');
    const rich = path.join(dir, 'rich.xlsx');
    await fs.writeFile(rich, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = await fs.readFile(rich);
    const r = await run('apply', rich, '--in-place', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--in-place refused: the file holds charts, macros, which would be lost on rewrite; use -o/);
    expect(await fs.readFile(rich)).toEqual(before);
  });

  test('progress goes to stderr, not stdout', async () => {
    const { out, err } = await run('apply', V12, '-o', path.join(dir, 'x.xlsx'));
    expect(err).toMatch(/Reading .*\nAssessing .*\nFormatting 69 actions…\nWriting /);
    expect(out).not.toMatch(/Reading/);
  });

  test('clear undoes apply', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    const { code, out } = await run('clear', applied, '-o', path.join(dir, 'c.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/Cleared: \d+ cells restored/);
    const again = await run('clear', path.join(dir, 'c.xlsx'));
    expect(again.out).toMatch(/nothing to clear/);
  });
});
