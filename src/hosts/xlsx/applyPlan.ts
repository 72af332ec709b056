// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../../core/grid';
import type { CellStyle } from '../../core/plan/styles';
import type { FormatPlan } from '../../core/plan/formatPlan';
import { readJournal, removeJournal, writeJournal, type Journal } from './journal';

/** What an apply or clear did, for messages and tests. */
export interface ApplyResult {
  styled: number;
  notes: number;
  links: number;
  added: number;
  sheets: string[];
}

/**
 * Applies a formatting plan to an ExcelJS workbook. What was there is recorded first in a hidden journal
 * sheet; an earlier apply is cleared first, so applying twice gives the same workbook. No existing cell's value
 * changes: links keep the cell's text and add a hyperlink; the key goes only into empty cells.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: FormatPlan): ApplyResult {
  if (readJournal(wb)) clearPlan(wb);
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`no sheet named "${plan.sheet}"`);
  const journal: Journal = { version: 1, sheet: plan.sheet, asOf: plan.asOf, cells: {}, added: [], sheets: [] };

  const record = (address: string, withValue = false) => {
    const cell = ws.getCell(address);
    const existing = journal.cells[address];
    if (existing) {
      if (withValue && existing.value === undefined) existing.value = cloneJson(cell.value);
      return;
    }
    journal.cells[address] = { style: JSON.stringify(cell.style ?? {}), note: cloneJson(cell.note ?? null), ...(withValue ? { value: cloneJson(cell.value) } : {}) };
  };

  for (const address of plan.touched) record(address);
  for (const link of plan.links) record(link.cell, true);

  let styled = 0;
  for (const group of plan.groups) {
    for (const address of group.cells) {
      setStyle(ws.getCell(address), group.style);
      styled++;
    }
  }
  for (const note of plan.notes) {
    const cell = ws.getCell(note.cell);
    cell.note = appendNote(cell.note, note.text);
  }
  let links = 0;
  for (const link of plan.links) {
    const cell = ws.getCell(link.cell);
    const v = cell.value;
    // only plain text gets a link: a rich-text cell would lose its formatting runs, so it is left as it is
    if (typeof v !== 'string') continue;
    cell.value = { text: v, hyperlink: `${quoteSheetName(link.sheet)}!${link.target}`, tooltip: link.tooltip } as ExcelJS.CellHyperlinkValue;
    links++;
  }
  let added = 0;
  for (const a of plan.added) {
    const cell = ws.getCell(a.cell);
    if (cell.value !== null && cell.value !== undefined && cell.value !== '') continue; // never overwrite
    record(a.cell);
    cell.value = a.value;
    if (a.style) setStyle(cell, a.style);
    journal.added.push(a.cell);
    added++;
  }
  for (const s of plan.sheets) {
    let name = s.name;
    for (let i = 2; wb.getWorksheet(name); i++) name = `${s.name} (${i})`;
    const sheet = wb.addWorksheet(name);
    sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    s.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const cell = sheet.getCell(r + 1, col + 1);
        cell.value = c.link ? ({ text: String(c.value), hyperlink: `${quoteSheetName(c.link.sheet)}!${c.link.target}` } as ExcelJS.CellHyperlinkValue) : c.value;
        if (c.style) setStyle(cell, c.style);
        if (c.link) setStyle(cell, { fontColor: '0563C1' });
      }),
    );
    journal.sheets.push(name);
  }
  writeJournal(wb, journal);
  return { styled, notes: plan.notes.length, links, added, sheets: journal.sheets };
}

/**
 * Removes every trace of an apply: restores each touched cell's style, note and value from the journal,
 * empties the cells it filled, deletes the sheets it created and the journal. A workbook with no journal is
 * left as it is.
 */
export function clearPlan(wb: ExcelJS.Workbook): ApplyResult & { cleared: boolean } {
  const journal = readJournal(wb);
  if (!journal) return { cleared: false, styled: 0, notes: 0, links: 0, added: 0, sheets: [] };
  const ws = wb.getWorksheet(journal.sheet);
  let styled = 0;
  let links = 0;
  if (ws) {
    for (const address of journal.added) ws.getCell(address).value = null;
    for (const [address, rec] of Object.entries(journal.cells)) {
      const cell = ws.getCell(address);
      if (rec.value !== undefined) {
        cell.value = rec.value as ExcelJS.CellValue;
        links++;
      }
      cell.style = JSON.parse(rec.style);
      setNote(cell, rec.note);
      styled++;
    }
    if (journal.sheetSettings?.pageSetup) ws.pageSetup = journal.sheetSettings.pageSetup as ExcelJS.PageSetup;
    if (journal.sheetSettings?.headerFooter) ws.headerFooter = journal.sheetSettings.headerFooter as ExcelJS.HeaderFooter;
    for (const [col, c] of Object.entries(journal.sheetSettings?.columns ?? {})) {
      const column = ws.getColumn(Number(col));
      column.width = c.width;
      column.hidden = !!c.hidden;
    }
    for (const [row, h] of Object.entries(journal.rowHeights ?? {})) ws.getRow(Number(row)).height = h ?? (undefined as unknown as number);
  }
  for (const name of journal.sheets) {
    const s = wb.getWorksheet(name);
    if (s) wb.removeWorksheet(s.id);
  }
  removeJournal(wb);
  return { cleared: true, styled, notes: 0, links, added: journal.added.length, sheets: journal.sheets };
}

/** Applies a plan style on top of a cell's own style, one property at a time (never sharing style objects). */
export function setStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.style = cloneJson(cell.style ?? {}) as ExcelJS.Style;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` }, bgColor: { argb: `FF${style.fill}` } };
  if (style.fontColor || style.bold || style.italic) {
    cell.font = {
      ...(cell.font ?? {}),
      ...(style.fontColor ? { color: { argb: `FF${style.fontColor}` } } : {}),
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
    };
  }
  if (style.border) {
    const side = { style: style.border.style, color: { argb: `FF${style.border.color}` } } as ExcelJS.Border;
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
}

function appendNote(existing: unknown, text: string): ExcelJS.Cell['note'] {
  if (!existing) return text as unknown as ExcelJS.Cell['note'];
  if (typeof existing === 'string') return `${existing}\n\n${text}` as unknown as ExcelJS.Cell['note'];
  const note = cloneJson(existing) as { texts?: Array<{ text: string }> };
  note.texts = [...(note.texts ?? []), { text: `\n\n${text}` }];
  return note as unknown as ExcelJS.Cell['note'];
}

function setNote(cell: ExcelJS.Cell, note: unknown): void {
  if (note === null || note === undefined) {
    // ExcelJS keeps a written note both on the cell and on its value's cached model: drop both.
    const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    internal._comment = undefined;
    if (internal._value?.model) delete internal._value.model.comment;
  } else {
    cell.note = note as ExcelJS.Cell['note'];
  }
}

function cloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
