/**
 * Property: whatever a person does between an Apply and a Clear (recolours cells plan-rag marked, types into cells,
 * inserts rows), Clear leaves exactly the workbook they had, with their own changes: every value, every format.
 * Runs on the reference host, through the real session.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import type { CellFormat } from '../../src/core/host/types';
import { apply, clear } from '../../src/core/session/session';
import { MemoryHost, type MemCell } from '../fakes/memoryHost';

const STATUS = ['Complete', 'Timescale slipped', '', 'Some slippage', 'On track', 'Not started', 'Red', 'See above'];
const TIMESCALE = ['Dec 14', 'March 2015', 'Bi monthly', 'TBC', 'January 2014', 'Q3 2014/15', 'September 14'];
const ACTION = ['Audit the front door', 'Train the leads', 'LINK TO SIIP 2.1 & 2.2 Review the protocol', 'Publish the report', 'Write the threshold document'];

const row = fc.record({
  action: fc.constantFrom(...ACTION),
  timescale: fc.constantFrom(...TIMESCALE),
  status: fc.constantFrom(...STATUS),
  lead: fc.constantFrom('EH&P', 'L&I sg', 'Business Group'),
});

type Edit = { kind: 'paint'; pick: number; color: string } | { kind: 'type'; pick: number; text: string } | { kind: 'insert'; before: number; count: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('paint' as const), pick: fc.nat(), color: fc.constantFrom('0070C0', 'FF0000', '00B050', 'FFFF00') }),
  fc.record({ kind: fc.constant('type' as const), pick: fc.nat(), text: fc.constantFrom('my note', 'Done!', '42') }),
  fc.record({ kind: fc.constant('insert' as const), before: fc.integer({ min: 1, max: 40 }), count: fc.integer({ min: 1, max: 3 }) }),
);

function plan(rows: Array<{ action: string; timescale: string; status: string; lead: string }>): CellValue[][] {
  return [
    ['Business plan 2014-15'],
    [],
    ['No', 'Action', 'Timescale', 'Lead', 'Status'],
    ...rows.map((r, i) => [`1.${i + 1}`, `${r.action} (${i})`, r.timescale, r.lead, r.status]),
  ];
}

/** Every cell's value and format, by address, skipping empty ones. */
function cellsOf(host: MemoryHost): Map<string, { value: CellValue; format: CellFormat }> {
  const out = new Map<string, { value: CellValue; format: CellFormat }>();
  for (const [k, c] of host.sheet('Plan').cells) {
    const format = Object.fromEntries(
      Object.entries(c.format).filter(([, v]) => v !== null && v !== undefined && v !== false && v !== 'General'),
    ) as CellFormat;
    if ((c.value === null || c.value === '') && Object.keys(format).length === 0) continue;
    out.set(k, { value: c.value === '' ? null : c.value, format });
  }
  return out;
}

function shift(m: Map<string, { value: CellValue; format: CellFormat }>, before: number, count: number) {
  const out = new Map<string, { value: CellValue; format: CellFormat }>();
  for (const [k, v] of m) {
    const p = /^([A-Z]+)(\d+)$/.exec(k)!;
    const r = Number(p[2]);
    out.set(r >= before ? `${p[1]}${r + count}` : k, v);
  }
  return out;
}

test('clear keeps every value and format the person had, and every change they made since', async () => {
  let marksHit = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 5, maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (rows, edits) => {
      const host = MemoryHost.from([{ name: 'Plan', rows: plan(rows) }], { kind: 'live' });
      let expected = cellsOf(host);
      const applied = await apply(host, { asOf: '2015-01-21' });
      expect(applied.written.cells).toBeGreaterThan(0); // the apply did something: the property is not vacuous
      for (const e of edits) {
        if (e.kind === 'insert') {
          host.insertRows('Plan', e.before, e.count);
          expected = shift(expected, e.before, e.count);
          continue;
        }
        // aim at a cell plan-rag marked, found where it is now
        const formatted = [...host.sheet('Plan').cells.entries()].filter(([, c]) => Object.keys(c.format).length > 0).map(([k]) => k);
        if (formatted.length === 0) continue;
        const address = formatted[e.pick % formatted.length];
        const cell: MemCell = host.at('Plan', address);
        if (e.kind === 'paint') {
          cell.format = { ...cell.format, fill: { color: e.color } };
          // a key line plan-rag wrote stays plan-rag's text (Clear removes it) even when its look is the person's
          const was = expected.get(address) ?? { value: null, format: {} };
          expected.set(address, { value: was.value, format: { ...was.format, fill: { color: e.color } } });
          marksHit++;
        } else {
          const was = expected.get(address);
          cell.value = e.text;
          // typed over a table cell: only the value is theirs (plan-rag's marks there are still plan-rag's);
          // typed over a key line plan-rag wrote: the cell is theirs now, its look too
          if (was && was.value !== null) expected.set(address, { value: e.text, format: was.format });
          else expected.set(address, { value: e.text, format: cellsOf(host).get(address)?.format ?? {} });
        }
      }
      await clear(host);
      const after = cellsOf(host);
      for (const [k, v] of expected) expect({ k, ...after.get(k) }).toEqual({ k, ...v });
      for (const k of after.keys()) expect({ k, extra: !expected.has(k) }).toEqual({ k, extra: false });
    }),
    { numRuns: 60, seed: 20151 },
  );
  expect(marksHit).toBeGreaterThan(20);
});
