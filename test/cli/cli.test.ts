import { execFileSync } from 'child_process';
import { constants, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { WriteOps } from '../../src/cli/safeWrite';
import { V12, V12_MERGED, NYSCB } from '../helpers/fixtures';
import { partDiff, partsOf, sheetXmlOf } from '../helpers/package';
import { base, FEATURES } from '../fidelity/corpus';

async function run(...argv: string[]) {
  return runWith({}, ...argv);
}

async function runWith(extra: { writeOps?: WriteOps }, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21', ...extra });
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

  test('the table shows ref, state, due, overdue, lead, SIIP and reason, then a summary', async () => {
    const { code, out } = await run('report', V12, '--as-of', '2015-01-21');
    expect(code).toBe(0);
    expect(out).toMatch(/Row\s+Ref\s+State\s+Due\s+Overdue\s+Lead\s+Kind\s+SIIP\s+Reason/);
    expect(out).toMatch(/\n10\s+1\.6\s+red\s+31 Jan 2014\s+355d\s+Business Group\s+date/);
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
    expect(err).toBe('plan-rag: error: Nope: there is no sheet named "Nope". Sheets: Business Plan 2014-15, SIIP.\n');
  });

  test('--map sets columns by hand', async () => {
    const { out } = await run('report', V12, '--as-of', '2015-01-21', '--json', '--map', 'status=F');
    const json = JSON.parse(out);
    // with the Outcome column read as status, 1.6's outcome text becomes its status: no longer red
    expect(json.rows.find((r: { ref: string }) => r.ref === '1.6').state).toBe('amber');
  });

  test('a report of an applied workbook reads the plan as the person left it', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    const before = JSON.parse((await run('report', V12, '--json')).out);
    const after = JSON.parse((await run('report', applied, '--json')).out);
    expect(after.summary).toEqual(before.summary);
  });
});

describe('plan-rag errors are one clear line, with the fix, and a non-zero exit', () => {
  const oneLine = (err: string) => expect(err.trim().split('\n')).toHaveLength(1);

  test('missing file', async () => {
    const { code, err } = await run('report', path.join(dir, 'nope.xlsx'));
    expect(code).toBe(1);
    expect(err).toMatch(/^plan-rag: error: .*nope\.xlsx does not exist \(no such file\)\. Check the name/);
    oneLine(err);
  });

  test('a CSV', async () => {
    const f = path.join(dir, 'plan.xlsx');
    await fs.writeFile(f, 'No,Action\n1,Do\n');
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/is a text file \(CSV or similar\), not an \.xlsx workbook\. Open it in Excel and save it as an Excel Workbook \(\.xlsx\)/);
    oneLine(err);
  });

  test('an encrypted workbook is called encrypted, not an old .xls', async () => {
    const f = path.join(dir, 'secret.xlsx');
    await fs.writeFile(f, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/is password-protected \(encrypted\).*remove the password in Excel|Remove the password in Excel.*or save a copy without one/);
    oneLine(err);
  });

  test('an old .xls', async () => {
    const f = path.join(dir, 'old.xls');
    await fs.writeFile(f, compoundFile(['Workbook', 'SummaryInformation']));
    const { err } = await run('report', f);
    expect(err).toMatch(/is an old Excel 97-2003 workbook \(\.xls\)\. Open it in Excel and save it as an Excel Workbook/);
  });

  test('an .ods, a .docx and a zip that is not a workbook each say what they are', async () => {
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('content.xml', '<office:document-content/>');
    const docx = new JSZip();
    docx.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    docx.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    docx.file('word/document.xml', '<w:document/>');
    const other = new JSZip();
    other.file('readme.txt', 'hello');
    const cases: Array<[JSZip, string, RegExp]> = [
      [ods, 'plan.ods', /is an OpenDocument spreadsheet \(\.ods\), not an \.xlsx workbook\. Open it in LibreOffice or Excel and save it as/],
      [docx, 'plan.docx', /is a Word document \(\.docx\), not a workbook/],
      [other, 'plan.zip', /is a zip archive but not an Excel workbook/],
    ];
    for (const [zip, name, want] of cases) {
      const f = path.join(dir, name);
      await fs.writeFile(f, await zip.generateAsync({ type: 'nodebuffer' }));
      const { code, err } = await run('report', f);
      expect(code).toBe(1);
      expect(err).toMatch(want);
      oneLine(err);
    }
  });

  test('malformed XML names the part', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(V12));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</row>', '</rowx>'));
    const f = path.join(dir, 'broken.xlsx');
    await fs.writeFile(f, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(
      /xl\/worksheets\/sheet1\.xml is not well-formed XML \(line \d+: <row> is closed by <\/rowx>\)\. The workbook is damaged: open it in Excel/,
    );
    oneLine(err);
  });

  test('a truncated file says so', async () => {
    const bytes = await fs.readFile(V12);
    const f = path.join(dir, 'cut.xlsx');
    await fs.writeFile(f, bytes.subarray(0, 9000));
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/is damaged: .*truncated/);
  });

  test('no plan table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Minutes').addRow(['Minutes of the Board, 5 June 2014']);
    const f = path.join(dir, 'minutes.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^plan-rag: error: Minutes: No plan table found: .*Looked for: ref \("no".*Name the plan's sheet with --sheet, or set its columns with --map/,
    );
    oneLine(err);
  });

  test('an empty workbook sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const f = path.join(dir, 'empty.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, err } = await run('report', f);
    expect(code).toBe(1);
    expect(err).toMatch(/Sheet1: the sheet "Sheet1" is empty/);
  });

  test('bad date', async () => {
    const { code, err } = await run('report', V12, '--as-of', '31/02/2015');
    expect(code).toBe(2);
    expect(err).toBe(
      'plan-rag: error: --as-of: There is no 31 February 2015. Give the date as 2015-01-21, 21/01/2015 (day first), 21 Jan 2015 or 21 January 2015.\n',
    );
  });

  test('unknown command and missing file argument', async () => {
    expect((await run('paint', V12)).code).toBe(2);
    expect((await run('report')).err).toMatch(/no file given/);
    expect((await run('apply', V12, '--forget')).code).toBe(2);
  });

  test('an unreadable input and a read-only folder say what to do', async () => {
    if (process.getuid?.() === 0) {
      // root reads and writes everything: the checks are made with a read-only mount below where it can be made
      return;
    }
    const f = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, f);
    await fs.chmod(f, 0);
    expect((await run('report', f)).err).toMatch(/cannot be read: permission denied/);
  });
});

