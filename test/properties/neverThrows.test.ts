import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/grid';
import { assessGrid } from '../../src/core/plan/assess';
import { buildFormatPlan } from '../../src/core/plan/formatPlan';
import { classifyStatus } from '../../src/core/status/classifyStatus';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';
import { findReferences } from '../../src/core/xref/findReferences';

/** Words from real plans, so generated text looks like the real thing often enough to reach every branch. */
const WORDS = [
  'No',
  'Objective',
  'Action',
  'Timescale',
  'Reporting',
  'Outcome',
  'Status',
  'RAG',
  'Link',
  'Complete',
  'Done.',
  'Timescale slipped',
  'See above',
  'Dec 14',
  'March 15',
  'Bi monthly',
  'LINK TO SIIP 1.9',
  '&.1.1,',
  'TBC',
  'August Board',
  '5th June',
  '20.5.14',
  'Q3 2015/16',
  '2015/16',
  'Spring 2016',
  '–',
  'After',
  'Red',
  'A',
  'G -',
  '100%',
  '12.53%',
  'CYPP 2.1',
  'PSA: 13',
  '\n',
  '  ',
  'not met',
  'completed',
  'May',
  'may be',
  '31/02/2015',
];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' ')),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(text, fc.constant(null), fc.double({ noNaN: false }), fc.integer(), fc.boolean());
const grid: fc.Arbitrary<Grid> = fc.record({
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
  numberFormats: fc.option(fc.array(fc.array(fc.constantFrom('General', 'mmm-yy', 'dd/mm/yyyy', '0.00%', null), { maxLength: 9 }), { maxLength: 25 }), {
    nil: undefined,
  }),
  merges: fc.option(
    fc.array(
      fc.tuple(fc.nat(25), fc.nat(9), fc.nat(3), fc.nat(4)).map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w })),
      { maxLength: 4 },
    ),
    { nil: undefined },
  ),
});
/** A header row first makes most generated grids real plans. */
const planGrid = grid.map((g) => ({ ...g, values: [['No', 'Objective', 'Action', 'Timescale', 'Reporting', 'Status', 'RAG'], ...g.values] }));
const asOf = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('never throws', () => {
  test('the timescale parser, on any string', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = parseTimescale(t, { referenceDate: '2014-11-15' });
        expect(['date', 'recurring', 'event', 'none']).toContain(r.kind);
        if (r.due !== null) expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('the status classifier, on any status and timescale', () => {
    fc.assert(
      fc.property(text, text, text, asOf, (s, ts, rag, d) => {
        const a = classifyStatus({ status: s, rag, timescale: parseTimescale(ts), asOf: d });
        expect(['complete', 'green', 'amber', 'red', 'none']).toContain(a.state);
        expect(a.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  test('the reference finder, on any string', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const r of findReferences(t).refs) expect(r.ref).toMatch(/^\d/);
      }),
      { numRuns: 2000 },
    );
  });

  test('the whole engine and the formatting plan, on any grid', () => {
    fc.assert(
      fc.property(fc.oneof(grid, planGrid), asOf, (g, d) => {
        const a = assessGrid(g, { asOf: d });
        const plan = buildFormatPlan(g, a, 'Plan', null, { rowTint: true });
        // the plan never writes into a cell that holds anything
        for (const added of plan.added) {
          const m = /^([A-Z]+)(\d+)$/.exec(added.cell)!;
          const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const v = g.values[Number(m[2]) - 1]?.[col];
          expect(v === null || v === undefined || String(v).trim() === '').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
