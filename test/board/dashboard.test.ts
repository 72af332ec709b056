/**
 * The board dashboard, the summary's changes and the RAG column's arrows, on the sample plan. The direction of
 * travel is tested on the case the issue reports: from the January board to March, actions went from green to
 * amber and overdue, and the old summary said "0 newly red, 0 newly complete, 0 slipped".
 */
import { isOwnTitle } from '../../src/core/host/ownSheets';
import { assessWorkbook, type WorkbookAssessment } from '../../src/core/plan/assess';
import { buildBoardPack, type BoardPack } from '../../src/core/plan/boardPack';
import { CHART_ROWS, DASHBOARD_COLUMNS, DASHBOARD_PAGE_ROWS } from '../../src/core/plan/dashboard';
import { fitsPage, PRINTABLE_HEIGHT_PT, PRINTABLE_WIDTH_PT } from '../../src/core/plan/printLayout';
import { PRINT_STATE_STYLES } from '../../src/core/plan/styles';
import type { SheetGrid } from '../../src/core/grid';
import { sheetsOf, V12 } from '../helpers/fixtures';

const SHEET = 'Business Plan 2014-15';
let sheets: SheetGrid[];
let jan: WorkbookAssessment;
let janPack: BoardPack;
let march: WorkbookAssessment;
let marchPack: BoardPack;
let april: WorkbookAssessment;
let aprilPack: BoardPack;
beforeAll(async () => {
  sheets = await sheetsOf(V12);
  const grid = sheets.find((s) => s.name === SHEET)!.grid;
  jan = assessWorkbook(sheets, { asOf: '2015-01-21', sheet: SHEET });
  janPack = buildBoardPack(grid, jan, SHEET, null);
  march = assessWorkbook(sheets, { asOf: '2015-03-18', sheet: SHEET });
  marchPack = buildBoardPack(grid, march, SHEET, null, { history: janPack.snapshot });
  april = assessWorkbook(sheets, { asOf: '2015-04-15', sheet: SHEET });
  aprilPack = buildBoardPack(grid, april, SHEET, null, { history: janPack.snapshot });
});
const texts = (rows: BoardPack['dashboard']['rows']) => rows.map((r) => r.map((c) => String(c.value)).join(' | '));

