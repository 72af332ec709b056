/// <reference types="office-js" />
/**
 * Ribbon commands that run without the pane: Apply RAG and Clear RAG, with the settings saved in the workbook.
 */
import { applyRag as applyInExcel, clearRag as clearInExcel } from '../hosts/excel/planSession';
import { capabilities, loadSettings, saveLastError, toPaneError, today, type PaneError } from '../taskpane/officeBridge';

async function applyRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const settings = loadSettings();
    await Excel.run((ctx) => applyInExcel(ctx, capabilities(), settings, settings.asOf ?? today()));
  } catch (err) {
    await report(toPaneError(err));
  } finally {
    event.completed();
  }
}

async function clearRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run((ctx) => clearInExcel(ctx, capabilities()));
  } catch (err) {
    await report(toPaneError(err));
  } finally {
    event.completed();
  }
}

/**
 * A ribbon command has no pane of its own: the error is saved in the workbook for the pane to show, and the pane
 * is opened where Office allows it (shared runtime).
 */
async function report(error: PaneError): Promise<void> {
  await saveLastError(error).catch(() => undefined);
  await (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin?.showAsTaskpane?.().catch(() => undefined);
}

Office.onReady(() => {
  Office.actions?.associate?.('applyRag', applyRag);
  Office.actions?.associate?.('clearRag', clearRag);
});
// Non-shared runtimes call ExecuteFunction commands by global name.
(globalThis as Record<string, unknown>).applyRag = applyRag;
(globalThis as Record<string, unknown>).clearRag = clearRag;
