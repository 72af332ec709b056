/** Finding a journal's rows again after people insert, delete and sort rows. */
import type { CellValue } from '../../src/core/grid';
import { JournalBuilder } from '../../src/core/host/journal';
import { locateRows, rowKey } from '../../src/core/session/locateRows';

const KEY_COLS = [0, 1];
const rows: CellValue[][] = [
  ['No', 'Action', 'Status'],
  ['1.1', 'Write the journal', 'Complete'],
  ['1.2', 'Audit the front door', 'Slipped'],
  ['1.3', 'Train the leads', ''],
  ['1.4', 'Review the protocol', 'On track'],
];

function journalOf(grid: CellValue[][]) {
  const jb = new JournalBuilder({ host: 't', sheet: { name: 'P', id: '1' }, asOf: '2015-01-21', options: {}, fingerprint: '', keyCols: KEY_COLS }, (row) =>
    rowKey({ values: grid }, row, KEY_COLS),
  );
  for (let r = 2; r <= grid.length; r++) jb.row(r);
  return jb.journal;
}

test.each([
  ['nothing moved', rows, [2, 3, 4, 5]],
  ['two rows inserted above', [['Title'], [], ...rows], [4, 5, 6, 7]],
  ['row 1.2 deleted', [rows[0], rows[1], rows[3], rows[4]], [2, null, 3, 4]],
  ['sorted in reverse', [rows[0], rows[4], rows[3], rows[2], rows[1]], [5, 4, 3, 2]],
  ['status edited (not a key column)', [rows[0], rows[1], ['1.2', 'Audit the front door', 'Complete'], rows[3], rows[4]], [2, 3, 4, 5]],
  ['action text edited in place', [rows[0], rows[1], ['1.2', 'Audit the front door (revised)', 'Slipped'], rows[3], rows[4]], [2, 3, 4, 5]],
] as Array<[string, CellValue[][], Array<number | null>]>)('%s', (_what, now, expected) => {
  expect(locateRows(journalOf(rows), { values: now })).toEqual(expected);
});

test('rows that read alike are matched to the nearest', () => {
  const dup: CellValue[][] = [
    ['No', 'Action'],
    ['', 'See above'],
    ['', 'See above'],
    ['', 'See above'],
  ];
  const j = journalOf(dup);
  const now = [['Inserted'], ...dup];
  expect(locateRows(j, { values: now })).toEqual([3, 4, 5]);
});
