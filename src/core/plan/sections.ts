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
    const name = r.section
      ? [r.section.ref, r.section.title.replace(/\s*\(continued\)\s*$/i, '')].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()
      : '(no section)';
    let s = sections.get(name);
    if (!s) sections.set(name, (s = { name, rows: [], counts: { red: 0, amber: 0, green: 0, complete: 0, none: 0 } }));
    s.rows.push(r);
    s.counts[r.state]++;
  }
  return [...sections.values()];
}

/**
 * Short labels for the sections (the dashboard's chart), with the board's own name taken out where several
 * titles start alike ("1 The Calderdale Safeguarding Children Board has assurance…", "4 The Calderdale
 * Safeguarding Children Board drives…" → "1 Has assurance…", "4 Drives…"). The name is the longest run of two or
 * more capitalised words found in at least two titles.
 * @example sectionLabels(['1 The Calderdale Safeguarding Children Board has assurance', '4 The Calderdale Safeguarding Children Board drives safeguarding']) // ['1 Has assurance', '4 Drives safeguarding']
 */
export function sectionLabels(names: readonly string[]): string[] {
  const runs = new Map<string, number>();
  for (const name of names) {
    const words = name.split(' ');
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= words.length && /^[A-Z][a-z]/.test(words[j - 1]); j++) {
        if (!words.slice(i, j).every((w) => /^[A-Z][a-z]/.test(w))) break;
        seen.add(words.slice(i, j).join(' '));
      }
    }
    for (const r of seen) runs.set(r, (runs.get(r) ?? 0) + 1);
  }
  const shared = [...runs].filter(([, n]) => n >= 2).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length)[0]?.[0];
  if (!shared) return [...names];
  return names.map((name) => {
    const m = /^(\S+\s+)?(.*)$/.exec(name)!;
    const ref = /^\d[\d.]*\s+$/.test(m[1] ?? '') ? m[1] : '';
    const rest = (ref ? m[2] : name).replace(new RegExp(`\\b(?:the\\s+)?${shared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b\\s*`, 'i'), '').trim();
    return rest ? `${ref}${rest[0].toUpperCase()}${rest.slice(1)}` : name;
  });
}
