/**
 * The sheets plan-rag makes, and how it tells them from a person's own: by content (the title in A1, the journal's
 * marker, the history's header), never by name alone. A person's sheet named "Board summary" is theirs: plan-rag
 * writes its own beside it as "Board summary (2)".
 */
import { JOURNAL_SHEET } from './journal';
import { HISTORY_SHEET_NAME } from './history';

/** Titles plan-rag writes in A1 of the sheets it adds (a prefix: the summary's title carries the plan's name). */
export const OWN_TITLES: readonly string[] = ['SIIP index', 'Board summary: ', 'Board dashboard: ', 'Chase list'];

/**
 * True when a sheet's A1 text is a title plan-rag writes.
 * @example isOwnTitle('Board summary: Business Plan 2014-15') // true
 */
export function isOwnTitle(a1: string): boolean {
  return OWN_TITLES.some((t) => (t.endsWith(' ') ? a1.startsWith(t) : a1 === t));
}

/**
 * True when a name is one plan-rag's records use (the journal or the history, with any " (2)" suffix). The content
 * decides whether such a sheet is really ours.
 * @example isRecordName('RAG history (2)') // true
 */
export function isRecordName(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, '');
  return base === JOURNAL_SHEET || base === HISTORY_SHEET_NAME;
}

/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A sheet name not yet taken (compared without case, as Excel and Sheets do): the wanted name, else "name (2)",
 * "name (3)"..., cut to Excel's 31 characters.
 * @example uniqueSheetName('Board summary', ['board summary']) // 'Board summary (2)'
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = wanted.replace(FORBIDDEN, ' ').slice(0, 31).trim() || 'Sheet';
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
