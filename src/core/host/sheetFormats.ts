/**
 * A sheet plan-rag adds, as a host applies it: its cells grouped by identical format (one call per group where the
 * host can), and its links apart (they differ cell to cell).
 */
import { columnLetters } from '../grid';
import { formatKey } from './cellFormat';
import type { CellFormat, NewSheet } from './types';

export interface SheetFormats {
  groups: Array<{ format: CellFormat; cells: string[] }>;
  links: Array<{ cell: string; link: string }>;
}

/**
 * The formats of a new sheet's cells, grouped; `omit` leaves out what the host cannot show (borders in Sheets).
 * @example sheetFormats({ rows: [[{ value: 'a', format: { bold: true } }, { value: 'b', format: { bold: true } }]] } as NewSheet).groups // [{ format: { bold: true }, cells: ['A1', 'B1'] }]
 */
export function sheetFormats(sheet: Pick<NewSheet, 'rows'>, omit: ReadonlyArray<keyof CellFormat> = []): SheetFormats {
  const groups = new Map<string, { format: CellFormat; cells: string[] }>();
  const links: SheetFormats['links'] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c?.format) return;
      const cell = `${columnLetters(col)}${r + 1}`;
      const rest: CellFormat = { ...c.format };
      if (rest.link) links.push({ cell, link: rest.link });
      delete rest.link;
      delete rest.note;
      for (const k of omit) delete rest[k];
      if (Object.keys(rest).length === 0) return;
      const key = formatKey(rest);
      const g = groups.get(key);
      if (g) g.cells.push(cell);
      else groups.set(key, { format: rest, cells: [cell] });
    }),
  );
  return { groups: [...groups.values()], links };
}
