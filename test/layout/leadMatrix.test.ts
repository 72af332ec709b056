import { matrixLeads } from '../../src/core/layout/leadMatrix';
import { readLayout } from '../../src/core/layout/readLayout';
import { assessWorkbook } from '../../src/core/plan/assess';
import type { CellValue } from '../../src/core/grid';
import { sheetsOf, NYSCB } from '../helpers/fixtures';

const grid = (values: CellValue[][]) => ({ values });
const leadsOf = (values: CellValue[][]) => {
  const g = grid(values);
  const m = matrixLeads(g, readLayout(g));
  return m ? Object.fromEntries([...m].map(([r, l]) => [r + 1, l])) : null;
};

describe('leads from a responsibility matrix', () => {
  test.each<[string, CellValue[][], Record<number, string>]>([
    [
      'a matrix column whose header reads as a lead column ("Training sub group") is part of the matrix',
      [
        ['No', 'Action', 'Timescale', 'Training sub group', 'Audit sub group'],
        ['1.1', 'Review the terms of reference', 'March 2015', 'X', 'X'],
        ['1.2', 'Agree the work plans', 'June 2015', 'X', ''],
        ['1.3', 'Publish the annual report', 'July 2015', '', 'X'],
      ],
      { 2: 'Training sub group / Audit sub group', 3: 'Training sub group', 4: 'Audit sub group' },
    ],
    [
      'X under each group; a row with none has no lead',
      [
        ['No', 'Action', 'Timescale', 'Board', 'Training sub group', 'Audit group'],
        ['1.1', 'Review the terms of reference', 'March 2015', 'X', 'x', ''],
        ['1.2', 'Agree the work plans', 'June 2015', 'X', '', 'X'],
        ['1.3', 'Publish the annual report', 'July 2015', '', '', ''],
        ['1.4', 'Train the staff', 'July 2015', '', 'X', 'X'],
      ],
      { 2: 'Board / Training sub group', 3: 'Board / Audit group', 5: 'Training sub group / Audit group' },
    ],
    [
      'ticks and Lead/Support words; a name in a cell is taken as written',
      [
        ['Ref', 'Action', 'Status', 'Health', 'Police', 'Education'],
        ['1', 'Write the protocol', 'On track', '✓', 'Lead', 'Designated teachers forum'],
        ['2', 'Audit the files', 'Complete', '✓', 'Support', 'X'],
        ['3', 'Train the staff', 'On track', '', 'L', 'X'],
      ],
      { 2: 'Health / Police / Designated teachers forum', 3: 'Health / Police / Education', 4: 'Police / Education' },
    ],
  ])('%s', (_name, values, expected) => {
    expect(leadsOf(values)).toEqual(expected);
  });

  describe('negative cases', () => {
    test.each<[string, CellValue[][]]>([
      [
        'one marked column is a flag, not a matrix',
        [
          ['No', 'Action', 'Timescale', 'Priority action'],
          ['1', 'Review', 'March 2015', 'X'],
          ['2', 'Agree', 'June 2015', 'X'],
        ],
      ],
      [
        'Yes/No answers are not groups',
        [
          ['No', 'Action', 'Timescale', 'Funded?', 'Started?'],
          ['1', 'Review', 'March 2015', 'Y', 'N'],
          ['2', 'Agree', 'June 2015', 'Y', 'Y'],
          ['3', 'Audit', 'July 2015', 'N', 'Y'],
        ],
      ],
      [
        'columns of prose are not marks',
        [
          ['No', 'Action', 'Timescale', 'Evidence', 'Notes'],
          ['1', 'Review', 'March 2015', 'Minutes of the meeting', 'See the report'],
          ['2', 'Agree', 'June 2015', 'Work plan agreed', 'x'],
        ],
      ],
    ])('%s', (_name, values) => {
      expect(leadsOf(values)).toBeNull();
    });

    test('a plan with a lead column keeps it: the matrix is not read', () => {
      const values: CellValue[][] = [
        ['No', 'Action', 'Lead', 'Board', 'Audit group'],
        ['1', 'Review', 'Business Group', 'X', 'X'],
        ['2', 'Agree', 'Business Group', 'X', 'X'],
      ];
      expect(leadsOf(values)).toBeNull();
      const a = assessWorkbook([{ name: 'Plan', grid: grid(values) }], { asOf: '2015-01-21' });
      expect(a.rows.map((r) => r.lead)).toEqual(['Business Group', 'Business Group']);
    });
  });

  test("North Yorkshire 2008: the leads of its first actions, read from the plan's X marks", async () => {
    const a = assessWorkbook(await sheetsOf(NYSCB), { asOf: '2009-01-21' });
    const lead = (row: number) => a.rows.find((r) => r.row === row)?.lead;
    expect(lead(3)).toBe('LSCB / NYSCB UNIT');
    expect(lead(4)).toBe('LSCB / PERFORMANCE SUB / LOCAL FORUMS / OPERATION SUB / TRAINING SUB');
    expect(lead(6)).toBe('LSCB / Communication Task Group');
    expect(lead(7)).toBe('TRAINING SUB');
    expect(lead(8)).toBe('LSCB / NYSCB UNIT / PERFORMANCE SUB / LOCAL FORUMS / Procedure Task Group / TRAINING SUB');
  });
});
