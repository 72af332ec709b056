/**
 * `--map ROLE=COL` checked against the sheet as read: a column past the sheet's last used column, or one with
 * nothing in any of the table's rows, is a mistake (a status column that is empty makes every action red), so it is
 * refused with what the sheet does have, before anything is written.
 */
import { columnIndex, columnLetters, gridWidth, type Grid } from '../core/grid';
import type { LayoutOverride } from '../core/layout/types';
import type { WorkbookAssessment } from '../core/plan/assess';
import type { ColumnRole } from '../core/vocab/headers';

/**
 * Why the mapping does not fit the sheet, or null when it does.
 * @example checkMap({ columns: { status: 'Z' } }, grid, assessment) // 'status=Z: column Z is past the sheet's last used column (L)'
 */
export function checkMap(layout: LayoutOverride | undefined, grid: Grid, a: WorkbookAssessment): string | null {
  if (!layout?.columns) return null;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const last = origin.col + gridWidth(grid) - 1;
  for (const [role, at] of Object.entries(layout.columns) as Array<[ColumnRole, string | number]>) {
    const letters = typeof at === 'number' ? columnLetters(at) : at.toUpperCase();
    const col = columnIndex(letters);
    if (col > last) return `${role}=${letters}: column ${letters} is past the sheet's last used column (${columnLetters(Math.max(0, last))}) on "${a.sheet}"`;
    if (a.rows.length === 0) continue;
    const filled = a.rows.some((r) => {
      const cell = r.cells[role];
      return !!cell && cell.col + origin.col === col && cell.text.trim() !== '';
    });
    if (!filled) {
      const first = a.rows[0].row;
      const lastRow = a.rows[a.rows.length - 1].row;
      return `${role}=${letters}: column ${letters} is empty in every action row (rows ${first}–${lastRow}) of "${a.sheet}"; choose the column that holds the ${role}`;
    }
  }
  return null;
}
