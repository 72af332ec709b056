/**
 * A status cell holding only a date, as some trackers mark an action done by the day it was done ("15/06/2015", or a
 * date cell shown so): done that day once the day has come; a day still to come says no more than the timescale.
 */
import { assessGrid } from '../../src/core/plan/assess';

const AS_OF = '2015-08-10';

function read(status: string | number, shown: string | null = null, timescale = 'June 2015') {
  const r = assessGrid(
    {
      values: [
        ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
        ['1', 'Publish the annual report', 'Business manager', timescale, status],
        ['2', 'Launch the neglect strategy', 'Chair', 'March 2016', 'On track'],
      ],
      ...(shown ? { text: [[], [null, null, null, null, shown]], numberFormats: [[], [null, null, null, null, 'dd/mm/yyyy']] } : {}),
    },
    { asOf: AS_OF },
  ).rows[0];
  return [r.state, r.status, r.reasons[0]];
}

describe('a status of only a day gone by: done that day', () => {
  test.each([['15/06/2015'], ['15.6.15'], ['2015-06-15'], ['15 June 2015'], ['15th Jun 2015'], ['10/08/2015']])('%j', (status) => {
    expect(read(status)).toEqual(['complete', status, `the status is only a day gone by ("${status}"): read as the day it was done`]);
  });
  test('a date cell, shown as the sheet shows it', () => {
    expect(read(42170, '15/06/2015')).toEqual(['complete', '15/06/2015', 'the status is only a day gone by ("15/06/2015"): read as the day it was done']);
  });
});

describe('negative cases', () => {
  test.each([
    ['30/09/2015', 'a day still to come', 'amber'],
    ['June 2015', 'a month, not a day', 'amber'],
    ['15/06/2015 - draft to Board', 'a date and more words: the words are read', 'amber'],
    ['Q2 2015', 'a quarter', 'amber'],
  ])('%j is not read as done (%s)', (status, _why, state) => {
    expect(read(status)[0]).toBe(state);
  });
});
