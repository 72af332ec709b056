import { assessWorkbook } from '../../src/core/plan/assess';
import { buildBoardPack } from '../../src/core/plan/boardPack';
import { choosePrint, columnPoints, MIN_PRINTED_PT } from '../../src/core/plan/printLayout';
import { sheetsOf, V12 } from '../helpers/fixtures';

// the sample plan's columns (No, Objective, Action, Timescale, Reporting, Outcome, Status) and the RAG column
const V12_WIDTHS = [6, 30, 42, 14, 20, 36, 48, 13];

describe('choosePrint: a scale from the column widths, never under 8 pt', () => {
  test('the sample plan goes on A3: on A4 it would need about 62% (6.8 pt)', () => {
    const c = choosePrint(V12_WIDTHS);
    expect(c.paper).toBe('A3');
    expect(c.orientation).toBe('landscape');
    expect(c.scale).toBe(92);
    expect(c.pagesWide).toBe(1);
    expect(c.bodyPt).toBeGreaterThanOrEqual(10);
    expect(c.smallestPt).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
    expect(c.reason).toMatch(/^A3 landscape at 92%: on A4 the plan would need 62% \(6\.82 pt text, under 8 pt\)/);
  });

  test('a narrow plan stays on A4 at 100%', () => {
    expect(choosePrint([6, 30, 30, 12, 15, 20, 13])).toMatchObject({ paper: 'A4', scale: 100, pagesWide: 1, bodyPt: 11 });
  });

  test('a plan a little too wide for A4 at 100% is scaled down, but not under 8 pt', () => {
    const c = choosePrint([6, 30, 42, 14, 20, 20, 13]);
    expect(c.paper).toBe('A4');
    expect(c.scale).toBeLessThan(100);
    expect(c.bodyPt).toBeGreaterThanOrEqual(8);
  });

  test('a plan too wide even for A3 prints at the smallest readable scale, over two pages across', () => {
    const c = choosePrint([...V12_WIDTHS, 40, 40, 40]);
    expect(c).toMatchObject({ paper: 'A3', scale: 73, pagesWide: 2 });
    expect(c.bodyPt).toBeGreaterThanOrEqual(8);
    expect(c.reason).toMatch(/too wide to fit even A3/);
  });

  test('the header and footer size keeps them at 8 pt or more once scaled (hosts used 7 pt)', () => {
    for (const widths of [V12_WIDTHS, [6, 30, 30], [...V12_WIDTHS, 40, 40, 40]]) {
      const c = choosePrint(widths);
      expect((c.headerFooterPt * c.scale) / 100).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
    }
  });

  test('a larger body font allows a smaller scale', () => {
    expect(choosePrint(V12_WIDTHS, { bodyPt: 12 }).paper).toBe('A3');
    expect(choosePrint([6, 30, 42, 14, 20, 36, 13], { bodyPt: 14 }).paper).toBe('A4');
  });

  test('column widths in points follow Excel (7 px a character, 5 px padding, 96 dpi)', () => {
    expect(columnPoints(10)).toBe(56.25);
    expect(columnPoints(13)).toBe(72);
  });
});

test('the board pack sets a scale on the plan sheet, never fit-to-width', async () => {
  const sheets = await sheetsOf(V12);
  const sheet = 'Business Plan 2014-15';
  const a = assessWorkbook(sheets, { asOf: '2015-01-21', sheet });
  const widths: Record<number, number> = { 1: 6, 2: 30, 3: 42, 4: 14, 5: 20, 6: 36, 7: 48 };
  const pack = buildBoardPack(sheets.find((s) => s.name === sheet)!.grid, a, sheet, null, { columnWidths: widths });
  expect(pack.print).toMatchObject({ orientation: 'landscape', paper: 'A3', fitToWidth: null, scale: 91, headerFooterPt: 9 });
  expect(pack.page).toMatchObject({ orientation: 'landscape', paper: 'A3', fitToWidth: null, scale: 91, printArea: 'A3:H86', titleRows: '$4:$4' });
  for (const s of pack.sheets) expect(s.page).toMatchObject({ fitToWidth: null, scale: 100, paper: 'A4' });
});

test('the summary sheet fits A4 landscape at 100%, with room to spare', async () => {
  const { SUMMARY_COLUMNS } = await import('../../src/core/plan/boardPack');
  const { fitsPage } = await import('../../src/core/plan/printLayout');
  expect(fitsPage(SUMMARY_COLUMNS, 'A4', 'landscape')).toBe(true);
});
