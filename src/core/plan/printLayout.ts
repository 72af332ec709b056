/**
 * Choosing paper and scale so the printed plan stays readable: no text under 8 pt. Fit-to-width shrinks a wide
 * plan to whatever fits (the sample plan to about 6.5 pt on A4); instead this works out the scale from the column
 * widths and takes the first of these that keeps the text at 8 pt or more:
 *
 *   1. A4 landscape, at the scale that fits every column on the page width (at most 100%);
 *   2. A3 landscape, likewise (a board pack of a wide plan is printed on A3, as boards do with wide plans);
 *   3. A3 landscape at the smallest readable scale, the table running over two or more pages across.
 *
 * An explicit scale is also what Excel honours everywhere: on Windows it ignores fit-to-pages set through
 * office-js until the Page Layout tab has been shown (OfficeDev/office-js#1860; docs/host-behaviour.md §12).
 */
import type { PageSettings } from '../host/types';

/** The smallest printed text, in points. */
export const MIN_PRINTED_PT = 8;

/**
 * Room kept spare on every page width: hosts round column widths their own way, and LibreOffice draws them about
 * 3% wider than Excel. A column that does not fit whole goes to the next page, so a table must fit with this spare.
 */
export const WIDTH_SLACK = 1.05;

/** Excel's default cell font size, assumed for the plan's text where the host does not say. */
export const DEFAULT_BODY_PT = 11;

/**
 * Printable width of each paper, landscape and portrait, in points, inside Excel's default side margins
 * (0.7 inch each): what every host gives at least.
 */
export const PRINTABLE_WIDTH_PT = {
  A4: { landscape: (11.69 - 1.4) * 72, portrait: (8.27 - 1.4) * 72 },
  A3: { landscape: (16.54 - 1.4) * 72, portrait: (11.69 - 1.4) * 72 },
} as const;

/** Printable height (Excel's default 0.75 inch top and bottom margins), in points. */
export const PRINTABLE_HEIGHT_PT = {
  A4: { landscape: (8.27 - 1.5) * 72, portrait: (11.69 - 1.5) * 72 },
  A3: { landscape: (11.69 - 1.5) * 72, portrait: (16.54 - 1.5) * 72 },
} as const;

/** The chosen print settings, and why. */
export interface PrintChoice {
  paper: 'A4' | 'A3';
  orientation: 'landscape' | 'portrait';
  /** Zoom percent (10–100): set as the page scale, never fit-to-width. */
  scale: number;
  /** Pages across the table takes at that scale (1 unless the plan is too wide even for A3). */
  pagesWide: number;
  /** The table's text size as printed. */
  bodyPt: number;
  /** The font size hosts should give the header and footer, so they print at 8 pt or more at this scale. */
  headerFooterPt: number;
  /** The smallest printed text (body or header and footer). */
  smallestPt: number;
  /** In words, for the pane and the CLI: what was chosen and why. */
  reason: string;
}

/**
 * A column's printed width in points for a width in characters (Excel: 7 pixels a character and 5 of padding at
 * 96 dpi, for Calibri 11).
 * @example columnPoints(10) // 56.25
 */
export function columnPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

/**
 * A table's printed width in points at 100%, with the spare every host needs (`WIDTH_SLACK`).
 * @example tablePoints([10, 10]) // 118.125
 */
export function tablePoints(widths: readonly number[]): number {
  return widths.reduce((s, w) => s + columnPoints(w), 0) * WIDTH_SLACK;
}

/**
 * True when columns of these widths print on one page width of this paper at 100%.
 * @example fitsPage([28, 8, 8], 'A4', 'portrait') // true
 */
export function fitsPage(widths: readonly number[], paper: 'A4' | 'A3', orientation: 'landscape' | 'portrait'): boolean {
  return tablePoints(widths) <= PRINTABLE_WIDTH_PT[paper][orientation];
}

/**
 * Chooses paper, orientation and scale for a table whose printed columns have these widths (characters).
 * @example choosePrint([6, 30, 42, 14, 20, 36, 48, 13]).paper // 'A3' (A4 would need 70%: 7.7 pt)
 */
export function choosePrint(widths: readonly number[], options: { bodyPt?: number; minPt?: number } = {}): PrintChoice {
  const body = options.bodyPt ?? DEFAULT_BODY_PT;
  const min = options.minPt ?? MIN_PRINTED_PT;
  const width = tablePoints(widths);
  const least = Math.ceil((100 * min) / body);
  const fitting = (paper: 'A4' | 'A3') => Math.min(100, Math.floor((100 * PRINTABLE_WIDTH_PT[paper].landscape) / width));
  const a4 = fitting('A4');
  const a3 = fitting('A3');
  const pt = (scale: number) => Math.round(body * scale) / 100;
  let paper: 'A4' | 'A3';
  let scale: number;
  let reason: string;
  if (a4 >= least) {
    paper = 'A4';
    scale = a4;
    reason = `A4 landscape at ${scale}%: every column fits the page width and the text prints at ${pt(scale)} pt.`;
  } else if (a3 >= least) {
    paper = 'A3';
    scale = a3;
    reason = `A3 landscape at ${scale}%: on A4 the plan would need ${a4}% (${pt(a4)} pt text, under ${min} pt); on A3 every column fits at ${pt(scale)} pt.`;
  } else {
    paper = 'A3';
    scale = least;
    reason = `A3 landscape at ${scale}%, over more than one page across: the plan is too wide to fit even A3 at ${min} pt (${a3}% would be ${pt(a3)} pt).`;
  }
  const pagesWide = Math.max(1, Math.ceil((width * scale) / 100 / PRINTABLE_WIDTH_PT[paper].landscape - 0.001));
  const headerFooterPt = Math.max(min, Math.ceil((100 * min) / scale));
  return {
    paper,
    orientation: 'landscape',
    scale,
    pagesWide,
    bodyPt: pt(scale),
    headerFooterPt,
    smallestPt: Math.min(pt(scale), Math.round(headerFooterPt * scale) / 100),
    reason,
  };
}

/**
 * The page of one of the board pack's own sheets (dashboard, summary, chase list): A4 at 100%, its title and date
 * in the header, page numbers in the footer.
 * @example boardSheetPage('portrait', 'Chase list', 'As of 21 Jan 2015').paper // 'A4'
 */
export function boardSheetPage(orientation: 'portrait' | 'landscape', title: string, date: string): PageSettings {
  return {
    orientation,
    paper: 'A4',
    fitToWidth: null,
    scale: 100,
    header: { left: title, center: date, right: '' },
    footer: { left: '', center: '', right: 'Page {page} of {pages}' },
  };
}
