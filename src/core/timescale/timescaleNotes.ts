import { normaliseTimescaleText } from './parseTimescale';
import type { Timescale } from './types';

/** Where a timescale's text breaks into notes: lines (made "; " by normalising), semicolons, and sentences. */
const NOTE_BREAK = /\s*;\s*|(?<=[a-z\d)])\.\s+(?=[A-Z])/;

/**
 * The notes a timescale cell of ongoing work keeps of what was done or arranged in it ("Ongoing\nMeeting held 15th
 * April 2013"): each line or sentence holding a date read as history (`markHistory`), joined as sentences. Null for
 * a timescale that is not ongoing or keeps no such note. A plan that leaves the status empty reports its progress
 * there.
 *
 * @example timescaleNotes(parseTimescale('Ongoing\nMeeting held 15th April 2013')) // 'Meeting held 15th April 2013'
 * @example timescaleNotes(parseTimescale('March 2015 (launched Dec 2014)')) // null (not ongoing work)
 */
export function timescaleNotes(timescale: Timescale): string | null {
  if (timescale.kind !== 'recurring') return null;
  let history = false;
  for (const m of timescale.milestones) if (m.role === 'history') history = true;
  if (!history) return null;
  const notes: string[] = [];
  for (const piece of normaliseTimescaleText(timescale.text).split(NOTE_BREAK)) {
    if (timescale.milestones.some((m) => m.role === 'history' && piece.includes(m.text))) notes.push(piece.replace(/[.;\s]+$/, ''));
  }
  return notes.length > 0 ? notes.join('. ') : null;
}
