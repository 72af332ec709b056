import { blankCells, type Grid } from '../../src/core/grid';
import { groupByStyle } from '../../src/core/plan/formatPlan';

describe('groupByStyle', () => {
  test('one group per distinct style, cells in order; unstyled cells left out', () => {
    const groups = groupByStyle([
      { cell: 'A1', style: { bold: true } },
      { cell: 'B1' },
      { cell: 'A2', style: { fill: 'FFC7CE' } },
      { cell: 'A3', style: { bold: true } },
    ]);
    expect(groups).toEqual([
      { style: { bold: true }, cells: ['A1', 'A3'] },
      { style: { fill: 'FFC7CE' }, cells: ['A2'] },
    ]);
  });
});

describe('blankCells', () => {
  test('empties cells by sheet address, minding where the grid starts', () => {
    const grid: Grid = {
      values: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      text: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      origin: { row: 3, col: 8 },
    };
    blankCells(grid, ['J5', 'A1', 'Z99']);
    expect(grid.values).toEqual([
      ['a', 'b'],
      ['c', null],
    ]);
    expect(grid.text).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});
