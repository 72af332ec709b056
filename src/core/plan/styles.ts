/**
 * The look of everything the add-in adds, as data. Colours are RRGGBB. The fills are Excel's own
 * "Good / Neutral / Bad" pastel set, which stay distinct greys when printed in black and white; the key
 * and the RAG letter column (board pack) carry the state in words as well.
 */
import type { RagState } from '../status/classifyStatus';

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  border?: { style: 'thin' | 'medium' | 'dashed' | 'dotted' | 'double'; color: string };
}

export const STATE_STYLES: Readonly<Record<Exclude<RagState, 'none'> | 'blue', CellStyle>> = {
  red: { fill: 'FFC7CE', fontColor: '9C0006' },
  amber: { fill: 'FFEB9C', fontColor: '7F4F00' },
  green: { fill: 'C6EFCE', fontColor: '006100' },
  complete: { fill: 'C6EFCE', fontColor: '006100' },
  blue: { fill: 'BDD7EE', fontColor: '1F3864' },
};

/** Light row tints (optional), one step paler than the status fills. */
export const ROW_TINTS: Readonly<Record<Exclude<RagState, 'none'> | 'blue', string>> = {
  red: 'FDECEE',
  amber: 'FFF7DC',
  green: 'EBF7EE',
  complete: 'EBF7EE',
  blue: 'E4EEF8',
};

export const OVERDUE_STYLE: CellStyle = { fontColor: 'C00000', bold: true, border: { style: 'medium', color: 'C00000' } };
export const NEEDS_DATE_STYLE: CellStyle = { fontColor: '7F4F00', italic: true, border: { style: 'dotted', color: 'BF8F00' } };
export const LINK_STYLE: CellStyle = { fontColor: '0563C1' };
export const KEY_TITLE_STYLE: CellStyle = { bold: true };

/** Words for each state, used in the key, the RAG letter column and reports. */
export const STATE_LABELS: Readonly<Record<RagState | 'blue', { letter: string; word: string; meaning: string }>> = {
  red: { letter: 'R', word: 'Red', meaning: 'off track, or past due with no update' },
  amber: { letter: 'A', word: 'Amber', meaning: 'slipping, at risk, or past due and not complete' },
  green: { letter: 'G', word: 'Green', meaning: 'on track' },
  complete: { letter: 'G', word: 'Complete', meaning: 'complete' },
  blue: { letter: 'B', word: 'Blue', meaning: 'complete' },
  none: { letter: '–', word: 'Not started', meaning: 'no update and not yet due' },
};
