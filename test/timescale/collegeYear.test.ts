/** An academic year's end in a college's plan whose academic year runs from 1 August to 31 July. */
import { assessGrid } from '../../src/core/plan/assess';
import { academicYearFromAugust, asCollegeYear } from '../../src/core/timescale/collegeYear';
import { parseTimescale } from '../../src/core/timescale/parseTimescale';

describe('an academic year from 1 August, stated above the table', () => {
  test.each([
    ['Academic year 2023/24 (1 August 2023 – 31 July 2024). Levels: 1 Outstanding, 2 Good'],
    ['The academic year runs from 1 August to 31 July'],
    ['Academic year: 1st Aug 2024 - 31st July 2025'],
  ])('%j says so', (line) => expect(academicYearFromAugust([line])).toBe(true));
  describe('negative cases', () => {
    test.each([
      // a school's year, from September
      ['Academic year 2023/24 (1 September 2023 – 31 August 2024)', "a school's year"],
      // no academic year named: another period from August
      ['Contract period 1 August 2023 – 31 July 2024', 'not the academic year'],
      // the academic year named with no days
      ['Academic year 2023/24', 'no first day given'],
    ])('%j does not (%s)', (line) => expect(academicYearFromAugust([line])).toBe(false));
  });
});

describe("an academic year's end as 31 July", () => {
  test.each([
    ['End of academic year 2022/23', '2023-07-31'],
    ['Academic year 2023/24', '2024-07-31'],
    ['By end of academic year 2023-24', '2024-07-31'],
  ])('%j → %s', (text, due) => expect(asCollegeYear(parseTimescale(text))?.due).toBe(due));
  describe('negative cases', () => {
    test.each([
      // a month written: the month itself
      ['August 2023', 'a month'],
      ['31/08/2023', 'a day'],
      // a school period that is not the year's end
      ['Summer term 2024', 'a term'],
      ['Summer hols 2024', 'the summer holidays'],
      ['Start of 2023/24 academic year', "the year's start"],
      // a financial year
      ['2023/24', 'a financial year'],
    ])('%j is not moved (%s)', (text) => expect(asCollegeYear(parseTimescale(text))).toBeNull());
  });
});

describe('in a plan', () => {
  const dues = (line: string) =>
    assessGrid(
      {
        values: [
          [line, null, null],
          ['Action', 'Timescale', 'Progress'],
          ['Refresh the Prevent risk assessment', 'End of academic year', 'Not started'],
          ['Train the governors', 'August 2024', 'Not started'],
        ],
      },
      { asOf: '2024-03-12' },
    ).rows.map((r) => r.timescale.due);
  test('"End of academic year" in a college whose year runs 1 August – 31 July: 31 July; "August 2024" stays', () =>
    expect(dues('Academic year 2023/24 (1 August 2023 – 31 July 2024)')).toEqual(['2024-07-31', '2024-08-31']));
  test("a plan that does not say so: a school's 31 August (negative case)", () => expect(dues('Academic year 2023/24')).toEqual(['2024-08-31', '2024-08-31']));
});
