/**
 * The core keeps no process-wide cache that hands out shared data (issue 9, item 7): two assessments of one plan
 * share no arrays, and what rows of one assessment share is frozen or typed read-only.
 */
import fc from 'fast-check';
import { assessGrid } from '../../src/core/plan/assess';
import { findReferences } from '../../src/core/xref/findReferences';
import { Memo, memoTable } from '../../src/core/memo';

const grid = {
  values: [
    ['No', 'Action', 'Timescale', 'Status'],
    ['1', 'Do LINK TO SIIP 1.9', 'Dec 14', 'Complete'],
    ['2', 'Do again LINK TO SIIP 1.9', 'Dec 14', 'Complete'],
    ['3', 'Nothing cited', 'Bi monthly', 'On track'],
  ],
};

test('two assessments of the same plan share no arrays', () => {
  const a = assessGrid(grid, { asOf: '2015-01-21' });
  const b = assessGrid(grid, { asOf: '2015-01-21' });
  expect(a.rows[0].reasons).toEqual(b.rows[0].reasons);
  expect(a.rows[0].reasons).not.toBe(b.rows[0].reasons);
  expect(a.rows[0].siip).not.toBe(b.rows[0].siip);
  expect(a.rows[0].refs).not.toBe(b.rows[0].refs);
});

test('a caller who mutates an answer (casting away readonly) cannot change the next assessment', () => {
  const a = assessGrid(grid, { asOf: '2015-01-21' });
  (a.rows[0].siip as string[]).push('9.9');
  (a.rows[0].reasons as string[]).push('tampered');
  const b = assessGrid(grid, { asOf: '2015-01-21' });
  expect(b.rows[0].siip).toEqual(['1.9']);
  expect(b.rows[0].reasons).not.toContain('tampered');
});

test('the empty answers rows share are frozen', () => {
  const a = assessGrid(grid, { asOf: '2015-01-21' });
  expect(Object.isFrozen(a.rows[2].siip)).toBe(true);
  expect(Object.isFrozen(findReferences('nothing here').refs)).toBe(true);
});

test('a memo remembers within itself only, and stops remembering when nothing repeats', () => {
  let calls = 0;
  const table = memoTable('count', (s: string) => {
    calls++;
    return s.length;
  });
  const one = new Memo();
  one.get(table, 'abc');
  one.get(table, 'abc');
  expect(calls).toBe(1);
  new Memo().get(table, 'abc');
  expect(calls).toBe(2);
  // property: whatever the texts, a memo's answers equal the function's
  fc.assert(
    fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 3000 }), (texts) => {
      const memo = new Memo();
      return texts.every((t) => memo.get(table, t) === t.length);
    }),
    { numRuns: 20 },
  );
});
