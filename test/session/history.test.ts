/** The status history codec: written as text, read back whatever Excel or Sheets turned it into. */
import { historyValues, isHistory, parseHistory, HISTORY_HEADER } from '../../src/core/host/history';
import { uniqueSheetName, isOwnTitle } from '../../src/core/host/ownSheets';

test('every cell is written as text, so "1.10" and "2015-01-21" come back as written', () => {
  const rows = historyValues([], [{ asOf: '2015-01-21', row: 14, ref: '1.10', state: 'amber', due: '2015-01-31' }]);
  expect(rows[1]).toEqual(['2015-01-21', '14', '1.10', 'amber', '2015-01-31']);
  expect(parseHistory(rows)[0]).toEqual({ asOf: '2015-01-21', row: 14, ref: '1.10', state: 'amber', due: '2015-01-31' });
});

test('a history turned into numbers by an earlier version still reads: serials become dates', () => {
  expect(parseHistory([[...HISTORY_HEADER], [42025, 14, 1.1, 'amber', 42035]])[0]).toEqual({
    asOf: '2015-01-21',
    row: 14,
    ref: '1.1',
    state: 'amber',
    due: '2015-01-31',
  });
});

test('a new snapshot replaces one of the same date and keeps the others', () => {
  const old = parseHistory(historyValues([], [{ asOf: '2015-01-21', row: 5, ref: '1.1', state: 'green', due: null }]));
  const rows = historyValues(old, [{ asOf: '2015-03-31', row: 5, ref: '1.1', state: 'complete', due: null }]);
  expect(rows.map((r) => r[0])).toEqual(['As of', '2015-01-21', '2015-03-31']);
});

test("a person's sheet named RAG history is not ours", () => {
  expect(isHistory([['Our history of the board'], ['2014', 'notes']])).toBe(false);
  expect(isHistory([[...HISTORY_HEADER]])).toBe(true);
});

test.each([
  ['Board summary', [], 'Board summary'],
  ['Board summary', ['board summary'], 'Board summary (2)'],
  ['Board summary', ['Board summary', 'Board summary (2)'], 'Board summary (3)'],
  ['A name far longer than Excel allows for a sheet', [], 'A name far longer than Excel al'],
  ['Bad:name/with*chars?', [], 'Bad name with chars'],
] as Array<[string, string[], string]>)('unique sheet name for %s', (wanted, taken, expected) => {
  expect(uniqueSheetName(wanted, taken)).toBe(expected);
});

test('own titles', () => {
  expect(isOwnTitle('Board summary: Business Plan 2014-15')).toBe(true);
  expect(isOwnTitle('SIIP index')).toBe(true);
  expect(isOwnTitle('SIIP index of our own')).toBe(false);
});
