/// <reference types="google-apps-script" />
/**
 * The Google Sheets host (Apps Script): the same plan engine, with batch calls only. One read of the data range
 * (values, display values, number formats, merged ranges); writes grouped by style with `RangeList`; formats
 * captured and restored with `getBackgrounds`/`setBackgrounds` and friends per touched column; links as rich-text
 * links to `#gid=...&range=...`; the record Clear needs in a hidden sheet. Calls do not grow with rows.
 */
import { isoToExcelSerial } from '../../core/calendarDate';
import { columnLetters, type CellRange, type CellValue, type Grid, type SheetGrid } from '../../core/grid';
import { groupByStyle, type FormatPlan } from '../../core/plan/formatPlan';
import type { CellStyle } from '../../core/plan/styles';
import { cellsByColumn, rangeAddresses } from '../../core/addresses';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const GAS_JOURNAL_SHEET = 'plan-rag journal';
/** Sheets holds up to 50,000 characters a cell. */
const CHUNK = 45_000;

/** What Clear needs: per touched column, the formats as they were. */
export interface GasJournal {
  version: 1;
  host: 'gas';
  sheet: string;
  asOf: string;
  columns: Array<{ col: string; first: number; backgrounds: string[]; fontColors: string[]; fontWeights: string[]; fontStyles: string[]; links?: Array<string | null> }>;
  added: string[];
  sheets: string[];
}

export interface GasRead {
  active: string;
  sheets: SheetGrid[];
  sheetNames: string[];
  journal: GasJournal | null;
}

/** Reads the active sheet (one batch of reads of its data range), a register if there is one, and the journal. */
export function readSpreadsheet(app: App): GasRead {
  const ss = app.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const all = ss.getSheets();
  const names = all.map((s) => s.getName()).filter((n) => n !== GAS_JOURNAL_SHEET);
  const sheets: SheetGrid[] = [{ name: active.getName(), grid: readGrid(active) }];
  for (const s of all) {
    const name = s.getName();
    if (name !== active.getName() && /siip|register/i.test(name) && name !== 'SIIP index') sheets.push({ name, grid: readGrid(s) });
  }
  return { active: active.getName(), sheets, sheetNames: names, journal: readJournal(ss.getSheetByName(GAS_JOURNAL_SHEET)) };
}

function readGrid(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  if (values.length === 0 || (values.length === 1 && values[0].every((v) => v === ''))) return { values: [] };
  const display = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const merges: CellRange[] = range.getMergedRanges().map((m) => ({ top: m.getRow() - 1, left: m.getColumn() - 1, bottom: m.getLastRow() - 1, right: m.getLastColumn() - 1 }));
  return {
    values: values.map((row) =>
      row.map((v): CellValue => {
        if (v === '' || v === null || v === undefined) return null;
        if (v instanceof Date) return isoToExcelSerial(`${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`);
        return v as CellValue;
      }),
    ),
    text: display,
    numberFormats: formats,
    merges,
  };
}

function readJournal(sheet: Sheet | null): GasJournal | null {
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  try {
    const j = JSON.parse(values.map((r) => String(r[0] ?? '')).join('')) as GasJournal;
    return j.version === 1 && j.host === 'gas' ? j : null;
  } catch {
    return null;
  }
}

