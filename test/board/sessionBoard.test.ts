/** The board pack through the session, on the memory host: the board's sheets in print order, then cleared. */
import type { NewSheet, WriteBatch } from '../../src/core/host/types';
import { apply, clear } from '../../src/core/session/session';
import { MemoryHost } from '../fakes/memoryHost';
import { sheetsOf, V12 } from '../helpers/fixtures';

async function host() {
  const sheets = await sheetsOf(V12);
  const h = MemoryHost.from(sheets.map((s) => ({ name: s.name, rows: s.grid.values })));
  const added: NewSheet[][] = [];
  const write = h.write.bind(h);
  h.write = async (batch: WriteBatch) => {
    added.push([...batch.addSheets]);
    return write(batch);
  };
  return { h, added };
}

test('Prepare for board adds the dashboard, the summary and the chase list, in that order, before the SIIP index', async () => {
  const { h, added } = await host();
  const r = await apply(h, { asOf: '2015-01-21', board: true });
  expect(r.written.sheetsAdded).toEqual(['Board dashboard', 'Board summary', 'Chase list', 'SIIP index']);
  const [dashboard, , chase] = added[0];
  expect(dashboard.rows[0][0].value).toBe('Board dashboard: Business Plan 2014-15');
  expect(dashboard.chart).toMatchObject({ horizontal: true, stacked: true, dataLabels: true });
  expect(dashboard.page).toMatchObject({ orientation: 'portrait', paper: 'A4', scale: 100, fitToWidth: null });
  expect(chase.rows[0][0].value).toBe('Chase list');
  // Clear removes all of them (they are known by their titles), the history stays
  const c = await clear(h);
  expect(c.sheetsRemoved).toEqual(['Board dashboard', 'Board summary', 'Chase list', 'SIIP index']);
  expect(h.sheets.map((s) => s.name)).toEqual(['Business Plan 2014-15', 'RAG history']);
});

test('a second Prepare for board rewrites the board sheets, and the history records overdue', async () => {
  const { h } = await host();
  await apply(h, { asOf: '2015-01-21', board: true });
  const r = await apply(h, { asOf: '2015-04-15', board: true });
  expect(h.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual([
    'Board dashboard',
    'Board summary',
    'Chase list',
    'Business Plan 2014-15',
    'SIIP index',
  ]); // the board's pages first: they print first
  expect(r.pack!.changes.previousAsOf).toBe('2015-01-21');
  expect(r.pack!.changes.newlyOverdue.map((x) => x.ref)).toContain('1.10');
  const history = h.sheet('RAG history');
  expect(history.cells.get('F1')?.value).toBe('Overdue');
});