describe('plan-rag apply', () => {
  test('writes beside the input by default, never over it', async () => {
    const input = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, input);
    const before = await fs.readFile(input);
    const { code, out } = await run('apply', input, '--as-of', '2015-01-21', '--quiet');
    expect(code).toBe(0);
    expect(out).toMatch(/69 actions as of 21 Jan 2015: 1 red, 20 amber/);
    expect(out).toMatch(/plan\.rag\.xlsx\n/);
    expect(await fs.readFile(input)).toEqual(before);
    await expect(fs.stat(path.join(dir, 'plan.rag.xlsx'))).resolves.toBeTruthy();
  });

  test('-o writes where told; -o onto the input is refused, through a symlink and a hard link too', async () => {
    const out = path.join(dir, 'sub', 'out.xlsx');
    expect((await run('apply', V12, '-o', out, '--quiet')).code).toBe(0);
    await expect(fs.stat(out)).resolves.toBeTruthy();
    const input = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, input);
    const before = await fs.readFile(input);
    const r = await run('apply', input, '-o', input, '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is the input file .*Use --in-place to write over the input/);
    await fs.symlink(input, path.join(dir, 'link.xlsx'));
    await fs.link(input, path.join(dir, 'hard.xlsx'));
    for (const alias of ['link.xlsx', 'hard.xlsx', './sub/../plan.xlsx']) {
      const a = await run('apply', input, '-o', path.join(dir, alias), '--quiet');
      expect(a.code).toBe(1);
      expect(a.err).toMatch(/is the input file/);
    }
    expect(await fs.readFile(input)).toEqual(before);
  });

  test('--in-place works twice in a row, and the second run changes nothing', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    await fs.copyFile(V12, plain);
    expect((await run('apply', plain, '--in-place', '--quiet')).code).toBe(0);
    const once = await fs.readFile(plain);
    const again = await run('apply', plain, '--in-place', '--quiet');
    expect(again.code).toBe(0);
    expect(await fs.readFile(plain)).toEqual(once);
    // no temporary file is left behind
    expect((await fs.readdir(dir)).sort()).toEqual(['plain.xlsx']);
  });

  test('--in-place through a symlink replaces the file it points to and keeps the link', async () => {
    const real = path.join(dir, 'real.xlsx');
    await fs.copyFile(V12, real);
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(real, link);
    expect((await run('apply', link, '--in-place', '--quiet')).code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await partsOf(await fs.readFile(real))).has('xl/worksheets/sheet2.xml')).toBe(true);
  });

  test('--in-place is refused while Excel or LibreOffice has the file open, naming who', async () => {
    const f = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, f);
    const before = await fs.readFile(f);
    const owner = Buffer.alloc(165);
    owner[0] = 'Jane Smith'.length;
    owner.write('Jane Smith', 1, 'latin1');
    owner.writeUInt16LE('Jane Smith'.length, 54);
    owner.write('Jane Smith', 56, 'utf16le');
    await fs.writeFile(path.join(dir, '~$plan.xlsx'), owner);
    let r = await run('apply', f, '--in-place', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/plan\.xlsx is open in Excel by Jane Smith \(lock file ~\$plan\.xlsx\)\. Close it there first, or write a copy with -o/);
    await fs.rm(path.join(dir, '~$plan.xlsx'));
    await fs.writeFile(path.join(dir, '.~lock.plan.xlsx#'), 'Sam Jones,host1,sam,21.01.2015 10:00,file:///home/sam/.config/libreoffice/4;');
    r = await run('apply', f, '--in-place', '--quiet');
    expect(r.err).toMatch(/is open in LibreOffice by Sam Jones/);
    expect(await fs.readFile(f)).toEqual(before);
    // -o elsewhere still works
    expect((await run('apply', f, '-o', path.join(dir, 'copy.xlsx'), '--quiet')).code).toBe(0);
  });

  test('a write that fails part-way leaves the original intact and no temporary file', async () => {
    const f = path.join(dir, 'plan.xlsx');
    await fs.copyFile(V12, f);
    const before = await fs.readFile(f);
    const failing: WriteOps = {
      open: async (...a: Parameters<typeof fs.open>) => {
        const h = await fs.open(...a);
        let n = 0;
        const write = h.write.bind(h) as (...x: unknown[]) => Promise<{ bytesWritten: number }>;
        (h as unknown as { write: unknown }).write = async (...x: unknown[]) => {
          if (n++ > 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          const buf = x[0] as Buffer;
          return write(buf, x[1], Math.min(1000, x[2] as number));
        };
        return h;
      },
      rename: fs.rename,
      unlink: fs.unlink,
    };
    const r = await runWith({ writeOps: failing }, 'apply', f, '--in-place', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not be written: the disk is full\. Nothing was changed/);
    expect(await fs.readFile(f)).toEqual(before);
    expect(await fs.readdir(dir)).toEqual(['plan.xlsx']);
  });

  test('an .xlsm keeps its macros and its .xlsm name; an .xlsx name for it is refused', async () => {
    const b = await base();
    await FEATURES.find((f) => f.ext === 'xlsm')!.add(b);
    const f = path.join(dir, 'plan.xlsm');
    await fs.writeFile(f, await b.bytes());
    const r = await run('apply', f, '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/plan\.rag\.xlsm\n/);
    const parts = await partsOf(await fs.readFile(path.join(dir, 'plan.rag.xlsm')));
    expect(parts.get('xl/vbaProject.bin')!.equals((await partsOf(await fs.readFile(f))).get('xl/vbaProject.bin')!)).toBe(true);
    const bad = await run('apply', f, '-o', path.join(dir, 'out.xlsx'), '--quiet');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/would hold macros under an \.xlsx name, which Excel refuses to open\. Name the output \.xlsm/);
  });

  test('progress goes to stderr, not stdout', async () => {
    const { out, err } = await run('apply', V12, '-o', path.join(dir, 'x.xlsx'));
    expect(err).toMatch(/Reading .*\nApplying RAG as of 21 Jan 2015…\nWriting /);
    expect(out).not.toMatch(/Reading/);
  });

  test('clear undoes apply: every part back as it was', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    const { code, out } = await run('clear', applied, '-o', path.join(dir, 'c.xlsx'));
    expect(code).toBe(0);
    expect(out).toMatch(/Cleared: \d+ cells restored, 10 added cells and 1 added sheet removed/);
    const diff = partDiff(await partsOf(await fs.readFile(V12)), await partsOf(await fs.readFile(path.join(dir, 'c.xlsx'))));
    expect(diff).toEqual({ changed: [], added: [], removed: [] });
    const again = await run('clear', path.join(dir, 'c.xlsx'));
    expect(again.out).toMatch(/nothing to clear/);
  });

  test('cells someone changed since the apply are left alone, and counted', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    // someone colours a status cell (G10, 1.6, red) yellow by hand
    const zip = await JSZip.loadAsync(await fs.readFile(applied));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const fills = /<fills count="(\d+)">/.exec(styles)!;
    const xfs = /<cellXfs count="(\d+)">/.exec(styles)!;
    let s = styles
      .replace(/<\/fills>/, '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>')
      .replace(fills[0], `<fills count="${Number(fills[1]) + 1}">`);
    s = s
      .replace(/<\/cellXfs>/, `<xf numFmtId="0" fontId="0" fillId="${fills[1]}" borderId="0" xfId="0" applyFill="1"/></cellXfs>`)
      .replace(xfs[0], `<cellXfs count="${Number(xfs[1]) + 1}">`);
    zip.file('xl/styles.xml', s);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<c r="G10" s="\d+"/, `<c r="G10" s="${xfs[1]}"`));
    const edited = path.join(dir, 'edited.xlsx');
    await fs.writeFile(edited, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run('clear', edited, '-o', path.join(dir, 'c.xlsx'));
    expect(r.out).toMatch(/1 cell was left alone because someone changed it since the last apply: G10/);
    expect(await sheetXmlOf(await fs.readFile(path.join(dir, 'c.xlsx')), 'Business Plan 2014-15')).toMatch(new RegExp(`<c r="G10" s="${xfs[1]}"`));
  });

  test('an unreadable journal is reported, and clear --forget removes it', async () => {
    const applied = path.join(dir, 'a.xlsx');
    await run('apply', V12, '-o', applied, '--quiet');
    const zip = await JSZip.loadAsync(await fs.readFile(applied));
    const journalPart = 'xl/worksheets/sheet2.xml';
    const journal = await zip.file(journalPart)!.async('string');
    zip.file(journalPart, journal.replace(/<c r="A3"(.*?)<t>\{/, '<c r="A3"$1<t>{"edited":1,'));
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run('apply', broken, '-o', path.join(dir, 'x.xlsx'), '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/plan-rag journal: plan-rag's record of its last Apply cannot be read: .*Run "plan-rag clear --forget .*broken\.xlsx"/);
    const f = await run('clear', broken, '--forget', '-o', path.join(dir, 'forgot.xlsx'), '--quiet');
    expect(f.code).toBe(0);
    expect(f.out).toMatch(/Forgot plan-rag's records \("plan-rag journal"\); the formatting stays/);
    expect((await run('apply', path.join(dir, 'forgot.xlsx'), '-o', path.join(dir, 'y.xlsx'), '--quiet')).code).toBe(0);
  });

  test('a protected plan sheet gets a clear message, and nothing is written', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(V12));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
    const f = path.join(dir, 'locked.xlsx');
    await fs.writeFile(f, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run('apply', f, '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Business Plan 2014-15: the sheet "Business Plan 2014-15" is protected.*Unprotect it in Excel \(Review › Unprotect Sheet\)/);
    await expect(fs.stat(path.join(dir, 'locked.rag.xlsx'))).rejects.toThrow();
  });
});

