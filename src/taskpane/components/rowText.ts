/**
 * How the pane words an action: state names, badge colours, the due date in the one display form ("due 31 Mar
 * 2015, revised from 31 Dec 2014"), a hand-coloured RAG, and text cut at a word with an ellipsis. Plain functions,
 * shared by every list.
 */
import { displayDate } from '../../core/userDate';
import type { AssessedRow } from '../../core/plan/assess';
import { clip } from '../../core/plan/sheetText';
import type { RagState } from '../../core/status/classifyStatus';

export const STATE_WORDS: Record<RagState, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', none: 'Not started' };

export const BADGE: Record<RagState, 'danger' | 'warning' | 'success' | 'informative' | 'subtle'> = {
  red: 'danger',
  amber: 'warning',
  green: 'success',
  complete: 'informative',
  none: 'informative',
};

/** Characters of action text an item shows before "…" (the full text is in its tooltip). */
export const ACTION_CHARS = 140;

/** Text on one line, cut at a word with "…" when longer than `chars`. */
export function cut(text: string, chars: number): string {
  return clip(text, chars);
}

/**
 * The due date as the pane says it.
 * @example dueText(row) // 'due 31 Mar 2015, revised from 31 Dec 2014'
 */
export function dueText(r: Pick<AssessedRow, 'timescale' | 'revisedFrom'>): string {
  const due = r.timescale.due;
  if (due) return `due ${displayDate(due)}${r.revisedFrom ? `, revised from ${displayDate(r.revisedFrom)}` : ''}`;
  const written = r.timescale.text.replace(/\s+/g, ' ').trim();
  if (r.timescale.needsDate) return written ? `needs a date (“${cut(written, 40)}”)` : 'needs a date';
  return written ? cut(written, 60) : 'no timescale';
}

/**
 * Where a RAG set by hand came from, when it was a colour rather than a word.
 * @example ragSourceText(row) // 'RAG coloured by hand: amber fill'
 */
export function ragSourceText(r: Pick<AssessedRow, 'ragSource' | 'explicitRag'>): string | null {
  if (r.ragSource !== 'fill' && r.ragSource !== 'font colour') return null;
  const colour = r.explicitRag ?? 'a colour';
  return `RAG coloured by hand: ${colour} ${r.ragSource === 'fill' ? 'fill' : 'text'}`;
}
