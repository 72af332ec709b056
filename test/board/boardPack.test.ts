import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { wrappedLines } from '../../src/core/plan/boardPack';
import { NYSCB, V12, V12_MERGED } from '../helpers/fixtures';
import { canRender, pdfPages, renderPdf, savePngs } from '../helpers/render';
import { historyOf, stylesOf, valuesOf } from '../helpers/snapshot';
import { sheetXmlOf } from '../helpers/package';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), today: () => '2015-01-21' });
  return { code, out, err };
}

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-board-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('board pack on the v12 plan', () => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = path.join(dir, 'v12.board.xlsx');
    const r = await run('apply', V12, '--board', '--as-of', '2015-01-21', '-o', file, '--quiet');
    expect(r.code).toBe(0);
    wb = await load(file);
  });

  test('the plan sheet prints landscape, fitted to the page width, with the header row repeated', () => {
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    // printed at a scale (never fit to width, which shrank the text below 8 pt), on A4 or A3
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:4' });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.scale).toBeLessThanOrEqual(100);
    expect(ws.pageSetup.printArea).toBe('A3:H86');
    expect(ws.headerFooter.oddHeader).toMatch(/Business Plan 2014-15.*RAG as of 21 Jan 2015/);
    expect(ws.headerFooter.oddFooter).toMatch(/Key: R Red.*Page &P of &N/);
  });

  test('a labelled RAG column at the right carries the state in words, overdue days included', () => {
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    expect(ws.getCell('H4').value).toBe('RAG');
    expect(ws.getCell('H20').value).toBe('RAG'); // every repeated header row
    expect(ws.getCell('H10').value).toBe('R Red\nOverdue 355d'); // 1.6
    expect(ws.getCell('H7').value).toBe('A Amber'); // 1.3
    expect(ws.getCell('H5').value).toBe('Complete'); // 1.1
    expect(ws.getCell('H17').value).toBe('Not started'); // 1.13
    expect(ws.getCell('H76').value).toBe('G Green\nNeeds date'); // 5.8
  });

  test('rows are tall enough for their wrapped text', () => {
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    expect(ws.getRow(27).height).toBeGreaterThan(150); // 2.7: a long status
    expect(ws.getRow(5).height ?? 15).toBeLessThan(ws.getRow(27).height);
  });

  test('the summary sheet agrees with plan-rag report', async () => {
    const report = JSON.parse((await run('report', V12, '--as-of', '2015-01-21', '--json')).out);
    const ws = wb.getWorksheet('Board summary')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? (v as { text: unknown }).text : v))),
    );
    const all = rows.find((r) => r[0] === 'All actions')!;
    const c = report.summary.counts;
    expect(all.slice(1)).toEqual([c.red, c.amber, c.green, c.complete, c.none, report.summary.actions]);
    const sectionRows = rows.filter((r) => /^[1-5] /.test(String(r[0])));
    expect(sectionRows.map((r) => r[6])).toEqual([14, 13, 14, 11, 17]);
    expect(rows.some((r) => r[0] === `Overdue actions (${report.summary.overdue})`)).toBe(true);
    const overdueRefs = rows
      .slice(rows.findIndex((r) => String(r[0]).startsWith('Overdue actions')) + 2)
      .slice(0, report.summary.overdue)
      .map((r) => r[0]);
    expect(new Set(overdueRefs)).toEqual(new Set(report.rows.filter((r: { overdue: boolean }) => r.overdue).map((r: { ref: string }) => r.ref)));
    expect(rows.some((r) => r[0] === `Timescales that need a date (${report.summary.needsDate})`)).toBe(true);
  });

  test('each summary line links to its row (an internal link: a location, no relationship)', async () => {
    const ws = wb.getWorksheet('Board summary')!;
    let cell = '';
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '1.6') cell = `A${r}`;
    });
    const xml = await sheetXmlOf(await fs.readFile(file), 'Board summary');
    expect(xml).toContain(`<hyperlink ref="${cell}" location="'Business Plan 2014-15'!A10"/>`);
  });

  test('a snapshot is recorded in the history sheet', () => {
    const history = historyOf(wb);
    expect(history).toHaveLength(69);
    expect(history.find((h) => h.ref === '1.6')).toEqual({ asOf: '2015-01-21', row: 10, ref: '1.6', state: 'red', due: '2014-01-31' });
  });

  test('clear restores the plan sheet exactly; the history stays unless --all', async () => {
    const cleared = path.join(dir, 'v12.cleared.xlsx');
    expect((await run('clear', file, '-o', cleared)).code).toBe(0);
    const original = await load(V12);
    const back = await load(cleared);
    expect(back.worksheets.filter((w) => w.name !== 'RAG history').map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    expect(stylesOf(back.getWorksheet('Business Plan 2014-15')!)).toEqual(stylesOf(original.getWorksheet('Business Plan 2014-15')!));
    expect(back.getWorksheet('Business Plan 2014-15')!.pageSetup.orientation).toBe('portrait');
    expect(valuesOf(back, ['RAG history'])).toEqual(valuesOf(original));
    const all = path.join(dir, 'v12.all.xlsx');
    await run('clear', cleared, '--all', '-o', all);
    expect((await load(all)).getWorksheet('RAG history')).toBeUndefined();
  });
});

