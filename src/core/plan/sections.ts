/**
 * The plan's sections with their actions, for the counts the dashboard and the summary show. A section carried
 * on to the next page ("2. Core Statutory ... (Continued)") counts with the section it continues.
 */
import type { RagState } from '../status/classifyStatus';
import type { AssessedRow } from './assess';

export interface SectionCount {
  /** "1 The Calderdale Safeguarding Children Board has assurance…" as the plan writes it, or "(no section)". */
  name: string;
  rows: AssessedRow[];
  counts: Record<RagState, number>;
}

/** The states in the order the board pack shows them. */
export const STATE_ORDER: readonly RagState[] = ['red', 'amber', 'green', 'complete', 'none'];

/**
 * Sections in plan order, each with its actions and the count of each state.
 * @example sectionCounts(rows).map((s) => s.rows.length) // [14, 13, 14, 11, 17]
 */
export function sectionCounts(rows: readonly AssessedRow[]): SectionCount[] {
  const sections = new Map<string, SectionCount>();
  for (const r of rows) {
    const name = r.section ? [r.section.ref, r.section.title.replace(/\s*\(continued\)\s*$/i, '')].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() : '(no section)';
    let s = sections.get(name);
    if (!s) sections.set(name, (s = { name, rows: [], counts: { red: 0, amber: 0, green: 0, complete: 0, none: 0 } }));
    s.rows.push(r);
    s.counts[r.state]++;
  }
  return [...sections.values()];
}
