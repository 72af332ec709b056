import { compareUrgency, sortMyActions, type Urgent } from '../../src/core/leads/myActions';

const row = (ref: string, state: Urgent['state'], daysOverdue: number | null = null, due: string | null = null): Urgent => ({
  row: Number(ref.replace('.', '')),
  ref,
  state,
  overdue: daysOverdue !== null,
  daysOverdue,
  timescale: { due },
});

test('open first: overdue by days (most first), then red, amber, green, not started; completed apart, by ref', () => {
  const rows = [
    row('1.1', 'complete'),
    row('1.2', 'green', null, '2015-03-31'),
    row('1.3', 'amber', 52, '2014-11-30'),
    row('1.4', 'none', null, '2015-03-31'),
    row('1.5', 'amber', null, '2015-03-31'),
    row('1.6', 'red', 355, '2014-01-31'),
    row('1.7', 'green', null, '2015-02-28'),
    row('1.8', 'red', null, '2015-06-30'), // red by its status, not yet due
    row('1.9', 'amber', 266, '2014-04-30'),
    row('1.10', 'complete'),
    row('1.11', 'green', null, null),
  ];
  const mine = sortMyActions(rows);
  expect(mine.open.map((r) => r.ref)).toEqual(['1.6', '1.9', '1.3', '1.8', '1.5', '1.7', '1.2', '1.11', '1.4']);
  expect(mine.completed.map((r) => r.ref)).toEqual(['1.1', '1.10']);
});

test('ties: the same days overdue go by ref, naturally ordered', () => {
  const rows = [row('5.11', 'amber', 82, '2014-10-31'), row('5.10', 'amber', 82, '2014-10-31'), row('4.5', 'amber', 82, '2014-10-31')];
  expect([...rows].sort(compareUrgency).map((r) => r.ref)).toEqual(['4.5', '5.10', '5.11']);
});