describe('a second board shows what changed since the first', () => {
  test('newly red, newly complete and slipped due dates', async () => {
    const first = path.join(dir, 'first.xlsx');
    await run('apply', V12, '--board', '--as-of', '2015-01-21', '-o', first, '--quiet');
    // the secretariat updates the plan for the next board
    const wb = await load(first);
    const ws = wb.getWorksheet('Business Plan 2014-15')!;
    ws.getCell('G7').value = 'Complete'; // 1.3 amber → complete
    ws.getCell('D12').value = 'March 2015'; // 1.8 due Dec 2014 → March 2015 (slipped)
    ws.getCell('G16').value = ''; // 1.12 (due March 2015) loses its status: red once past due
    const edited = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const second = path.join(dir, 'second.xlsx');
    const r = await run('apply', edited, '--board', '--as-of', '2015-04-15', '-o', second, '--quiet');
    expect(r.out).toMatch(/Board pack: since 21 Jan 2015, \d+ newly red, \d+ newly amber, \d+ newly overdue, 1 newly complete, 1 due date slipped\./);
    const summary = (await load(second)).getWorksheet('Board summary')!;
    const text: string[] = [];
    summary.eachRow((row) =>
      text.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v && typeof v === 'object' && 'text' in v ? (v as { text: string }).text : String(v ?? '')))
          .join(' | '),
      ),
    );
    const all = text.join('\n');
    expect(all).toMatch(/Changes since the board of 21 Jan 2015/);
    // one change per line: the kind, then each ref on its own row with what changed, never several refs in a row
    expect(all).toMatch(/Newly red \(\d+\)\n(?:.*\n)*?1\.12 \| Green → Red/);
    expect(all).toMatch(/Newly complete \(1\)\n1\.3 \| Amber → Complete/);
    expect(all).toMatch(/Due dates moved \(1\)\n1\.8 \| due 31 Dec 2014 → 31 Mar 2015 \(later\)/);
    expect(
      historyOf(await load(second))
        .map((h) => h.asOf)
        .filter((d, i, a) => a.indexOf(d) === i),
    ).toEqual(['2015-01-21', '2015-04-15']);
  });
});

describe('other fixtures', () => {
  test('a plan with no status column gets a summary that says so', async () => {
    const file = path.join(dir, 'nyscb.board.xlsx');
    expect((await run('apply', NYSCB, '--board', '--as-of', '2009-01-31', '-o', file, '--quiet')).code).toBe(0);
    const ws = (await load(file)).getWorksheet('Board summary')!;
    const text: string[] = [];
    ws.eachRow((row) => text.push(String(row.getCell(1).value ?? '')));
    expect(text.join('\n')).toMatch(/no status or RAG column/);
    expect(text.join('\n')).toMatch(/no timescale column/);
    // "2. Core Statutory ... (Continued)" counts with section 2: one line per section
    expect(text.filter((t) => /^2 Core Statutory/.test(t))).toEqual(['2 Core Statutory Business Objectives the LSCB']);
  });

  test('with a SIIP register, the summary lists register items no action cites', async () => {
    const file = path.join(dir, 'merged.board.xlsx');
    await run('apply', V12_MERGED, '--board', '--as-of', '2015-01-21', '-o', file, '--quiet');
    const ws = (await load(file)).getWorksheet('Board summary')!;
    const text: string[] = [];
    ws.eachRow((row) => text.push(String(row.getCell(1).value ?? '')));
    expect(text).toContain('Register items no action cites: 8.1');
    expect(text).toContain('Not in the register (sheet "SIIP"): none');
  });
});

