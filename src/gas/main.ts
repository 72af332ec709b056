/// <reference types="google-apps-script" />
/**
 * The Apps Script entry points, bundled into dist/gas/Code.js as the `PlanRag` global; dist/gas/functions.js
 * holds the top-level functions Apps Script calls (menu items, the sidebar's google.script.run).
 */
import * as session from './session';
import type { GasSettings } from './session';

const KEY = 'plan-rag';

function settings(): GasSettings {
  const raw = PropertiesService.getDocumentProperties().getProperty(KEY);
  try {
    return raw ? (JSON.parse(raw) as GasSettings) : {};
  } catch {
    return {};
  }
}

function saveSettings(s: GasSettings): void {
  // document properties hold 9 KB a value: the settings are a few hundred bytes
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(s));
}

function today(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('Plan RAG')
    .addItem('Apply RAG', 'applyRag')
    .addItem('Clear RAG', 'clearRag')
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Prepare for board (summary sheet)', 'prepareForBoard')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

function withAlert<T>(f: () => T): T | null {
  try {
    return f();
  } catch (err) {
    SpreadsheetApp.getUi().alert(`Plan RAG: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

export function applyRag(asOf?: string) {
  const s = settings();
  return withAlert(() => session.applyRag(SpreadsheetApp, s, asOf ?? s.asOf ?? today()));
}

export function clearRag() {
  return withAlert(() => session.clearRag(SpreadsheetApp));
}

export function prepareForBoard(asOf?: string) {
  const s = settings();
  return withAlert(() => session.prepareForBoard(SpreadsheetApp, s, asOf ?? s.asOf ?? today()));
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Plan RAG');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** For the sidebar: the report as of a date (saved as the workbook's as-of date), with today's default. */
export function getReport(asOf?: string, brag?: boolean) {
  const s = { ...settings(), ...(asOf ? { asOf } : {}), ...(brag === undefined ? {} : { brag }) };
  saveSettings(s);
  return { today: today(), report: session.getReport(SpreadsheetApp, s, s.asOf ?? today()) };
}

export function selectRow(sheet: string, row: number): void {
  session.selectRow(SpreadsheetApp, sheet, row);
}
