import { HISTORY_HEADER, historyValues, isHistory, parseHistory, type SnapshotRow } from '../../src/core/host/history';

const jan: SnapshotRow = { asOf: '2015-01-21', row: 10, ref: '1.6', state: 'red', due: '2014-01-31', overdue: true };
const janOnTime: SnapshotRow = { asOf: '2015-01-21', row: 16, ref: '1.12', state: 'green', due: '2015-03-31', overdue: false };

test('the history records whether each action was overdue, and reads it back', () => {
  const values = historyValues([], [jan, janOnTime]);
  expect(values[0]).toEqual([...HISTORY_HEADER, 'Overdue']);
  expect(values[1]).toEqual(['2015-01-21', '10', '1.6', 'red', '2014-01-31', 'yes']);
  expect(isHistory(values)).toBe(true);
  expect(parseHistory(values)).toEqual([jan, janOnTime]);
});

test('a history written before the Overdue column still reads, with overdue left out', () => {
  const old = [[...HISTORY_HEADER], ['2015-01-21', '10', '1.6', 'red', '2014-01-31']];
  expect(isHistory(old)).toBe(true);
  const [row] = parseHistory(old);
  expect(row).toEqual({ asOf: '2015-01-21', row: 10, ref: '1.6', state: 'red', due: '2014-01-31' });
  expect('overdue' in row).toBe(false);
  // recorded again beside a new snapshot: the old rows keep "unknown", not "not overdue"
  const again = parseHistory(historyValues(parseHistory(old), [{ ...jan, asOf: '2015-03-18' }]));
  expect(again.map((r) => r.overdue)).toEqual([undefined, true]);
});

test('with no overdue flag anywhere, the history keeps its five columns', () => {
  const { overdue: _o, ...plain } = jan;
  expect(historyValues([], [plain])).toEqual([[...HISTORY_HEADER], ['2015-01-21', '10', '1.6', 'red', '2014-01-31']]);
});
