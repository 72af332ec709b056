/// <reference types="google-apps-script" />
/**
 * What the Plan RAG menu and sidebar do in Google Sheets, each as a function of the SpreadsheetApp it is given
 * (the real one in Apps Script, a recording fake in tests). The core does the reading and deciding.
 */
import { assessWorkbook, type WorkbookAssessment } from '../core/plan/assess';
import { buildBoardPack, HISTORY_SHEET_NAME, historyValues, parseHistory } from '../core/plan/boardPack';
import { buildFormatPlan } from '../core/plan/formatPlan';
import { toReportJson, type ReportJson } from '../core/plan/reportJson';
import { blankCells } from '../core/grid';
import type { LayoutOverride } from '../core/layout/types';
import { applyPlanGas, clearPlanGas, readSpreadsheet, type GasRead } from '../hosts/gas/gasHost';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface GasSettings {
  asOf?: string;
  brag?: boolean;
  layout?: LayoutOverride;
}

function assess(read: GasRead, settings: GasSettings, asOf: string): WorkbookAssessment {
  // read the sheet as the user left it: the last apply's key cells (about to be cleared) count as empty
  const own = read.journal && read.sheets.find((x) => x.name === read.journal!.sheet);
  if (own) blankCells(own.grid, read.journal!.added);
  const a = assessWorkbook(read.sheets, { asOf, sheet: read.active, layout: settings.layout });
  if (!a.layout.found) throw new Error(`${read.active}: ${a.messages.join(' ') || 'no plan table found'}`);
  return a;
}

/** Applies RAG to the active sheet. */
export function applyRag(app: App, settings: GasSettings, asOf: string): ReportJson {
  const read = readSpreadsheet(app);
  const a = assess(read, settings, asOf);
  const grid = read.sheets.find((s) => s.name === a.sheet)!.grid;
  applyPlanGas(app, buildFormatPlan(grid, a, a.sheet, a.register, { brag: !!settings.brag }), read.journal);
  return toReportJson(a);
}

/** Clears the last apply; true when there was one. */
export function clearRag(app: App): boolean {
  return clearPlanGas(app);
}

/** The report for the sidebar (no change to the sheet). */
export function getReport(app: App, settings: GasSettings, asOf: string): ReportJson {
  return toReportJson(assess(readSpreadsheet(app), settings, asOf));
}

/** Applies, then writes the "Board summary" sheet and records the snapshot in the hidden history sheet. */
export function prepareForBoard(app: App, settings: GasSettings, asOf: string): ReportJson {
  const read = readSpreadsheet(app);
  const a = assess(read, settings, asOf);
  const ss = app.getActiveSpreadsheet();
  const grid = read.sheets.find((s) => s.name === a.sheet)!.grid;
  const historySheet = ss.getSheetByName(HISTORY_SHEET_NAME);
  const history = historySheet ? parseHistory(historySheet.getDataRange().getValues()) : [];
  const pack = buildBoardPack(grid, a, a.sheet, a.register, { brag: !!settings.brag, history });
  const plan = buildFormatPlan(grid, a, a.sheet, a.register, { brag: !!settings.brag });
  applyPlanGas(app, { ...plan, sheets: [...plan.sheets, pack.summary] }, read.journal);
  if (historySheet) ss.deleteSheet(historySheet);
  const h = ss.insertSheet(HISTORY_SHEET_NAME);
  const rows = historyValues(history, pack.snapshot);
  h.getRange(1, 1, rows.length, 5).setValues(rows);
  h.hideSheet();
  return toReportJson(a);
}

/** Selects a sheet row (1-based) on the plan sheet. */
export function selectRow(app: App, sheet: string, row: number): void {
  const s = app.getActiveSpreadsheet().getSheetByName(sheet);
  if (!s) throw new Error(`no sheet named "${sheet}"`);
  s.activate();
  s.getRange(`${row}:${row}`).activate();
}
