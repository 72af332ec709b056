import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('Unix milliseconds parser (a task tool export)', () => {
  expectTable([
    // 23:59 on the day, UK time: British Summer Time (an hour ahead of UTC) from late March to late October
    ['1633042740000', 'date', '2021-09-30', 'day'], // 30 Sep 2021 22:59 UTC, 23:59 BST
    ['1640995140000', 'date', '2021-12-31', 'day'], // 31 Dec 2021 23:59 UTC (GMT)
    ['1617231540000', 'date', '2021-03-31', 'day'], // 31 Mar 2021 22:59 UTC, 23:59 BST (summer time began 28 March)
    ['1617235140000', 'date', '2021-04-01', 'day'], // 31 Mar 2021 23:59 UTC is 00:59 BST on 1 April
    // negative cases, by reason
    ['163304274000', 'none', null, null], // twelve digits: a code or a count
    ['Ref 1633042740000', 'none', null, null], // not alone in its cell
  ]);
});

test('says how it was read', () => {
  expect(parseTimescale('1633042740000').assumptions).toContain('"1633042740000" read as a date and time in Unix milliseconds, as task tools export them');
});