// A full disk, for real: a 64 KB file system (needs root to mount; CI runs as root)
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
(canMount ? describe : describe.skip)('on a tiny file system', () => {
  let mnt: string;
  let mounted = false;
  beforeAll(async () => {
    mnt = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-tiny-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mnt], { stdio: 'pipe' });
      mounted = true;
    } catch {
      process.stderr.write('tiny file system test SKIPPED: tmpfs could not be mounted\n');
    }
  });
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mnt]);
    await fs.rm(mnt, { recursive: true, force: true });
  });

  test('a full disk leaves the original intact and no temporary file', async () => {
    if (!mounted) return;
    const f = path.join(mnt, 'plan.xlsx');
    await fs.copyFile(V12, f);
    // fill the rest of the disk
    try {
      await fs.writeFile(path.join(mnt, 'filler'), Buffer.alloc(40_000));
    } catch {
      // full already
    }
    const before = await fs.readFile(f);
    const r = await run('apply', f, '--in-place', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the disk is full\. Nothing was changed/);
    expect(await fs.readFile(f)).toEqual(before);
    expect((await fs.readdir(mnt)).sort()).toEqual(['filler', 'plan.xlsx']);
  });

  test('a read-only folder suggests -o', async () => {
    if (!mounted) return;
    await fs.rm(path.join(mnt, 'filler'), { force: true });
    const f = path.join(mnt, 'plan.xlsx');
    await fs.copyFile(V12, f);
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    try {
      const r = await run('apply', f, '--quiet');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/read-only or not yours to write\. Write the result elsewhere with -o/);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mnt]);
    }
  });
});

/** A minimal OLE compound file whose directory holds streams with these names. */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  header.writeUInt32BE(0xd0cf11e0, 0);
  header.writeUInt32BE(0xa1b11ae1, 4);
  const dirSector = Buffer.alloc(512);
  ['Root Entry', ...streams].forEach((name, i) => {
    const b = Buffer.from(`${name}\0`, 'utf16le');
    b.copy(dirSector, i * 128);
    dirSector.writeUInt16LE(b.length, i * 128 + 64);
  });
  void constants;
  return Buffer.concat([header, dirSector]);
}
