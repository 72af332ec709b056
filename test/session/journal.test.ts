/** The journal codec: one format every host reads, which refuses a record it cannot trust. */
import { decodeJournal, encodeJournal, JournalBuilder, JOURNAL_VERSION, type Journal } from '../../src/core/host/journal';

function sample(cells = 3): Journal {
  const jb = new JournalBuilder(
    { host: 'test', sheet: { name: 'Plan', id: '7' }, asOf: '2015-01-21', options: { brag: false }, fingerprint: 'abc', keyCols: [0, 2] },
    (row) => `k${row}`,
  );
  for (let i = 0; i < cells; i++) jb.cell(5 + i, 6, { fill: null }, { fill: { color: 'FFC7CE' } });
  jb.added(4, 8, 'RAG key, as of 21 Jan 2015', { numberFormat: 'General' }, { numberFormat: '@', bold: true });
  jb.journal.sheets.push({ name: 'SIIP index', title: 'SIIP index' });
  return jb.journal;
}

describe('the journal codec', () => {
  test('round trips: what is encoded decodes to the same record', () => {
    const j = sample();
    expect(decodeJournal(encodeJournal(j))).toEqual({ journal: j, error: null });
  });

  test('formats are shared through the palette: a thousand cells alike keep two formats', () => {
    const j = sample(1000);
    expect(j.palette).toHaveLength(4); // cell before and mark, key before and mark
    expect(j.rows).toHaveLength(1001);
  });

  test("a long record spans cells of at most 30,000 characters (under Excel's 32,767)", () => {
    const rows = encodeJournal(sample(20_000));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r[0].length).toBeLessThanOrEqual(30_000);
    expect(decodeJournal(rows).journal?.cells).toHaveLength(20_000);
  });

  test('the first cell tells a person what the sheet is', () => {
    expect(encodeJournal(sample())[0][0]).toMatch(/^plan-rag journal v2: .*Clear/);
  });

  describe('records that cannot be trusted are refused, with the reason', () => {
    test.each([
      ['an edited chunk', (rows: string[][]) => (rows[2][0] = rows[2][0].replace('FFC7CE', 'FFC7CF')), /edited|incomplete/],
      ['a missing chunk', (rows: string[][]) => rows.splice(2, 1), /incomplete/],
      ['an edited length line', (rows: string[][]) => (rows[1][0] = 'hello'), /edited/],
      ['a newer version', (rows: string[][]) => (rows[0][0] = rows[0][0].replace(`v${JOURNAL_VERSION}`, 'v9')), /version 9/],
    ])('%s', (_why, damage, reason) => {
      const rows = encodeJournal(sample());
      damage(rows);
      const d = decodeJournal(rows);
      expect(d.journal).toBeNull();
      expect(d.error).toMatch(reason);
    });

    test('a record from plan-rag 0.1 is recognised and named', () => {
      expect(decodeJournal([['{"version":1,"host":"excel","sheet":"Plan"}']]).error).toMatch(/older plan-rag/);
    });
  });

  test("a person's sheet that merely has the journal's name is not a record at all (no error)", () => {
    expect(decodeJournal([['Meeting notes'], ['Apologies']])).toEqual({ journal: null, error: null });
  });
});