describe('dashboard, first board', () => {
  test("its title marks it as plan-rag's, and it prints first, then the summary, then the chase list", () => {
    const a1 = String(janPack.dashboard.rows[0][0].value);
    expect(a1).toBe(`Board dashboard: ${SHEET}`);
    expect(isOwnTitle(a1)).toBe(true);
    expect(janPack.sheets.map((s) => s.name)).toEqual(['Board dashboard', 'Board summary', 'Chase list']);
  });

  test('a data block of RAG counts by section, with totals, and a stacked bar chart drawn from it', () => {
    const d = janPack.dashboard;
    const chart = d.chart!;
    const header = d.rows[chart.data.top - 1].map((c) => c.value);
    expect(header.slice(0, 6)).toEqual(['Section', 'Red', 'Amber', 'Green', 'Complete', 'Not started']);
    const sections = d.rows.slice(chart.data.top, chart.data.bottom);
    expect(sections.map((r) => String(r[0].value).slice(0, 2))).toEqual(['1 ', '2 ', '3 ', '4 ', '5 ']);
    expect(sections.map((r) => r[6].value)).toEqual([14, 13, 14, 11, 17]); // actions per section, counted in the plan
    const totals = d.rows[chart.data.bottom];
    expect(totals[0].value).toBe('All actions');
    expect(totals.slice(1, 6).map((c) => c.value)).toEqual([jan.counts.red, jan.counts.amber, jan.counts.green, jan.counts.complete, jan.counts.none]);
    expect(totals[6].value).toBe(69);
    expect(chart).toMatchObject({ data: { left: 1, right: 6 }, horizontal: true, stacked: true, dataLabels: true });
    expect(chart.colors).toHaveLength(5);
    // the chart sits on rows kept empty for it, below the block
    expect(chart.anchor.row).toBeGreaterThan(chart.data.bottom + 1);
    for (let r = chart.anchor.row; r < chart.anchor.row + CHART_ROWS; r++) expect(d.rows[r - 1]).toEqual([]);
  });

  test('the key is printed as a block on this page, each state with its print style', () => {
    const rows = janPack.dashboard.rows;
    const at = rows.findIndex((r) => r[0]?.value === 'Key');
    expect(at).toBeGreaterThan(0);
    const label = (text: string) => rows.slice(at).find((r) => r[0]?.value === text);
    expect(label('R Red')?.[0].style).toEqual(PRINT_STATE_STYLES.red);
    expect(label('A Amber')?.[0].style).toEqual(PRINT_STATE_STYLES.amber);
    expect(label('G Green')?.[0].style).toEqual(PRINT_STATE_STYLES.green);
    expect(label('Complete')?.[0].style).toEqual(PRINT_STATE_STYLES.complete);
    expect(label('Not started')?.[0].style).toEqual(PRINT_STATE_STYLES.none);
    expect(String(label('R Red')?.[1].value)).toMatch(/off track.*thick border/);
    expect(texts(rows).join('\n')).toMatch(/↑ better {2}↓ worse {2}→ same/);
  });

  test('on a host without borders (Google Sheets) the key does not promise them', () => {
    const grid = sheets.find((s) => s.name === SHEET)!.grid;
    const pack = buildBoardPack(grid, jan, SHEET, null, { host: { borders: false } });
    const red = pack.dashboard.rows.find((r) => r[0]?.value === 'R Red')!;
    expect(red[1].value).toBe('off track, or past due with no update');
  });

  test('it fits one A4 portrait page at 100%', () => {
    const d = janPack.dashboard;
    expect(d.page).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: null, scale: 100 });
    expect(fitsPage(DASHBOARD_COLUMNS, 'A4', 'portrait')).toBe(true);
    expect(d.chart!.anchor.width).toBeLessThanOrEqual(PRINTABLE_WIDTH_PT.A4.portrait);
    expect(d.rows.length).toBeLessThanOrEqual(DASHBOARD_PAGE_ROWS);
    expect(DASHBOARD_PAGE_ROWS * 16).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT.A4.portrait);
    expect(d.chart!.anchor.height).toBeLessThanOrEqual(CHART_ROWS * 15);
  });

  test('with no earlier board, it says the direction of travel starts next time', () => {
    expect(texts(janPack.dashboard.rows).join('\n')).toMatch(/No earlier board is recorded/);
    expect(janPack.changes.previousAsOf).toBeNull();
  });
});

