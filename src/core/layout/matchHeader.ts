import { memoByText } from '../memo';
import { COLUMN_ROLES, HEADER_SYNONYMS, type ColumnRole } from '../vocab/headers';

/** Lower-cases, collapses spaces and drops trailing punctuation, for comparing header text. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/[\s:*?.]+$/g, '')
    .trim();
}

const SYNONYMS = COLUMN_ROLES.flatMap((role) => HEADER_SYNONYMS[role].map((s, rank) => ({ role, rank, text: s.text, exact: !!s.exact }))).sort(
  (a, b) => b.text.length - a.text.length,
);

/**
 * The column role a header cell names, or null.
 * @example matchHeader('Status, evidence & sign off/follow up') // 'status'
 * @example matchHeader('Current status') // 'rag'
 * @example matchHeader('The CSCB has a clear understanding') // null
 */
export function matchHeader(cellText: string): ColumnRole | null {
  return matchHeaderRanked(cellText)?.role ?? null;
}

const matchCached = memoByText(matchUncached);

/**
 * The role a header names and the rank of the synonym within its role (0 = the most usual word), so that of
 * two columns naming one role ("Notes" and "Progress") the more usual word wins.
 */
export function matchHeaderRanked(cellText: string): { role: ColumnRole; rank: number } | null {
  if (cellText.length > 80) return null; // data, not a header: skip before any work
  return matchCached(cellText);
}

function matchUncached(cellText: string): { role: ColumnRole; rank: number } | null {
  const text = normaliseHeader(cellText);
  if (text === '' || text.length > 60) return null;
  for (const s of SYNONYMS) {
    if (text === s.text) return s;
    if (s.exact || !text.startsWith(s.text)) continue;
    const rest = text.slice(s.text.length);
    if (/^\s*(?:[,(/&\-–:;]|and\b|\/|or\b)/.test(rest) || /^s?\s*$/.test(rest)) return s;
    // a short header that goes on in words ("Target date for completion", "Outcome measures")
    if (/^ [a-z]/.test(rest) && text.length <= 40 && s.text.length >= 4) return s;
  }
  return null;
}
