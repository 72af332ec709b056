/**
 * What plan-rag wants each cell to look like: the formatting plan and the board pack turned into one mark per
 * cell (a host-neutral format), with the values it writes into empty cells. Later marks win where they overlap
 * (a status fill over a row tint), so each cell is set once.
 */
import { a1, columnIndex, quoteSheetName } from '../grid';
import { mergeFormats, styleToFormat } from '../host/cellFormat';
import type { CellFormat, HostCapabilities } from '../host/types';
import type { BoardPack } from '../plan/boardPack';
import type { FormatPlan } from '../plan/formatPlan';

/** One cell's mark. */
export interface Mark {
  /** Sheet position: 1-based row, 0-based column. */
  row: number;
  col: number;
  format: CellFormat;
  /** Our part of the cell's note (the person's own note, if any, stays before it). */
  note?: string;
  /** A value written into an empty cell. */
  value?: string;
  tooltip?: string;
}

/** The Hyperlink style Excel puts on a linked cell (docs/host-behaviour.md §7). */
export const LINK_COLOR = '0563C1';

/**
 * Every cell's mark, by A1 address. Only what the host can show is marked: no borders on a host without them, no
 * notes on a host without notes.
 */
export function marksOf(plan: FormatPlan, pack: BoardPack | null, caps: HostCapabilities): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const at = (cell: string): Mark => {
    let m = marks.get(cell);
    if (!m) {
      const p = /^([A-Z]+)(\d+)$/.exec(cell)!;
      marks.set(cell, (m = { row: Number(p[2]), col: columnIndex(p[1]), format: {} }));
    }
    return m;
  };
  const fit = (format: CellFormat): CellFormat => {
    if (caps.borders || format.borders === undefined) return format;
    const { borders: _b, ...rest } = format;
    void _b;
    return rest;
  };
  // a mark's format is never changed, only replaced: cells of one style share it until something is laid over it
  for (const g of plan.groups) {
    const f = mergeFormats({}, fit(styleToFormat(g.style)));
    for (const cell of g.cells) {
      const m = at(cell);
      m.format = isEmpty(m.format) ? f : mergeFormats(m.format, f);
    }
  }
  for (const l of plan.links) {
    const m = at(l.cell);
    m.format = mergeFormats(m.format, {
      link: `${quoteSheetName(l.sheet)}!${l.target}`,
      fontColor: LINK_COLOR,
      ...(caps.linkRestyles ? { underline: true } : {}),
    });
    m.tooltip = l.tooltip;
  }
  if (caps.notes) {
    for (const n of plan.notes) {
      const m = at(n.cell);
      m.note = m.note ? `${m.note}\n\n${n.text}` : n.text;
    }
  }
  // values into empty cells: text stays text (the '@' format), so Excel and Sheets never read "1.10" as 1.1
  const added = [...plan.added.map((a) => ({ ...a, align: false })), ...(pack?.ragColumn ?? []).map((a) => ({ ...a, align: true }))];
  // one format per style (a RAG column of 100,000 cells has a handful), shared like the groups' above
  const addedFormats = new Map<unknown, Map<boolean, CellFormat>>();
  for (const a of added) {
    const m = at(a.cell);
    m.value = a.value;
    let byAlign = addedFormats.get(a.style);
    if (!byAlign) addedFormats.set(a.style, (byAlign = new Map()));
    let f = byAlign.get(a.align);
    if (!f) {
      f = mergeFormats(
        {},
        {
          numberFormat: '@',
          ...(a.style ? fit(styleToFormat(a.style)) : {}),
          ...(a.align ? { wrap: true, verticalAlignment: 'top' as const } : {}),
        },
      );
      byAlign.set(a.align, f);
    }
    m.format = isEmpty(m.format) ? f : mergeFormats(m.format, f);
  }
  return marks;
}

function isEmpty(f: CellFormat): boolean {
  for (const k in f) if (Object.prototype.hasOwnProperty.call(f, k)) return false;
  return true;
}

/** The A1 address of a 1-based row and 0-based column. */
export function addressOf(row: number, col: number): string {
  return a1(row - 1, col);
}
