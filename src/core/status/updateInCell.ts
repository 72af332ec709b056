import { PROGRESS_LABEL_WORDS } from '../vocab/status';

/**
 * The progress a plan writes on a line of its own inside the action cell, where it keeps no status column ("We will
 * introduce an on-line reporting option.\nUpdate – The form went live in August 2017."): the words after the label,
 * or null when the cell has no such line.
 *
 * @example updateInCell('We will hold events.\nUpdate – Events are being planned.') // 'Events are being planned.'
 * @example updateInCell('Update the website with the new guidance') // null
 */
export function updateInCell(text: string): string | null {
  const m = UPDATE_LINE.exec(text);
  if (!m || m.index === 0) return null;
  const words = text.slice(m.index + m[0].length).trim();
  return words === '' ? null : words;
}

/**
 * A line opening with an update's label and a dash or colon: "Update –", "Update:", "Progress update:", "Q2 update –",
 * "Update (September 2017):", "Progress:" (the labels of `PROGRESS_LABEL_WORDS`), and a monitoring "Note:" ("Note: Draft
 * assessment consulted on; launch put back to June 2015"). Only after a line break, so an action that opens "Update
 * the ..." is not one.
 */
const UPDATE_LINE = new RegExp(
  String.raw`\n[ \t•\-–]*(?:${PROGRESS_LABEL_WORDS}|note)(?:\s*\([^)\n]{1,30}\)|\s+(?:at|as\s+at|for)\s+[^:\n–—]{1,25})?\s*(?::|[–—-](?=\s|[A-Za-z]))\s*`,
  'i',
);
