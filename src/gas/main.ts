/// <reference types="google-apps-script" />
/**
 * The Apps Script entry points, bundled into dist/gas/Code.js as the `PlanRag` global; dist/gas/functions.js holds
 * the top-level functions Apps Script calls (menu items, the sidebar's google.script.run).
 *
 * Published as an editor add-on: the menu is built with `createAddonMenu()`, and `onOpen` may run in
 * `AuthMode.NONE`, where only the menu may be built (docs/host-behaviour.md §23). Two people applying at once are
 * serialised by the document lock (§25).
 */
import { GasHost } from '../hosts/gas/gasHost';
import { checkSheets } from '../hosts/gas/selfCheck';
import { checkReport } from '../hosts/excel/selfCheck';
import { SessionError } from '../core/session/sessionError';
import * as session from './session';
import type { GasSettings } from './session';

const KEY = 'plan-rag';
const LOCK_MS = 20_000;

function settings(): GasSettings {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  try {
    return raw ? (JSON.parse(raw) as GasSettings) : {};
  } catch {
    return {};
  }
}

function saveSettings(s: GasSettings): void {
  // document properties hold 9 KB a value (§31): the settings are a few hundred bytes
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(s));
}

function today(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

function host(): GasHost {
  return new GasHost(SpreadsheetApp, {
    formatDate: (d, tz, f) => Utilities.formatDate(d, tz, f),
    barChartType: typeof Charts !== 'undefined' ? Charts.ChartType.BAR : undefined,
  });
}

/** Runs `f` holding the document lock, so two people's Apply and Clear never interleave. */
function locked<T>(f: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_MS)) {
    throw new SessionError('Google Sheets', 'someone else is applying or clearing Plan RAG in this spreadsheet', 'Wait a moment, then try again.', 'busy');
  }
  try {
    return f();
  } finally {
    lock?.releaseLock();
  }
}

/** A message a person can act on: where, what, and what to do. */
function message(err: unknown): string {
  if (err instanceof SessionError) return `${err.origin}: ${err.reason}. ${err.action}`;
  return err instanceof Error ? err.message : String(err);
}

/** Menu commands show errors in an alert; sidebar calls throw them to the sidebar's failure handler. */
function fromMenu<T>(f: () => T): T | null {
  try {
    return f();
  } catch (err) {
    SpreadsheetApp.getUi().alert(`Plan RAG: ${message(err)}`);
    return null;
  }
}

function fromSidebar<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw new Error(message(err));
  }
}

export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  // In AuthMode.NONE nothing but the menu may be built: no properties, no spreadsheet data (§23).
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Plan RAG', 'showSidebar')
    .addItem('Apply RAG', 'menuApply')
    .addItem('Clear RAG', 'menuClear')
    .addItem('Prepare for board (summary sheet)', 'menuBoard')
    .addSeparator()
    .addItem('Check this spreadsheet', 'menuSelfCheck')
    .addItem('Remove plan-rag records', 'menuRemoveRecords')
    .addToUi();
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Plan RAG');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuApply(): void {
  fromMenu(() => locked(() => session.applyRag(host(), settings(), settings().asOf ?? today())));
}

export function menuClear(): void {
  fromMenu(() => locked(() => session.clearRag(host())));
}

export function menuBoard(): void {
  fromMenu(() => locked(() => session.prepareForBoard(host(), settings(), settings().asOf ?? today())));
}

/** Runs the self-check and shows its result as text to copy (escaped: it is shown as text, never as HTML). */
export function menuSelfCheck(): void {
  fromMenu(() => {
    const results = checkSheets(SpreadsheetApp, {
      formatDate: (d, tz, f) => Utilities.formatDate(d, tz, f),
      scriptTimeZone: Session.getScriptTimeZone(),
      documentLock: () => LockService.getDocumentLock(),
    });
    const text = checkReport(results);
    const html = HtmlService.createHtmlOutput(
      `<p style="font-family:Arial,sans-serif;font-size:13px">Copy this into a support request:</p><textarea readonly style="width:100%;height:320px;font-family:monospace;font-size:12px">${escapeHtml(text)}</textarea>`,
    )
      .setWidth(640)
      .setHeight(420);
    SpreadsheetApp.getUi().showModalDialog(html, 'Plan RAG: check this spreadsheet');
    return results;
  });
}

/** Text made safe inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function menuRemoveRecords(): void {
  fromMenu(() => locked(() => session.removeRecords(host())));
}

/** For the sidebar: the report as of a date (saved as the workbook's as-of date), with today's default. */
export function getReport(asOf?: string, brag?: boolean) {
  return fromSidebar(() => {
    const s = { ...settings(), ...(asOf ? { asOf } : {}), ...(brag === undefined ? {} : { brag }) };
    saveSettings(s);
    return { today: today(), report: session.getReport(host(), s, s.asOf ?? today()) };
  });
}

export function applyRag(asOf?: string) {
  return fromSidebar(() => locked(() => session.applyRag(host(), settings(), asOf ?? settings().asOf ?? today())));
}

export function clearRag() {
  return fromSidebar(() => locked(() => session.clearRag(host())));
}

export function prepareForBoard(asOf?: string) {
  return fromSidebar(() => locked(() => session.prepareForBoard(host(), settings(), asOf ?? settings().asOf ?? today())));
}

export function removeRecords() {
  return fromSidebar(() => locked(() => session.removeRecords(host())));
}

export function selectRow(sheet: string, row: number): void {
  fromSidebar(() => session.selectRow(SpreadsheetApp, sheet, row));
}
