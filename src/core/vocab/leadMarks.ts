/**
 * What people put in a responsibility matrix's cells to say "this group leads or takes part" (lower case, the
 * whole cell): crosses and ticks, bullets, and Lead / Support. Not "Y" or "yes" (a Yes/No column is an answer, not
 * a group) and not single letters that grade (H/M/L, A/B/C).
 */
export const MATRIX_MARKS: readonly string[] = ['x', '✓', '✔', '✗', '✘', '•', '*', 'lead', 'support', 'l', 's'];

/** Cells that say a column holds answers, not groups: a column holding any of these is no matrix column. */
export const ANSWER_WORDS: readonly string[] = ['y', 'n', 'yes', 'no', 'n/a', 'na'];

/**
 * Marks under the period columns of a timeline ("2017/18" over "Q1 | Q2 | Q3 | Q4", an "X" under each quarter an action
 * runs in): the action is due at the end of the last period marked.
 */
export const TIMELINE_MARKS: readonly string[] = ['x', '✓', '✔', '•', '●', '*', '√'];
