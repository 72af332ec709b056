/**
 * On any small plan, the .xlsx host through the session (the CLI's path): apply changes no value, apply twice gives
 * the same bytes, and clear gives back the values and the plan sheet's styles.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { apply, clear } from '../../src/core/session/session';
import { SessionError } from '../../src/core/session/sessionError';
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { stylesOf, valuesOf } from '../helpers/snapshot';

const phrases = ['Complete', 'Timescale slipped', '', 'See above', 'Dec 14', 'Bi monthly', 'TBC', 'LINK TO SIIP 2.1 & 2.2', 'Red', 'On track'];
const textCell = fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 30 }));
const row = fc.tuple(fc.string({ maxLength: 5 }), textCell, textCell, fc.oneof(textCell, fc.integer({ min: 40000, max: 46000 })), textCell);

async function build(rows: Array<[string, string, string, string | number, string]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRow(['No', 'Objective', 'Action', 'Timescale', 'Status']);
  for (const r of rows) {
    const added = ws.addRow(r);
    if (typeof r[3] === 'number') added.getCell(4).numFmt = 'mmm-yy';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function book(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('apply, on any plan', () => {
  test('never changes a value, twice gives the same bytes, and clear restores values and styles', async () => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const original = await build(rows);
        const before = await book(original);
        const host = await openXlsx(original);
        try {
          await apply(host, { asOf: '2015-01-21', rowTint: true });
        } catch (err) {
          if (err instanceof SessionError && err.code === 'no-plan') return; // nothing that reads as a plan
          throw err;
        }
        applied++;
        const once = host.toBytes();
        const after = valuesOf(await book(once), ['plan-rag journal', 'SIIP index']);
        for (const [k, v] of Object.entries(valuesOf(before))) expect([k, after[k]]).toEqual([k, v]);
        const again = await openXlsx(once);
        await apply(again, { asOf: '2015-01-21', rowTint: true });
        expect(Buffer.from(again.toBytes()).equals(Buffer.from(once))).toBe(true);
        const cleared = await openXlsx(once);
        await clear(cleared);
        const back = await book(cleared.toBytes());
        expect(valuesOf(back)).toEqual(valuesOf(before));
        expect(stylesOf(back.getWorksheet('Plan')!)).toEqual(stylesOf(before.getWorksheet('Plan')!));
      }),
      { numRuns: 60 },
    );
    expect(applied).toBeGreaterThan(30); // not vacuous: most generated sheets read as a plan
  });
});
