/// <reference types="google-apps-script" />
/**
 * What the Plan RAG menu and sidebar do in Google Sheets: the core session over the Sheets host, driven
 * synchronously (Apps Script uses a function's return value at once). Each function takes the host, so tests run
 * them on the fake SpreadsheetApp.
 */
import type { LayoutOverride } from '../core/layout/types';
import { findLeads } from '../core/leads/findLeads';
import { toReportJson, type ReportJson } from '../core/plan/reportJson';
import {
  applySession,
  clearSession,
  detectSession,
  removeRecordsSession,
  type ApplyOutcome,
  type ClearOutcome,
  type Detected,
  type SessionOptions,
} from '../core/session/session';
import { runSync } from '../core/session/steps';
import type { GasHost } from '../hosts/gas/gasHost';

export interface GasSettings {
  asOf?: string;
  brag?: boolean;
  rowTint?: boolean;
  layout?: LayoutOverride;
  registerSheet?: string | null;
}

function optionsOf(settings: GasSettings, asOf: string, extra: Partial<SessionOptions> = {}): SessionOptions {
  return { asOf, brag: !!settings.brag, rowTint: !!settings.rowTint, layout: settings.layout, registerSheet: settings.registerSheet, ...extra };
}

/** The report the sidebar shows, with what the session knows of the last Apply. */
export interface SidebarReport extends ReportJson {
  /** The plan's leads, spellings merged ("L&I sg" and "Learning and Improvement sub group" are one), by name. */
  leads: Array<{ id: string; name: string; spellings: string[]; rows: number[] }>;
  applied: boolean;
  changedSinceApply: boolean | null;
  journalError: string | null;
}

function report(d: Detected): SidebarReport {
  const leads = findLeads(d.assessment.rows, d.glossary).leads.map((l) => ({ id: l.id, name: l.name, spellings: l.spellings, rows: l.rows }));
  return { ...toReportJson(d.assessment), leads, applied: d.journal !== null, changedSinceApply: d.changedSinceApply, journalError: d.journalError };
}

export function getReport(host: GasHost, settings: GasSettings, asOf: string): SidebarReport {
  return report(runSync(host, detectSession(host, optionsOf(settings, asOf))));
}

export function applyRag(host: GasHost, settings: GasSettings, asOf: string): SidebarReport & { leftAlone: number } {
  const r: ApplyOutcome = runSync(host, applySession(host, optionsOf(settings, asOf)));
  return { ...report(r), applied: true, leftAlone: r.leftAlone.length };
}

/** Applies, then the board pack: summary sheet and the status history (Sheets has no page setup to print with). */
export function prepareForBoard(host: GasHost, settings: GasSettings, asOf: string): SidebarReport & { leftAlone: number } {
  const r: ApplyOutcome = runSync(host, applySession(host, optionsOf(settings, asOf, { board: true })));
  return { ...report(r), applied: true, leftAlone: r.leftAlone.length };
}

export function clearRag(host: GasHost): ClearOutcome {
  return runSync(host, clearSession(host, {}));
}

export function removeRecords(host: GasHost): { removed: string[] } {
  return runSync(host, removeRecordsSession(host, {}));
}

/** Selects a sheet row (1-based) on the plan sheet. */
export function selectRow(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, sheet: string, row: number): void {
  const s = app.getActiveSpreadsheet().getSheetByName(sheet);
  if (!s) throw new Error(`no sheet named "${sheet}"`);
  s.activate();
  s.getRange(`${row}:${row}`).activate();
}
