/**
 * Issue 12's CLI polish on real workbooks: --map checked against the sheet, --json from apply and clear, the Lead
 * column, control characters escaped, plurals, one date form, and a report of 150,000 rows.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { renderReport } from '../../src/cli/renderReport';
import { escapeControls, toJsonText } from '../../src/cli/terminal';
import type { ReportJson } from '../../src/core/plan/reportJson';
import { V12 } from '../helpers/fixtures';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21' });
  return { code, out, err };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-polish-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A small plan; `{ESC}`, `{BEL}` and `{DEL}` become Excel's escapes (_x001B_...), as Excel stores them. */
async function plan(rows: string[][], header = ['No', 'Action', 'Timescale', 'Lead', 'Status', '', 'Comments'], name = 'plan.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sst = zip.file('xl/sharedStrings.xml');
  if (sst)
    zip.file(
      'xl/sharedStrings.xml',
      (await sst.async('string'))
        .replace(/\{ESC\}/g, '_x001B_')
        .replace(/\{BEL\}/g, '_x0007_')
        .replace(/\{DEL\}/g, '_x007F_'),
    );
  const f = path.join(dir, name);
  await fs.writeFile(f, await zip.generateAsync({ type: 'nodebuffer' }));
  return f;
}

// eslint-disable-next-line no-control-regex -- the characters a terminal would obey
const RAW_CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('--map is checked against the sheet: never silently "45 red"', () => {
  test.each([
    [
      ['--map', 'status=Z'],
      /^plan-rag: error: --map status=Z: column Z is past the sheet's last used column \(G\) on "Business Plan 2014-15"\. Nothing was written\.\n$/,
    ],
    [['--map', 'timescale=H'], /--map timescale=H: column H is past the sheet's last used column \(G\)/],
  ])('on the sample plan, %j', async (flags, want) => {
    for (const command of ['report', 'leads']) {
      const r = await run(command, V12, ...flags);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(want);
    }
    const out = path.join(dir, 'out.xlsx');
    const a = await run('apply', V12, '-o', out, '--quiet', ...flags);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(want);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  test('a column inside the sheet but empty in every action row is refused; a filled one is taken', async () => {
    const f = await plan([
      ['1.1', 'Audit', 'Dec 2014', 'Business Group', 'Complete', '', 'see minutes'],
      ['1.2', 'Train', 'Mar 2015', 'L&I sg', 'On track', '', ''],
    ]);
    const empty = await run('report', f, '--map', 'status=F');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/--map status=F: column F is empty in every action row \(rows 2–3\) of "Plan"; choose the column that holds the status/);
    const filled = await run('report', f, '--map', 'status=E', '--json');
    expect(filled.code).toBe(0);
    expect(JSON.parse(filled.out).summary.counts.complete).toBe(1);
  });
});

describe('--json on every command that reports', () => {
  test('apply --json says what was written: output, sheets added, counts; nothing else on stdout or stderr', async () => {
    const out = path.join(dir, 'a.xlsx');
    const r = await run('apply', V12, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      command: 'apply',
      input: V12,
      output: out,
      sheet: 'Business Plan 2014-15',
      asOf: '2015-01-21',
      actions: 69,
      counts: { red: 1, amber: 20, green: 16, complete: 29, none: 3 },
      overdue: 16,
      links: 11,
      board: null,
      pdf: null,
    });
    expect(j.written.sheetsAdded).toContain('SIIP index');
    expect(j.written.cells).toBeGreaterThan(0);
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });

  test("apply --board --json lists the board pack's sheets and the changes since the last board", async () => {
    const out = path.join(dir, 'b.xlsx');
    const j = JSON.parse((await run('apply', V12, '-o', out, '--board', '--json')).out);
    expect(j.written.sheetsAdded.length).toBeGreaterThanOrEqual(3);
    expect(j.board).toMatchObject({ previousAsOf: null, newlyRed: [], newlyAmber: [], newlyOverdue: [], newlyComplete: [], slipped: [] });
  });

  test('clear --json says what was restored and what was left alone', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    const cleared = path.join(dir, 'c.xlsx');
    const r = await run('clear', applied, '-o', cleared, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      command: 'clear',
      input: applied,
      output: cleared,
      cleared: true,
      emptied: 10,
      sheetsRemoved: ['SIIP index'],
      sheetsLeft: [],
      leftAlone: [],
    });
    expect(j.restored).toBeGreaterThan(0);
    const again = JSON.parse((await run('clear', cleared, '--json')).out);
    expect(again).toEqual({ command: 'clear', input: cleared, output: null, cleared: false });
  });
});

