/**
 * Leads from a responsibility matrix: plans that keep no "Lead" column but one column per group, with an "X"
 * under each group that leads or takes part ("LSCB | NYSCB UNIT | PERFORMANCE SUB | ... " with "X" marks, as the
 * North Yorkshire plan does). Each action's lead is then the headers of the columns it marks; a cell that names
 * someone instead of a mark ("Communication Task Group") is taken as written.
 */
import { cellText, gridWidth, type Grid } from '../grid';
import type { Layout, PlanRow } from './types';
import { ANSWER_WORDS, MATRIX_MARKS } from '../vocab/leadMarks';

/** A mark that means "this group": matched on the whole trimmed, lower-cased cell. */
const MARK = new Set(MATRIX_MARKS);
const ANSWER = new Set(ANSWER_WORDS);

/** Longer than any mark or answer word, with room to spare (lower-casing never shortens a text). */
const WORD_MAX = 2 * Math.max(...MATRIX_MARKS.map((m) => m.length), ...ANSWER_WORDS.map((a) => a.length));

/** Longest cell text taken as a named lead rather than a note. */
const NAME_MAX = 60;

/**
 * The lead of each action row (grid row → "LSCB / NYSCB UNIT"), for the blocks of a table with no lead column
 * whose other columns form a matrix of marks; null when no block does.
 *
 * A column counts as a matrix column when its header is not one of the table's roles, at least two of its action
 * rows hold a mark, marks are most (60% or more) of what it holds, and none of it is a Yes/No answer. A block
 * needs two such columns.
 *
 * @example
 * // header: No | Action | LSCB | UNIT ; rows: 1 | Review | X | x ; 2 | Agree | X | ''
 * matrixLeads(grid, layout) // Map { 1 => 'LSCB / UNIT', 2 => 'LSCB' }
 */
export function matrixLeads(grid: Grid, layout: Layout): ReadonlyMap<number, string> | null {
  let out: Map<number, string> | null = null;
  if (!layout.found) return null;
  // the rows of each block, gathered in one pass (plans repeat the header per section: hundreds of blocks)
  const byBlock: PlanRow[][] = layout.blocks.map(() => []);
  // indexed loops over the rows, here and below: an iterator's result per row was not optimised away
  for (let i = 0; i < layout.rows.length; i++) byBlock[layout.rows[i].block]?.push(layout.rows[i]);
  const width = gridWidth(grid);
  layout.blocks.forEach((block, b) => {
    if (block.headerRow < 0) return;
    const rows = byBlock[b];
    const isMatrixColumn = (col: number): boolean => {
      let marks = 0;
      let filled = 0;
      for (let i = 0; i < rows.length; i++) {
        const t = cellText(grid, rows[i].row, col).trim();
        if (t === '') continue;
        filled++;
        // a longer text (a name, a sentence) is neither a mark nor an answer: no lower-cased copy needed
        if (t.length > WORD_MAX) continue;
        const word = t.toLowerCase();
        if (MARK.has(word)) marks++;
        else if (ANSWER.has(word)) return false;
      }
      return marks >= 2 && marks >= 0.6 * filled;
    };
    // a lead column of names is the plan's lead; one of marks ("Training sub group" with X under it) is part of a matrix
    if (block.columns.lead !== undefined && !isMatrixColumn(block.columns.lead)) return;
    const { lead: _lead, ...roles } = block.columns;
    const taken = new Set<number>([
      ...Object.values(roles),
      ...Object.values(block.extra ?? {}),
      ...(block.updates ?? []).map((u) => u.col),
      ...(block.ragUpdates ?? []).map((u) => u.col),
      ...(block.otherStatus ?? []),
    ]);
    const matrix: Array<{ col: number; header: string }> = [];
    for (let col = 0; col < width; col++) {
      const header = cellText(grid, block.headerRow, col);
      if (taken.has(col) || header.trim() === '') continue;
      if (isMatrixColumn(col)) matrix.push({ col, header: header.replace(/\s+/g, ' ').trim() });
    }
    if (matrix.length < 2) return;
    out ??= new Map();
    for (const r of rows) {
      const leads: string[] = [];
      for (const m of matrix) {
        const t = cellText(grid, r.row, m.col).replace(/\s+/g, ' ').trim();
        if (t === '') continue;
        if (MARK.has(t.toLowerCase())) leads.push(m.header);
        else if (t.length <= NAME_MAX) leads.push(t);
      }
      if (leads.length > 0) out.set(r.row, leads.join(' / '));
    }
  });
  return out;
}
