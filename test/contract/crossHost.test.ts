/**
 * One journal, readable by every host: a workbook the Excel add-in applied, saved and opened by the CLI, is cleared
 * by the CLI; a workbook the CLI applied, opened in Excel, is cleared by the add-in. Either way the values are the
 * original ones, a person's edit made in between survives, and plan-rag's own sheets are gone.
 *
 * The hand-over between the two goes through ExcelJS in test code only (toWorkbook / fromWorkbook), as a person
 * saving from Excel and opening elsewhere.
 */
import ExcelJS from 'exceljs';
import { apply, clear } from '../../src/core/session/session';
import { ExcelHost } from '../../src/hosts/excel/excelHost';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { fakeRunner, parseAddress, type FakeWorkbookState } from '../fakes/fakeExcel';
import { addInternalLinks, fakeFromWorkbook } from '../fakes/fromWorkbook';
import { workbookBytesFromFake } from '../fakes/toWorkbook';
import { V12 } from '../helpers/fixtures';
import { valuesOf } from '../helpers/snapshot';
import { JOURNAL_SHEET } from '../../src/core/host/journal';

const PLAN = 'Business Plan 2014-15';
const AS_OF = '2015-01-21';

async function bookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function original(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(V12);
  return wb;
}

const excelOn = (state: FakeWorkbookState) => new ExcelHost(fakeRunner(state), { mergedAreas: true });

function fakeCell(state: FakeWorkbookState, sheet: string, address: string) {
  const a = parseAddress(address);
  return state.cell(state.sheet(sheet)!, a.top, a.left);
}

/** The plan's status column (G) cells that hold text and had no fill of their own, as "G12" addresses. */
function statusCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.getWorksheet(PLAN)!
    .getColumn(7)
    .eachCell((c, r) => {
      const fill = c.fill as ExcelJS.FillPattern | undefined;
      const own = fill?.type === 'pattern' && fill.pattern !== 'none';
      if (!own && typeof c.value === 'string' && c.value.trim() !== '') out.push(`G${r}`);
    });
  return out;
}

describe('Excel applies, the CLI clears', () => {
  test('values come back as they were, the board sheets and the journal go, the fills go', async () => {
    const before = await original();
    const state = fakeFromWorkbook(before);
    const applied = await apply(excelOn(state), { asOf: AS_OF, board: true });
    expect(applied.written.sheetsAdded.length).toBeGreaterThan(0);
    const painted = statusCells(before).filter((a) => fakeCell(state, PLAN, a).fill !== null);
    expect(painted.length).toBeGreaterThan(20); // the add-in did paint the status column

    const file = await openXlsx(await workbookBytesFromFake(state));
    const cleared = await clear(file, { all: true });
    expect(cleared.sheetsRemoved.length).toBeGreaterThan(0);
    const after = await bookOf(file.toBytes());

    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    expect(valuesOf(after)).toEqual(valuesOf(before));
    const ws = after.getWorksheet(PLAN)!;
    for (const a of painted) {
      const fill = ws.getCell(a).fill as ExcelJS.FillPattern | undefined;
      expect([a, fill?.type === 'pattern' ? fill.pattern : 'none']).toEqual([a, 'none']);
    }
  });

  test("a person's edit in Excel after apply survives the CLI's clear", async () => {
    const state = fakeFromWorkbook(await original());
    await apply(excelOn(state), { asOf: AS_OF });
    const statuses = statusCells(await original());
    const edited = statuses[3];
    const painted = statuses[5];
    fakeCell(state, PLAN, edited).value = 'Done, signed off at the January board';
    fakeCell(state, PLAN, painted).fill = { color: '#7030A0', pattern: 'Solid', patternColor: null };

    const file = await openXlsx(await workbookBytesFromFake(state));
    await clear(file);
    const ws = (await bookOf(file.toBytes())).getWorksheet(PLAN)!;
    expect(ws.getCell(edited).value).toBe('Done, signed off at the January board');
    expect((ws.getCell(painted).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF7030A0');
    expect((await bookOf(file.toBytes())).getWorksheet(JOURNAL_SHEET)).toBeUndefined();
  });
});

describe('The CLI applies, Excel clears', () => {
  test('values come back, links and fills go, the board sheets and the journal go', async () => {
    const before = await original();
    const fs = await import('fs');
    const file = await openXlsx(new Uint8Array(fs.readFileSync(V12)));
    await apply(file, { asOf: AS_OF, board: true });
    const appliedBook = await bookOf(file.toBytes());
    expect(appliedBook.getWorksheet(JOURNAL_SHEET)).toBeDefined();

    const state = fakeFromWorkbook(appliedBook);
    await addInternalLinks(state, file.toBytes());
    const linked = [...state.sheet(PLAN)!.cells.entries()].filter(([, c]) => c.hyperlink);
    expect(linked.length).toBeGreaterThan(0); // the CLI linked SIIP references
    const painted = statusCells(before).filter((a) => fakeCell(state, PLAN, a).fill !== null);
    expect(painted.length).toBeGreaterThan(20);

    const cleared = await clear(excelOn(state), { all: true });
    expect(cleared.sheetsRemoved.length).toBeGreaterThan(0);
    expect(state.sheets.map((s) => s.name)).toEqual(before.worksheets.map((w) => w.name));
    for (const [k] of linked) expect([k, state.sheet(PLAN)!.cells.get(k)?.hyperlink ?? null]).toEqual([k, null]);
    for (const a of painted) expect([a, fakeCell(state, PLAN, a).fill]).toEqual([a, null]);
    const values = valuesOf(await bookOf(await workbookBytesFromFake(state)));
    expect(values).toEqual(valuesOf(before));
  });
});
