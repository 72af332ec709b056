/// <reference types="office-js" />
/**
 * Ribbon commands that run without the pane open: Apply RAG and Clear RAG, with the settings saved in the workbook.
 * The manifest declares a shared runtime, so these run in the pane's runtime: one copy of the settings (a saved
 * error is not overwritten by the pane's copy), and `showAsTaskpane` opens the pane to show an error
 * (docs/host-behaviour.md §15).
 */
import { applyRag as applyInExcel, clearRag as clearInExcel } from '../hosts/excel/planSession';
import { excel, loadSettings, saveLastError, toPaneError, today, type PaneError } from '../taskpane/officeBridge';

/** Listeners the pane registers, so a command's result shows at once when the pane is open. */
export const commandEvents = new EventTarget();

async function applyRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const settings = loadSettings();
    await applyInExcel(excel(), settings, settings.asOf ?? today());
    commandEvents.dispatchEvent(new Event('applied'));
  } catch (err) {
    await report(toPaneError(err));
  } finally {
    event.completed();
  }
}

async function clearRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await clearInExcel(excel());
    commandEvents.dispatchEvent(new Event('cleared'));
  } catch (err) {
    await report(toPaneError(err));
  } finally {
    event.completed();
  }
}

/** A command has no window: the error is kept in the workbook for the pane, and the pane is opened to show it. */
async function report(error: PaneError): Promise<void> {
  await saveLastError(error);
  commandEvents.dispatchEvent(new CustomEvent('error', { detail: error }));
  await Office.addin?.showAsTaskpane?.().catch(() => undefined);
}

/** Registers the ribbon's functions with Office (called once the runtime is ready). */
export function registerCommands(): void {
  Office.actions?.associate?.('applyRag', applyRag);
  Office.actions?.associate?.('clearRag', clearRag);
}
