/**
 * Plans with the shapes of issue 11 (update columns, revised dates, % complete, "Achieved", hand-coloured cells)
 * never throw, and a coloured cell never changes a row whose RAG a word already gives. Not vacuous: the generated
 * rows are counted and most are actions.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/grid';
import { assessGrid } from '../../src/core/plan/assess';

const HEADER = ['Ref', 'Action', 'Target date', 'Revised date', '% complete', 'Status', 'Update Jun 2015', 'Update Sep 2015', 'RAG', 'Achieved'];
const WORDS = [
  'Complete',
  'Partially implemented',
  'Superseded',
  'No update received',
  'Deferred to 2016/17',
  'planned for March 2015',
  'Behind target',
  'Red',
  'Amber',
  'G',
  'Yes',
  'No',
  '✓',
  'In progress',
  'Dec 14',
  'w/c 12/10/15',
  'End of Q3',
  'Phase 2 Mar 16',
  '100%',
  '0.5',
  '',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 20 }),
  fc.double({ min: 0, max: 50000, noNaN: true }),
  fc.constant(null),
);
const colour = fc.option(
  fc.oneof(
    fc.constantFrom('FF0000', 'FFC000', '00B050', '0070C0', 'FFFFFF', 'zz'),
    fc.integer({ min: 0, max: 0xffffff }).map((n) => n.toString(16).toUpperCase().padStart(6, '0')),
  ),
  { nil: null },
);

const plan: fc.Arbitrary<Grid> = fc
  .array(fc.tuple(fc.array(cell, { minLength: 10, maxLength: 10 }), fc.array(colour, { minLength: 10, maxLength: 10 })), { minLength: 1, maxLength: 20 })
  .map((rows) => ({
    values: [HEADER, ...rows.map(([v], i) => [`${i + 1}.1`, `Action ${i}`, ...v.slice(2)])],
    fills: [HEADER.map(() => null), ...rows.map(([, f]) => f)],
    fontColors: [HEADER.map(() => null), ...rows.map(([, f]) => [...f].reverse())],
  }));

test('coloured plans of every shape never throw, and read their rows', () => {
  let rows = 0;
  fc.assert(
    fc.property(plan, (g) => {
      const a = assessGrid(g, { asOf: '2015-01-21' });
      rows += a.rows.length;
      return a.rows.length === g.values.length - 1 && a.rows.every((r) => ['red', 'amber', 'green', 'complete', 'none'].includes(r.state));
    }),
    { numRuns: 150 },
  );
  expect(rows).toBeGreaterThan(150);
});

test('a RAG word wins over any fill', () => {
  fc.assert(
    fc.property(colour, fc.constantFrom('Red', 'Amber', 'Green'), (fill, word) => {
      const g: Grid = {
        values: [
          ['Ref', 'Action', 'Timescale', 'RAG'],
          ['1', 'Do', 'March 2015', word],
        ],
        fills: [[], [null, null, null, fill]],
      };
      const a = assessGrid(g, { asOf: '2015-01-21' });
      return a.rows[0].state === word.toLowerCase() && a.rows[0].ragSource === 'text';
    }),
  );
});
