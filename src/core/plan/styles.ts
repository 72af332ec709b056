/**
 * The look of everything the add-in adds, as data. Colours are RRGGBB.
 *
 * On screen, status cells take Excel's own "Good / Neutral / Bad" pastels. Printed in black and white those are
 * nearly one grey (Complete, Green and Amber alike), so everything the board pack prints (the RAG column, the
 * dashboard, the summary, the chase list) uses `PRINT_STATE_STYLES`: the state in words, fills that step from dark
 * to light grey, and a border weight per state (thick red, medium amber, thin green, double complete, dotted not
 * started).
 */
import type { RagState } from '../status/classifyStatus';

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  border?: { style: 'thin' | 'medium' | 'thick' | 'dashed' | 'dotted' | 'double'; color: string };
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

/**
 * The states as the board pack prints them, told apart in greyscale three ways: the words ("R Red"), a fill whose
 * grey steps from dark to light (red 163, amber 205, green 233, complete 255 on a 0–255 luminance scale), and a
 * border weight per state. Every host can draw these (Google Sheets has no fill patterns; its borders are solid,
 * medium, thick, dotted, dashed and double).
 */
export const PRINT_STATE_STYLES: Readonly<Record<RagState | 'blue', CellStyle>> = {
  red: { fill: 'D98C8C', fontColor: '500000', bold: true, border: { style: 'thick', color: '000000' } },
  amber: { fill: 'FFCC4D', fontColor: '4D3300', bold: true, border: { style: 'medium', color: '4D3300' } },
  green: { fill: 'E2EFDA', fontColor: '375623', bold: true, border: { style: 'thin', color: '375623' } },
  complete: { fill: 'FFFFFF', fontColor: '375623', bold: true, border: { style: 'double', color: '375623' } },
  blue: { fill: 'DDEBF7', fontColor: '1F3864', bold: true, border: { style: 'double', color: '1F3864' } },
  none: { fontColor: '404040', bold: true, border: { style: 'dotted', color: '404040' } },
};

/** In words, for the key: what each border says when printed in black and white. */
export const PRINT_BORDER_WORDS: Readonly<Record<RagState | 'blue', string>> = {
  red: 'thick border',
  amber: 'medium border',
  green: 'thin border',
  complete: 'double border',
  blue: 'double border',
  none: 'dotted border',
};

/**
 * Bar colours for the dashboard chart, one per state, in stacking order. Their greys differ too (red 57,
 * complete 107, green 143, amber 189, not started 217), and the bars carry their counts.
 */
export const CHART_COLORS: Readonly<Record<RagState | 'blue', string>> = {
  red: 'C00000',
  amber: 'FFC000',
  green: '70AD47',
  complete: '548235',
  blue: '2E75B6',
  none: 'D9D9D9',
};

/** Direction of travel since the previous board, per action: an arrow and a word, so it reads without colour. */
export const DIRECTION_LABELS: Readonly<Record<'better' | 'worse' | 'same' | 'new', { arrow: string; word: string }>> = {
  better: { arrow: '↑', word: 'better' },
  worse: { arrow: '↓', word: 'worse' },
  same: { arrow: '→', word: 'same' },
  new: { arrow: '•', word: 'new' },
};

/** Headings of the board pack's sheets and tables. */
export const HEADING_STYLE: CellStyle = { bold: true, fill: 'D9E1F2', border: { style: 'thin', color: '808080' } };
export const TITLE_STYLE: CellStyle = { bold: true };