describe('wrapped line estimate', () => {
  test.each([
    ['', 10, 1],
    ['short', 10, 1],
    ['a\nb', 10, 2],
    ['one two three four five six', 10, 3],
    ['averyveryverylongwordthatwraps', 10, 3],
  ])('%j at %d chars → %d lines', (text, chars, lines) => {
    expect(wrappedLines(text, chars)).toBe(lines);
  });
});

const render = canRender() ? describe : describe.skip;
if (!canRender()) {
  // Never quiet: say why the PDF checks did not run. CI installs LibreOffice (.ci/run), so there they always run.
  if (process.env.CI) throw new Error('CI needs LibreOffice and poppler for the board-pack PDF checks');
  process.stderr.write('board pack PDF checks SKIPPED: LibreOffice (soffice), poppler (pdfinfo) or the Carlito font (fonts-crosextra-carlito) not installed\n');
}

render('board pack rendered by LibreOffice', () => {
  test('every page landscape; header row, as-of date, key and page numbers on every plan page; states in words', async () => {
    const file = path.join(dir, 'render.xlsx');
    await run('apply', V12, '--board', '--as-of', '2015-01-21', '-o', file, '--quiet');
    const pdf = await renderPdf(file);
    savePngs(pdf, 'board-v12');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(3);
    // every page is one of the board pack's kinds, in print order: dashboard, summary, chase list, the plan, the index
    const kind = (text: string) =>
      /Board dashboard:/.test(text)
        ? 'dashboard'
        : /Board summary:/.test(text)
          ? 'summary'
          : /^\s*Chase list/.test(text)
            ? 'chase'
            : /No\s+Objective\s+Action\s+Timescale\s+Reporting\s+Outcome\s+Status/.test(text)
              ? 'plan'
              : /SIIP index/.test(text)
                ? 'index'
                : 'other';
    const kinds = pages.map((p) => kind(p.text));
    expect(kinds).not.toContain('other');
    expect(kinds[0]).toBe('dashboard'); // the first printed page
    const order = ['dashboard', 'summary', 'chase', 'plan', 'index'];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    const planPages = pages.filter((p) => kind(p.text) === 'plan');
    expect(planPages.length).toBeGreaterThanOrEqual(5);
    // the plan's pages are landscape, and carry the header row (every column fits the width), the date, key and page numbers
    for (const p of planPages) {
      expect(p.width).toBeGreaterThan(p.height);
      expect(p.text).toMatch(/RAG as of 21 Jan 2015/);
      expect(p.text).toMatch(/Key: R Red = off track/);
      expect(p.text).toMatch(/Page \d+ of \d+/);
      expect(p.text).toMatch(/\bRAG\b/);
    }
    const all = planPages.map((p) => p.text).join('\n');
    // every column is on the page: the last column's header and the RAG words are printed
    expect(all).toMatch(/R Red/);
    expect(all.match(/A Amber(?! =)/g)!.length).toBe(20); // not counting the key in each footer
    expect(all.match(/Complete\b/g)!.length).toBeGreaterThanOrEqual(29);
    expect(all).toMatch(/Overdue 355d/);
    // the key as a block on the first page, every state in words
    for (const w of ['Key', 'R Red', 'A Amber', 'G Green', 'Complete', 'Not started', 'Overdue']) expect(pages[0].text).toContain(w);
    // no printed text under 8 pt: word heights from pdftotext -bbox, in units of the dashboard's 11 pt body text
    // (Excel's default size, the most common height on page 1)
    const heights = execFileSync('pdftotext', ['-bbox', pdf, '-'])
      .toString()
      .split('<page ')
      .slice(1)
      .map((page) => [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1])));
    const counts = new Map<number, number>();
    for (const h of heights[0]) counts.set(Math.round(h * 10) / 10, (counts.get(Math.round(h * 10) / 10) ?? 0) + 1);
    const body = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const points = heights.map((page) => Math.min(...page.map((h) => (h / body) * 11)));
    expect(heights.every((page) => page.length > 0)).toBe(true);
    for (const [i, pt] of points.entries()) expect([i + 1, pt >= 7.95]).toEqual([i + 1, true]);
  }, 240_000);
});