describe('the text report', () => {
  test("has a Lead column naming whom to chase, by the plan's name for the lead", async () => {
    const { out } = await run('report', V12, '--as-of', '2015-01-21');
    const rowOf = (ref: string) => out.split('\n').find((l) => new RegExp(`^\\d+\\s+${ref.replace('.', '\\.')}\\s`).test(l))!;
    expect(rowOf('1.6')).toMatch(/\s355d\s+Business Group\s+date/);
    // "L &I Group / Business group / CSCB": the leads in the cell's order, the first under its full name, the
    // others counted where they do not fit
    expect(rowOf('4.6')).toMatch(/\s266d\s+Learning and Improvement sub group \+2\s+date/);
    expect(rowOf('1.8')).toMatch(/\s21d\s+EH&P, Performance Management sub group\s+date/);
    // "PM sg": the abbreviation matched to its long form
    expect(rowOf('1.2')).toMatch(/\s+Performance Management sub group\s+date/);
    // a cell naming no lead the plan knows keeps its text
    expect(rowOf('1.1')).toMatch(/\s+Jeff Rafter\s+date/);
  });

  test('shows every date as 21 Jan 2015, in report, leads and apply alike', async () => {
    for (const argv of [
      ['report', V12],
      ['leads', V12],
      ['apply', V12, '-o', path.join(dir, 'x.xlsx'), '--board'],
    ]) {
      const r = await run(...argv, '--as-of', '21/01/2015');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/21 Jan 2015/);
      expect(r.out).not.toMatch(ISO_DATE);
      expect(r.err).not.toMatch(ISO_DATE);
    }
  });

  test('a plan of one action says "1 action", in the report and on apply', async () => {
    const f = await plan([['1.1', 'Audit', 'Dec 2014', 'Business Group', 'Delayed', '', '']]);
    expect((await run('report', f)).out).toMatch(/\n1 action: 0 red, 1 amber/);
    expect((await run('apply', f, '--quiet')).out).toMatch(/^Plan: 1 action as of 21 Jan 2015: .*0 SIIP links →/);
    expect((await run('leads', f)).out).toMatch(/1 lead with open actions\n\nBusiness Group: 1 open action, 1 overdue\n/);
  });

  test('widths are found by a loop: 150,000 rows do not overflow the stack (Math.max(...rows) did)', () => {
    const row: ReportJson['rows'][number] = {
      row: 5,
      ref: '1.1',
      state: 'amber',
      due: '2015-03-31',
      timescaleKind: 'date',
      overdue: false,
      daysOverdue: null,
      siip: [],
      objectiveSiip: [],
      refs: [],
      reasons: ['status says "slipped"'],
      timescale: 'Mar 2015',
      precision: 'month',
      milestones: [],
      needsDate: false,
      explicitRag: null,
      ragSource: null,
      contradiction: null,
      lead: 'Business Group',
      section: null,
      action: 'Do it',
      originalDue: '2015-03-31',
      revisedFrom: null,
      revision: null,
      checkYear: null,
      percentComplete: null,
      closed: null,
      updateColumn: null,
      earlierUpdates: [],
    };
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ ...row, row: i + 5, ref: `${i + 1}` }));
    const summary = {
      actions: rows.length,
      counts: { red: 0, amber: rows.length, green: 0, complete: 0, none: 0 },
      overdue: 0,
      needsDate: 0,
      siipRefs: [],
      siipNotInRegister: [],
      registerNotCited: [],
      register: null,
      missingColumns: [],
      noStatusColumn: false,
      noTimescaleColumn: false,
      warnings: [],
      planPeriod: null,
      revised: 0,
      colouredRag: 0,
    };
    const text = renderReport({ sheet: 'Big', asOf: '2015-01-21', rows, summary, messages: [] }, { leads: { leads: [], byRow: new Map(), fragments: [] } });
    expect(text).toMatch(/\n150,?000 actions: 0 red, 150,?000 amber/);
  });
});

describe('control characters in cell text are escaped in text output (\\x1b, \\u202e), kept as data in JSON', () => {
  const cells = {
    action: 'Click {ESC}]8;;http://evil.example{BEL}here{ESC}]8;;{BEL} and bidi \u202eevil\u202c, C1 \u009b31m, DEL{DEL}',
    status: 'Delayed {ESC}[31mRED{ESC}[0m',
    lead: 'Comms {ESC}[2J group',
  };
  const decoded = (s: string) =>
    s
      .replace(/\{ESC\}/g, '\x1b')
      .replace(/\{BEL\}/g, '\x07')
      .replace(/\{DEL\}/g, '\x7f');
  let f: string;
  beforeEach(async () => {
    f = await plan([['1.1', cells.action, 'Dec 2014', cells.lead, cells.status, '', '']]);
  });

  test.each([['report'], ['leads']])('%s: nothing raw reaches the terminal; each character is shown escaped', async (command) => {
    const r = await run(command, f);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW_CONTROLS);
    expect(r.out).toContain('Comms \\x1b[2J group');
    if (command === 'leads') {
      expect(r.out).toContain('Delayed \\x1b[31mRED\\x1b[0m');
      expect(r.out).toMatch(/Click \\x1b\]8;;http:\/\/evil\.example\\x07here/);
    }
  });

  test('the action text in full, through escapeControls: ESC, BEL, bidi, C1 and DEL each visible', () => {
    expect(escapeControls(decoded(cells.action))).toBe(
      'Click \\x1b]8;;http://evil.example\\x07here\\x1b]8;;\\x07 and bidi \\u202eevil\\u202c, C1 \\u009b31m, DEL\\x7f',
    );
  });

  test('report --json and leads --json: no raw C0, C1, DEL or bidi characters on stdout, and the strings parse back whole', async () => {
    const report = await run('report', f, '--json');
    expect(report.out).not.toMatch(RAW_CONTROLS);
    const row = JSON.parse(report.out).rows[0];
    expect(row.action).toBe(decoded(cells.action));
    expect(row.lead).toBe(decoded(cells.lead));
    const leads = await run('leads', f, '--json');
    expect(leads.out).not.toMatch(RAW_CONTROLS);
    expect(JSON.parse(leads.out).leads[0].actions[0].status).toBe(decoded(cells.status));
    expect(toJsonText({ s: '\u202e\u0085\x7f' })).toBe('{\n  "s": "\\u202e\\u0085\\u007f"\n}\n');
  });

  test('error messages quoting what was typed are escaped too', async () => {
    const r = await run('report', f, '--sheet', 'Plan\x1b[2J');
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW_CONTROLS);
    expect(r.err).toContain('Plan\\x1b[2J');
  });
});
