import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('numeric day-first date parser', () => {
  expectTable([
    ['20.5.14', 'date', '2014-05-20', 'day'],
    ['31/03/2016', 'date', '2016-03-31', 'day'],
    ['24/11/14', 'date', '2014-11-24', 'day'],
    ['4.12.14', 'date', '2014-12-04', 'day'],
    ['1-2-2015', 'date', '2015-02-01', 'day'],
    ['Performance sub group meeting on 20.5.14', 'date', '2014-05-20', 'day'],
    ['29/02/2016', 'date', '2016-02-29', 'day'],
    // two whole dates joined by a hyphen: a range, due at its end
    ['1/4/15-31/3/16', 'date', '2016-03-31', 'day'],
    ['01/04/2015-31/03/2016', 'date', '2016-03-31', 'day'],
    // a day typed past its month's end: the month's last day, as the board means it (Excel keeps it as text)
    ['31/4/15', 'date', '2015-04-30', 'day'],
    ['31/02/2015', 'date', '2015-02-28', 'day'],
    ['29/02/2015', 'date', '2015-02-28', 'day'],
    ['30/2/16', 'date', '2016-02-29', 'day'],
    ['31.9.14', 'date', '2014-09-30', 'day'],
    ['Complete by 31/06/2015', 'date', '2015-06-30', 'day'],
    // a date that can only be month first, as US tools export dates: read so
    ['12/31/2015', 'date', '2015-12-31', 'day'],
    ['9/30/2024', 'date', '2024-09-30', 'day'],
    // not dates
    ['13/13/2015', 'none', null, null],
    ['32/4/15', 'none', null, null],
    ['0/4/15', 'none', null, null],
    ['SIIP 1.1.12', 'none', null, null],
    // a hyphen after a date that does not start another whole date: part of a longer number
    ['1.1.12-3', 'none', null, null],
    ['12.5.14-2', 'none', null, null],
  ]);
});

test("a day past its month's end says how it was read", () => {
  expect(parseTimescale('31/4/15').assumptions).toContain('"31/4/15": April has no 31st; read as its last day');
  expect(parseTimescale('29/02/2015').assumptions).toContain('"29/02/2015": February has no 29th in 2015; read as its last day');
  // a real day says nothing of the kind
  expect(parseTimescale('30/4/15').assumptions.join(' ')).not.toMatch(/has no/);
});

test('a date that can only be month first says how it was read', () => {
  expect(parseTimescale('12/31/2024').assumptions).toContain('"12/31/2024" read month first (US style): there is no month 31');
});

describe('in a plan whose dates are written month first, a date that could be either is read month first', () => {
  test.each([
    ['3/12/2025', '2025-03-12'],
    ['1/10/2025', '2025-01-10'],
    ['5/5/2025', '2025-05-05'], // the same either way
  ])('%j → %s', (text, due) => {
    expect(parseTimescale(text, { monthFirst: true }).due).toBe(due);
  });
  // negative cases: the plan's order not known (UK, day first)
  test('%j with no month-first context is day first', () => {
    expect(parseTimescale('3/12/2025').due).toBe('2025-12-03');
  });
});