describe('direction of travel since the January board', () => {
  test('by 18 March, 1.10 (due January 2015) went from green to amber and overdue: the old summary said "0 newly red, 0 newly complete, 0 slipped"', () => {
    const c = marchPack.changes;
    expect(c.previousAsOf).toBe('2015-01-21');
    expect(c.newlyAmber.map((r) => r.ref)).toContain('1.10');
    expect(c.newlyOverdue.map((r) => r.ref)).toContain('1.10');
    expect(c.newlyRed).toEqual([]);
    expect(c.newlyComplete).toEqual([]);
    expect(c.moved).toEqual([]);
    const lines = texts(marchPack.dashboard.rows);
    expect(lines.find((l) => l.startsWith('↓ 1.10 |'))).toMatch(/^↓ 1\.10 \| Green → Amber; newly overdue \(46 days\)/);
  });

  // By 15 April every January-green action due by March has passed its date. From the plan: 1.9 (February, or
  // March as its status plans it), 1.10 (January 2015), 1.12 and 5.15 (March 2015) have updates, so they turn amber;
  // 1.13, 1.14 and 2.12 (March 2015, not started) have no status, so they turn red; 1.5 (amber, March 2015) is now
  // overdue too. (Amber actions whose status moves their date into February or March, such as 2.10 "planned for
  // March 2015", are newly overdue as well where the status is read that way.)
  const NEWLY_OVERDUE = ['1.5', '1.9', '1.10', '1.12', '1.13', '1.14', '2.12', '5.15'];
  test('by 15 April: newly red, newly amber and newly overdue, as the plan says', () => {
    const c = aprilPack.changes;
    expect(c.newlyRed.map((r) => r.ref)).toEqual(['1.13', '1.14', '2.12']);
    expect(c.newlyAmber.map((r) => r.ref)).toEqual(['1.9', '1.10', '1.12', '5.15']);
    expect(c.newlyOverdue.map((r) => r.ref)).toEqual(expect.arrayContaining(NEWLY_OVERDUE));
    const wasOverdue = new Set(jan.rows.filter((r) => r.overdue).map((r) => r.ref));
    for (const r of c.newlyOverdue)
      expect({ ref: r.ref, overdue: r.overdue, before: wasOverdue.has(r.ref) }).toEqual({ ref: r.ref, overdue: true, before: false });
    expect(c.newlyComplete).toEqual([]);
  });

  test('the dashboard lists each changed action on its own line, worst first, with what changed', () => {
    const lines = texts(aprilPack.dashboard.rows);
    expect(lines.join('\n')).toMatch(/Direction of travel since the board of 21 Jan 2015/);
    const c = aprilPack.changes;
    const worse = c.actions.filter((x) => x.direction === 'worse').length;
    expect(lines.join('\n')).toContain(`↓ ${worse} worse: 3 newly red, 4 newly amber, ${c.newlyOverdue.length} newly overdue.`);
    const changed = lines.filter((l) => /^[↑↓→•] [\d.a-z]+ \| /.test(l)).map((l) => l.split(' ')[1]);
    expect(changed.slice(0, 3)).toEqual(['1.13', '1.14', '2.12']); // red first
    expect(changed).toContain('1.10');
    const more = Number(/^…and (\d+) more/.exec(lines.find((l) => l.startsWith('…and ')) ?? '…and 0 more')![1]);
    expect(changed.length + more).toBe(c.actions.filter((x) => x.direction !== 'same' && x.direction !== 'new').length);
    expect(lines.find((l) => l.startsWith('↓ 1.13 |'))).toMatch(/^↓ 1\.13 \| Not started → Red; newly overdue \(15 days\)/);
    expect(lines.find((l) => l.startsWith('↓ 1.10 |'))).toMatch(/^↓ 1\.10 \| Green → Amber; newly overdue \(74 days\)/);
    expect(lines.find((l) => l.startsWith('↓ 1.5 |'))).toMatch(/^↓ 1\.5 \| Amber; newly overdue \(15 days\)/);
    const refRow = aprilPack.dashboard.rows.find((r) => r[0]?.value === '↓ 1.10')!;
    expect(refRow[0].link).toEqual({ sheet: SHEET, target: 'A14' });
  });

  test('the summary lists every change one per line, never several refs in one row', () => {
    const lines = texts(aprilPack.summary.rows);
    const from = lines.indexOf('Changes since the board of 21 Jan 2015');
    const after = lines.slice(from + 1);
    const section = (title: string) => {
      const at = after.indexOf(title);
      expect(at).toBeGreaterThanOrEqual(0);
      const out: string[] = [];
      for (const l of after.slice(at + 1)) {
        if (!/^\d/.test(l)) break;
        out.push(l);
      }
      return out;
    };
    expect(section('Newly red (3)').map((l) => l.split(' | ')[0])).toEqual(['1.13', '1.14', '2.12']);
    expect(section('Newly amber (4)').map((l) => l.split(' | ')[0])).toEqual(['1.9', '1.10', '1.12', '5.15']);
    const overdue = section(`Newly overdue (${aprilPack.changes.newlyOverdue.length})`);
    expect(overdue).toHaveLength(aprilPack.changes.newlyOverdue.length);
    expect(section('Newly amber (4)')[1]).toMatch(/^1\.10 \| Green → Amber; MA audit group receive joint/);
    expect(overdue.find((l) => l.startsWith('1.10 |'))).toMatch(/^1\.10 \| due 31 Jan 2015, 74 days overdue; /);
    expect(after).toContain('Newly complete (0)');
    expect(after).toContain('Due dates moved (0)');
    for (const l of after) expect(l.split(' | ').length).toBeLessThanOrEqual(2); // one ref a row
  });

  test('the RAG column carries an arrow and a word for each action', () => {
    const rag = (ref: string) => {
      const r = april.rows.find((x) => x.ref === ref)!;
      return aprilPack.ragColumn.find((c) => c.cell === `H${r.row}`)!.value;
    };
    expect(rag('1.10')).toBe('A Amber\nOverdue 74d\n↓ worse');
    expect(rag('1.1')).toBe('Complete\n→ same');
    expect(janPack.ragColumn.find((c) => c.cell === 'H14')!.value).toBe('G Green'); // no earlier board: no arrow
    expect(aprilPack.rowHeights[14]).toBeGreaterThanOrEqual(3 * 13.5);
  });

  test('a history written before the Overdue column still finds the newly overdue', () => {
    const old = janPack.snapshot.map(({ overdue: _o, ...rest }) => rest);
    const grid = sheets.find((s) => s.name === SHEET)!.grid;
    const pack = buildBoardPack(grid, april, SHEET, null, { history: old });
    expect(pack.changes.newlyOverdue.map((r) => r.ref)).toEqual(aprilPack.changes.newlyOverdue.map((r) => r.ref));
    expect(pack.changes.newlyOverdue.map((r) => r.ref)).toEqual(expect.arrayContaining(NEWLY_OVERDUE));
  });

  test('with more changes than the page holds, the dashboard stays one page and says where the rest are', () => {
    const grid = sheets.find((s) => s.name === SHEET)!.grid;
    // a previous board at which every action was green and on time
    const allGreen = janPack.snapshot.map((s) => ({ ...s, asOf: '2014-12-01', state: 'green' as const, overdue: false }));
    const pack = buildBoardPack(grid, jan, SHEET, null, { history: allGreen });
    const lines = texts(pack.dashboard.rows);
    expect(pack.dashboard.rows.length).toBeLessThanOrEqual(DASHBOARD_PAGE_ROWS);
    const listed = lines.filter((l) => /^[↑↓→•] [\d.a-z]+ \| /.test(l)).length;
    const more = lines.find((l) => l.startsWith('…and '))!;
    expect(more).toMatch(/^…and (\d+) more: every change is listed, one per line, in the Board summary\.$/);
    const changedCount = pack.changes.actions.filter(
      (c) => c.was && (c.was.state !== c.row.state || (c.was.overdue ?? false) !== c.row.overdue || c.was.due !== c.row.timescale.due),
    ).length;
    expect(listed + Number(/\d+/.exec(more)![0])).toBe(changedCount);
    // worst first: every ↓ line comes before any ↑ line
    const arrows = lines.filter((l) => /^[↑↓→] [\d.a-z]+ \| /.test(l)).map((l) => l[0]);
    expect(arrows.join('')).toMatch(/^↓*↑*→*$/);
  });

  test('getting better: an action completed since is newly complete and ↑', () => {
    const grid = sheets.find((s) => s.name === SHEET)!.grid;
    const history = janPack.snapshot.map((s) => (s.ref === '1.6' ? { ...s, asOf: '2014-12-01' } : s));
    // December's board had 1.6 red; this board (January) says so too: same
    expect(buildBoardPack(grid, jan, SHEET, null, { history }).changes.actions.find((c) => c.row.ref === '1.6')?.direction).toBe('same');
    const wasRed = janPack.snapshot.map((s) => ({ ...s, asOf: '2014-12-01', state: s.ref === '1.1' ? ('red' as const) : s.state }));
    const pack = buildBoardPack(grid, jan, SHEET, null, { history: wasRed });
    expect(pack.changes.newlyComplete.map((r) => r.ref)).toEqual(['1.1']);
    expect(pack.ragColumn.find((c) => c.cell === 'H5')!.value).toBe('Complete\n↑ better');
  });
});
