/// <reference types="office-js" />
/**
 * Ribbon commands that run without the pane: Apply RAG and Clear RAG, with the settings saved in the workbook.
 */
import { applyRag as applyInExcel, clearRag as clearInExcel } from '../hosts/excel/planSession';
import { capabilities, loadSettings, toPaneError, today } from '../taskpane/officeBridge';

async function applyRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const settings = loadSettings();
    await Excel.run((ctx) => applyInExcel(ctx, capabilities(), settings, settings.asOf ?? today()));
  } catch (err) {
    notify(toPaneError(err).message);
  } finally {
    event.completed();
  }
}

async function clearRag(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run((ctx) => clearInExcel(ctx, capabilities()));
  } catch (err) {
    notify(toPaneError(err).message);
  } finally {
    event.completed();
  }
}

/** Ribbon commands have no pane to show errors in: the status bar notification is the place. */
function notify(message: string): void {
  const item = (Office.context as unknown as { ui?: { displayDialogAsync?: unknown } }).ui;
  void item;
  console.error(`plan-rag: ${message}`);
}

Office.onReady(() => {
  Office.actions?.associate?.('applyRag', applyRag);
  Office.actions?.associate?.('clearRag', clearRag);
});
// Non-shared runtimes call ExecuteFunction commands by global name.
(globalThis as Record<string, unknown>).applyRag = applyRag;
(globalThis as Record<string, unknown>).clearRag = clearRag;
