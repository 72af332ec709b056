import { parseTimescale } from '../../../src/core/timescale/parseTimescale';
import { expectTable } from '../../helpers/timescale';

describe('a university semester or a school session of an academic year', () => {
  expectTable([
    // the first semester runs September to January, the second February to June
    ['Semester 1 2025/26', 'date', '2026-01-31', 'season'],
    ['Semester 2 2025/26', 'date', '2026-06-30', 'season'],
    ['2025/26 semester 1', 'date', '2026-01-31', 'season'],
    ['Sem two 2019-20', 'date', '2020-06-30', 'season'],
    ['By the end of semester 1, 2025/26', 'date', '2026-01-31', 'season'],
    // a Scottish school session runs August to June
    ['Session 2024/25', 'date', '2025-06-30', 'season'],
    ['school session 2024-25', 'date', '2025-06-30', 'season'],
  ]);

  test('the reading says which period it took', () => {
    expect(parseTimescale('Semester 1 2025/26').assumptions).toContain(
      '"Semester 1 2025/26" read as the university\'s first semester, September 2025 to January 2026',
    );
    expect(parseTimescale('Session 2024/25').milestones[0].start).toBe('2024-08-01');
    expect(parseTimescale('Semester 2 2025/26').milestones[0].start).toBe('2026-02-01');
  });

  describe('negative cases', () => {
    describe('no such semester, or years that do not follow on: the years as they read alone', () => {
      expectTable([
        ['Semester 3 2025/26', 'date', '2026-03-31', 'year'],
        ['Session 2024/26', 'date', '2026-03-31', 'year'],
      ]);
    });
    describe('no academic year given', () => {
      expectTable([['Semester 1', 'none', null, null]]);
    });
    describe('the years alone are a financial year', () => {
      expectTable([['2025/26', 'date', '2026-03-31', 'year']]);
    });
  });
});
