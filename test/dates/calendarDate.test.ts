/** Date arithmetic on ISO dates, as the timescale readers count from a day the plan gives. */
import { addDays, addMonths } from '../../src/core/calendarDate';

describe('addMonths', () => {
  test.each([
    ['2020-07-30', 3, '2020-10-30'],
    ['2021-10-15', 3, '2022-01-15'], // over the year's end
    ['2020-08-31', 1, '2020-09-30'], // a month with no such day: its last
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-01-31', 1, '2020-02-29'], // a leap year
    ['2020-07-30', 12, '2021-07-30'],
  ])('%s + %i months → %s', (from, months, due) => expect(addMonths(from, months)).toBe(due));
});

describe('addDays', () => {
  test.each([
    ['2020-07-30', 42, '2020-09-10'],
    ['2020-12-31', 1, '2021-01-01'],
  ])('%s + %i days → %s', (from, days, due) => expect(addDays(from, days)).toBe(due));
});
