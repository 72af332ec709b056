/**
 * `plan-rag apply --board --pdf`: without LibreOffice the workbook is still written and the message says how to
 * get it (exit 3); with LibreOffice (this machine and CI install libreoffice-calc) the PDF is made beside the
 * output, its first page the dashboard.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';
import { V12 } from '../helpers/fixtures';

async function run(io: Partial<Io>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21', ...io });
  return { code, out, err };
}

const has = (program: string, args: string[]) => {
  try {
    execFileSync(program, args, { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
};

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-pdf-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('no LibreOffice on PATH: the workbook is written, the message says how to install it, exit 3', async () => {
  const empty = path.join(dir, 'empty-path');
  await fs.mkdir(empty);
  const out = path.join(dir, 'plan.board.xlsx');
  const r = await run({ env: { ...process.env, PATH: empty } }, 'apply', V12, '--board', '--pdf', '-o', out, '--quiet');
  expect(r.code).toBe(3);
  expect(r.out).toMatch(/69 actions as of 21 Jan 2015/);
  expect(r.out).not.toMatch(/PDF →/);
  expect(r.err).toBe(
    `plan-rag: the workbook was written (${out}), but not the PDF: LibreOffice is not installed (no "soffice" on PATH). ` +
      'Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-calc; elsewhere: https://www.libreoffice.org/download/) and run again, or open the workbook in Excel and save it as PDF.\n',
  );
  await expect(fs.stat(out)).resolves.toBeTruthy();
  await expect(fs.stat(path.join(dir, 'plan.board.pdf'))).rejects.toThrow();
});

test('--json says the PDF was not made, and why', async () => {
  const empty = path.join(dir, 'empty-path');
  await fs.mkdir(empty);
  const r = await run({ env: { PATH: empty } }, 'apply', V12, '--board', '--pdf', '-o', path.join(dir, 'b.xlsx'), '--json');
  expect(r.code).toBe(3);
  expect(JSON.parse(r.out)).toMatchObject({ pdf: null, pdfError: expect.stringMatching(/LibreOffice is not installed.*apt-get install libreoffice-calc/) });
});

test('LibreOffice that fails: its last words are passed on, the workbook is kept, exit 3', async () => {
  const bin = path.join(dir, 'bin');
  await fs.mkdir(bin);
  await fs.writeFile(path.join(bin, 'soffice'), '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n', { mode: 0o755 });
  const out = path.join(dir, 'b.xlsx');
  const r = await run({ env: { PATH: `${bin}:/usr/bin:/bin` } }, 'apply', V12, '--board', '--pdf', '-o', out, '--quiet');
  expect(r.code).toBe(3);
  expect(r.err).toMatch(/but not the PDF: LibreOffice did not make the PDF \(it said: Error: source file could not be loaded\)\.\n$/);
  await expect(fs.stat(out)).resolves.toBeTruthy();
});

const canRender = has('soffice', ['--version']) && has('pdftotext', ['-v']);
(canRender ? test : test.skip)(
  'with LibreOffice: the PDF is beside the output, a real PDF, the dashboard on page 1',
  async () => {
    const out = path.join(dir, 'plan.board.xlsx');
    const r = await run({}, 'apply', V12, '--board', '--pdf', '-o', out, '--quiet');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pdf = path.join(dir, 'plan.board.pdf');
    expect(r.out).toContain(`PDF → ${pdf}\n`);
    const bytes = await fs.readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page1).toMatch(/Board dashboard: Business Plan 2014-15/);
    expect(page1).toMatch(/RAG as of 21 Jan 2015: 69 actions, 16 overdue/);
    // LibreOffice's private profile is removed; nothing else is left beside the output
    expect((await fs.readdir(dir)).sort()).toEqual(['plan.board.pdf', 'plan.board.xlsx']);
  },
  240_000,
);