/** Applies a formatting plan: undo the last one, capture, style by groups, links, key, added sheets, journal. */
export function applyPlanGas(app: App, plan: FormatPlan, previous: GasJournal | null): void {
  const ss = app.getActiveSpreadsheet();
  if (previous) restore(app, previous);
  const sheet = ss.getSheetByName(plan.sheet)!;

  const touched = [...new Set([...plan.touched, ...plan.added.map((a) => a.cell), ...plan.links.map((l) => l.cell)])];
  const columns: GasJournal['columns'] = [];
  const richByCol = new Map<string, { first: number; values: Array<Array<GoogleAppsScript.Spreadsheet.RichTextValue | null>> }>();
  const linkCols = new Set(plan.links.map((l) => /^[A-Z]+/.exec(l.cell)![0]));
  for (const [col, rows] of cellsByColumn(touched)) {
    const letters = columnLetters(col);
    const first = rows[0];
    const range = sheet.getRange(`${letters}${first}:${letters}${rows[rows.length - 1]}`);
    const flat = <T>(a: T[][]) => a.map((r) => r[0]);
    const entry: GasJournal['columns'][number] = {
      col: letters,
      first,
      backgrounds: flat(range.getBackgrounds()),
      fontColors: flat(range.getFontColors()),
      fontWeights: flat(range.getFontWeights()),
      fontStyles: flat(range.getFontStyles()),
    };
    if (linkCols.has(letters)) {
      const rich = range.getRichTextValues();
      richByCol.set(letters, { first, values: rich });
      entry.links = rich.map((r) => (r[0] ? r[0].getLinkUrl() : null));
    }
    columns.push(entry);
  }

  for (const group of plan.groups) {
    const list = sheet.getRangeList(rangeAddresses(group.cells, 1_000_000).flatMap((a) => a.split(',')));
    setStyle(list, group.style);
  }
  // links: one setRichTextValues per column, other cells' rich text kept as it was
  const gids = new Map<string, number>();
  const gid = (name: string) => {
    let id = gids.get(name);
    if (id === undefined) gids.set(name, (id = ss.getSheetByName(name)?.getSheetId() ?? 0));
    return id;
  };
  const byCol = new Map<string, FormatPlan['links']>();
  for (const l of plan.links) {
    const c = /^[A-Z]+/.exec(l.cell)![0];
    byCol.set(c, [...(byCol.get(c) ?? []), l]);
  }
  const addedSheets: string[] = [];
  for (const s of plan.sheets) {
    const existing = ss.getSheetByName(s.name);
    if (existing) ss.deleteSheet(existing);
    const added = ss.insertSheet(s.name);
    const width = Math.max(...s.rows.map((r) => r.length), 1);
    const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? r[i].value : '')));
    added.getRange(1, 1, values.length, width).setValues(values);
    const rich = s.rows.map((r) => {
      const text = String(r[0]?.value ?? '');
      const b = app.newRichTextValue().setText(text);
      if (r[0]?.link) b.setLinkUrl(`#gid=${gid(r[0].link.sheet)}&range=${r[0].link.target}`);
      return [b.build()];
    });
    added.getRange(1, 1, rich.length, 1).setRichTextValues(rich);
    addedSheets.push(s.name);
  }
  for (const [letters, links] of byCol) {
    const block = richByCol.get(letters)!;
    const values = block.values.map((r) => [r[0]]);
    for (const l of links) {
      const i = Number(/\d+$/.exec(l.cell)![0]) - block.first;
      const current = values[i][0];
      values[i][0] = app.newRichTextValue().setText(current?.getText() ?? '').setLinkUrl(`#gid=${gid(l.sheet)}&range=${l.target}`).build();
    }
    sheet.getRange(`${letters}${block.first}:${letters}${block.first + values.length - 1}`).setRichTextValues(values as GoogleAppsScript.Spreadsheet.RichTextValue[][]);
  }
  // the key: one write for its block, then its styles
  if (plan.added.length) {
    const col = /^[A-Z]+/.exec(plan.added[0].cell)![0];
    const first = Number(/\d+$/.exec(plan.added[0].cell)![0]);
    sheet.getRange(`${col}${first}:${col}${first + plan.added.length - 1}`).setValues(plan.added.map((a) => [a.value]));
    for (const g of groupByStyle(plan.added)) setStyle(sheet.getRangeList(g.cells), g.style);
  }

  const journal: GasJournal = { version: 1, host: 'gas', sheet: plan.sheet, asOf: plan.asOf, columns, added: plan.added.map((a) => a.cell), sheets: addedSheets };
  writeJournal(ss, journal);
}

/** Removes every trace of the last apply. */
export function clearPlanGas(app: App): boolean {
  const ss = app.getActiveSpreadsheet();
  const journal = readJournal(ss.getSheetByName(GAS_JOURNAL_SHEET));
  if (!journal) return false;
  restore(app, journal);
  const j = ss.getSheetByName(GAS_JOURNAL_SHEET);
  if (j) ss.deleteSheet(j);
  return true;
}

function restore(app: App, journal: GasJournal): void {
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(journal.sheet);
  if (sheet) {
    if (journal.added.length) sheet.getRangeList(journal.added).clearContent();
    for (const c of journal.columns) {
      const range = sheet.getRange(`${c.col}${c.first}:${c.col}${c.first + c.backgrounds.length - 1}`);
      const col = <T>(a: T[]) => a.map((v) => [v]);
      range.setBackgrounds(col(c.backgrounds));
      range.setFontColors(col(c.fontColors));
      range.setFontWeights(col(c.fontWeights) as Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>);
      range.setFontStyles(col(c.fontStyles) as Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>);
      if (c.links) {
        const rich = range.getRichTextValues();
        range.setRichTextValues(rich.map((r, i) => [app.newRichTextValue().setText(r[0]?.getText() ?? '').setLinkUrl(c.links![i]).build()]));
      }
    }
  }
  for (const name of journal.sheets) {
    const s = ss.getSheetByName(name);
    if (s) ss.deleteSheet(s);
  }
}

function writeJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, journal: GasJournal): void {
  const old = ss.getSheetByName(GAS_JOURNAL_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(GAS_JOURNAL_SHEET);
  const json = JSON.stringify(journal);
  const chunks: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push([json.slice(i, i + CHUNK)]);
  const range = sheet.getRange(1, 1, chunks.length, 1);
  range.setNumberFormat('@');
  range.setValues(chunks);
  sheet.hideSheet();
}

function setStyle(target: GoogleAppsScript.Spreadsheet.RangeList, style: CellStyle): void {
  if (style.fill) target.setBackground(`#${style.fill}`);
  if (style.fontColor) target.setFontColor(`#${style.fontColor}`);
  if (style.bold) target.setFontWeight('bold');
  if (style.italic) target.setFontStyle('italic');
}
