/**
 * The command line before any file is read: --version, help, "did you mean", --as-of in the forms people type,
 * --map's own syntax. Exit codes: 0 for help and version, 2 for a usage error.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { editDistance, parseCommandLine, suggest } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { plural } from '../../src/cli/terminal';
import { V12 } from '../helpers/fixtures';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21' });
  return { code, out, err };
}
const parse = (...argv: string[]) => parseCommandLine(argv, () => '2015-01-21', '9.9.9');

describe('--version and help', () => {
  test("--version and -V print package.json's version on stdout", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await run(flag);
      expect(r).toEqual({ code: 0, out: `plan-rag ${pkg.version}\n`, err: '' });
    }
  });

  test.each([['help'], ['--help'], ['-h']])('%s prints the usage on stdout, with every command and option', async (flag) => {
    const r = await run(flag);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const word of [
      'report',
      'apply',
      'clear',
      'leads',
      '--map ROLE=COL',
      '--quiet',
      '--json',
      '--pdf',
      '--lead NAME',
      '--version',
      '21/01/2015',
      'Exit codes',
    ]) {
      expect(r.out).toContain(word);
    }
  });

  test.each([
    ['report', /plan-rag report <file\.xlsx>.*Nothing is written/s],
    ['apply', /plan-rag apply <file\.xlsx>.*--pdf.*libreoffice-calc.*exit code is 3/s],
    ['clear', /plan-rag clear <file\.xlsx>.*Undoes the last apply/s],
    ['leads', /plan-rag leads <file\.xlsx>.*--lead NAME.*overdue first/s],
  ])('help %s (and COMMAND --help) describes that command', async (command, want) => {
    expect((await run('help', command)).out).toMatch(want);
    expect((await run(command, '--help')).out).toMatch(want);
  });

  test('help for something that is not a command says so, with a suggestion', async () => {
    const r = await run('help', 'lead');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-rag: error: no help for "lead"; did you mean leads\? Commands: report, apply, clear, leads\./);
  });
});

describe('a mistyped flag or command: our own message, "did you mean", exit 2', () => {
  test.each([
    [['report', V12, '--as_of', '2015-01-21'], 'unknown option "--as_of"; did you mean --as-of?'],
    [['report', V12, '--asof', '2015-01-21'], 'unknown option "--asof"; did you mean --as-of?'],
    [['report', V12, '--jsn'], 'unknown option "--jsn"; did you mean --json?'],
    [['apply', V12, '--in-palce'], 'unknown option "--in-palce"; did you mean --in-place?'],
    [['apply', V12, '--bord'], 'unknown option "--bord"; did you mean --board?'],
    [['report', V12, '--shee', 'X'], 'unknown option "--shee"; did you mean --sheet?'],
    [['apply', V12, '--no-link'], 'unknown option "--no-link"; did you mean --no-links?'],
    [['report', V12, '-x'], 'unknown option "-x"'],
    [['apply', V12, '--o', 'x.xlsx'], 'unknown option "--o"; did you mean -o (--out)?'],
    [['apply', V12, '-out', 'x.xlsx'], 'unknown option "-out"; did you mean --out?'],
    [['report', V12, '--colour'], 'unknown option "--colour"'],
    [['aply', V12], 'unknown command "aply"; did you mean apply? Commands: report, apply, clear, leads, help.'],
    [['reprot', V12], 'unknown command "reprot"; did you mean report?'],
    [['lead', V12], 'unknown command "lead"; did you mean leads?'],
    [['paint', V12], 'unknown command "paint". Commands: report, apply, clear, leads, help.'],
    [['report', V12, '--as-of'], '--as-of needs a value (a date: 2015-01-21, 21/01/2015 or 21 Jan 2015)'],
    [['report', V12, '--json=yes'], '--json takes no value'],
    [['report', V12, '--board'], '--board does not go with report (it goes with plan-rag apply)'],
    [['apply', V12, '--forget'], '--forget does not go with apply (it goes with plan-rag clear)'],
    [['apply', V12, '--pdf'], '--pdf goes with --board'],
    [['report', V12, 'other.xlsx'], 'unexpected argument "other.xlsx"'],
    [['report'], 'no file given (plan-rag report <file.xlsx>)'],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`plan-rag: error: ${message}`)).toBe(true);
    expect(r.err).toMatch(/Run "plan-rag help" for usage\.\n$/);
    expect(r.err).not.toMatch(/ERR_PARSE_ARGS|TypeError|Unknown option '|at .*\.js/);
    if (!/did you mean/.test(message)) expect(r.err).not.toMatch(/did you mean/);
  });

  test('no command at all prints the usage on stderr, exit 2', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-rag: RAG-rate/);
  });

  test('suggestions come from edit distance, with a swap counted once', () => {
    expect(editDistance('aplpy', 'apply')).toBe(1);
    expect(editDistance('as_of', 'as-of')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(suggest('as-off', ['as-of', 'sheet'], '--')).toBe('; did you mean --as-of?');
    expect(suggest('zzz', ['as-of', 'sheet'], '--')).toBe('.');
  });

  test('-o value, --opt=value, -- and bundled short flags parse', () => {
    const p = parse('apply', V12, '-qo', 'x.xlsx');
    // -qo is not a bundle of flags without values: -o takes a value, so it is refused rather than guessed
    expect(p.ok).toBe(false);
    const q = parse('apply', '--out=x.xlsx', '--as-of=21 Jan 2015', '-q', '--', '-odd name.xlsx');
    expect(q.ok && q.args).toMatchObject({ command: 'apply', file: '-odd name.xlsx', out: 'x.xlsx', asOf: '2015-01-21', quiet: true });
  });
});

describe('--as-of in the forms people type (UK order, day first)', () => {
  test.each([
    ['2015-01-21', '2015-01-21'],
    ['21/01/2015', '2015-01-21'],
    ['21/1/2015', '2015-01-21'],
    ['21.01.2015', '2015-01-21'],
    ['21 Jan 2015', '2015-01-21'],
    ['21 January 2015', '2015-01-21'],
    ['01/02/2015', '2015-02-01'],
    ['5 Feb 15', '2015-02-05'],
  ])('%s → %s', (text, iso) => {
    const p = parse('report', V12, '--as-of', text);
    expect(p.ok && p.args.asOf).toBe(iso);
  });

  test.each([
    ['01/13/2015', /reads as month 13: dates are day first/],
    ['31/02/2015', /There is no 31 February 2015\./],
    ['2015-02-30', /There is no 30 February 2015\./],
    ['21 Jnu 2015', /"jnu" is not a month\./],
    ['tomorrow', /"tomorrow" is not a date plan-rag can read\./],
    ['21/01/2101', /The year 2101 looks mistyped/],
  ])('%s is refused, saying the forms accepted', async (text, why) => {
    const r = await run('report', V12, '--as-of', text);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-rag: error: --as-of: /);
    expect(r.err).toMatch(why);
    expect(r.err).toMatch(/Give the date as 2015-01-21, 21\/01\/2015 \(day first\), 21 Jan 2015 or 21 January 2015\.\n$/);
  });

  test('the JSON report carries the date typed as 21 Jan 2015 in ISO form', async () => {
    const r = await run('report', V12, '--as-of', '21 Jan 2015', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).asOf).toBe('2015-01-21');
  });
});

describe('--map syntax (checked before the file is read)', () => {
  test.each([
    ['stats=G', /unknown role "stats"; did you mean status\? Roles: ref, objective, action, timescale, lead, outcome, status, rag, link, header\./],
    ['colour=G', /unknown role "colour"\. Roles: /],
    ['status=7', /status=7: "7" is not a column letter \(A to XFD, e\.g\. status=G\)/],
    ['status=G1', /status=G1: "G1" is not a column letter/],
    ['status=XFE', /"XFE" is not a column letter/],
    ['status', /"status" is not ROLE=COLUMN/],
    ['header=x', /header=x: give the header's row number/],
  ])('--map %s', async (item, want) => {
    const r = await run('report', V12, '--map', item);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-rag: error: --map: /);
    expect(r.err).toMatch(want);
  });

  test('letters in either case, several at once, and a header row', () => {
    const p = parse('report', V12, '--map', 'status=g,timescale=D', '--map', 'header=4');
    expect(p.ok && p.args.layout).toEqual({ columns: { status: 'G', timescale: 'D' }, headerRow: 3 });
  });
});

test.each([
  [0, 'action', '0 actions'],
  [1, 'action', '1 action'],
  [2, 'action', '2 actions'],
  [1, 'added sheet', '1 added sheet'],
  [3, 'added sheet', '3 added sheets'],
])('plural(%d, %s) is "%s"', (n, word, want) => {
  expect(plural(n, word)).toBe(want);
});
