/// <reference types="office-js" />
/**
 * The pane's only contact with Office: the Excel host, settings stored in the workbook, requirement-set checks,
 * and errors turned into messages a person can act on.
 */
import { SessionError } from '../core/session/sessionError';
import { ExcelHost, HostError, type ExcelApiSupport } from '../hosts/excel/excelHost';
import type { PlanSettings } from '../hosts/excel/planSession';

const SETTINGS_KEY = 'plan-rag';

/** What the pane shows when something goes wrong: where, what, and what to do. */
export interface PaneError {
  origin: string;
  message: string;
  action: string;
  /** The session's code ('journal' offers "Remove plan-rag records"). */
  code?: string;
}

export function apiSupport(): ExcelApiSupport {
  const req = Office.context.requirements;
  return { mergedAreas: req.isSetSupported('ExcelApi', '1.13') };
}

/** The Excel host over `Excel.run`. */
export function excel(): ExcelHost {
  return new ExcelHost((batch) => Excel.run(batch), apiSupport());
}

/** True when this Excel has the API set the add-in needs (ExcelApi 1.9). */
export function hasMinimumApi(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

/**
 * True when Excel can tell the add-in's own changes from a person's (ExcelApi 1.14, `triggerSource`). Without it
 * the pane relies on events being switched off while it writes, and on the content check.
 */
export function knowsTriggerSource(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.14');
}

/** The settings saved in this workbook (they travel with the file). */
export function loadSettings(): PlanSettings {
  const raw = Office.context.document.settings.get(SETTINGS_KEY) as PlanSettings | null;
  return raw && typeof raw === 'object' ? raw : {};
}

/**
 * Saves the settings. The pane and the ribbon commands share one runtime (the manifest declares a shared
 * runtime), so they share one copy of the settings and neither overwrites the other's (docs/host-behaviour.md §15).
 */
export function saveSettings(settings: PlanSettings): Promise<void> {
  Office.context.document.settings.set(SETTINGS_KEY, settings);
  return saveAsync();
}

function saveAsync(): Promise<void> {
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
  );
}

const LAST_ERROR_KEY = 'plan-rag-last-error';
const UNDO_TOLD_KEY = 'plan-rag-undo-told';

/** Keeps a ribbon command's error in the workbook, for the pane to show when it opens. */
export function saveLastError(error: PaneError): Promise<void> {
  Office.context.document.settings.set(LAST_ERROR_KEY, error);
  return saveAsync().catch(() => undefined);
}

/** The last ribbon command's error, if any, removed once read. */
export function takeLastError(): PaneError | null {
  const e = Office.context.document.settings.get(LAST_ERROR_KEY) as PaneError | null;
  if (!e) return null;
  Office.context.document.settings.remove(LAST_ERROR_KEY);
  void saveAsync().catch(() => undefined);
  return e;
}

/** True the first time it is asked in this workbook: the pane then says Excel's Undo cannot take back Apply. */
export function firstApplyHere(): boolean {
  if (Office.context.document.settings.get(UNDO_TOLD_KEY)) return false;
  Office.context.document.settings.set(UNDO_TOLD_KEY, true);
  void saveAsync().catch(() => undefined);
  return true;
}

/** Turns anything thrown into a message for the pane, never blaming the person for Excel or Excel for the person. */
export function toPaneError(err: unknown, origin = 'Excel'): PaneError {
  if (err instanceof SessionError) return { origin: err.origin, message: `${capitalise(err.reason)}.`, action: err.action, code: err.code };
  if (err instanceof HostError) return { origin: err.origin, message: err.message, action: err.action };
  const e = err as { code?: string; message?: string };
  switch (e?.code) {
    case 'AccessDenied':
      return {
        origin,
        message: 'Excel refused the change: the sheet or workbook is protected.',
        action: 'Unprotect it (Review › Unprotect Sheet), then try again.',
      };
    case 'InvalidOperationInCellEditMode':
      return { origin, message: 'Excel is busy: a cell is being edited.', action: 'Press Enter or Esc to finish editing the cell, then try again.' };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return {
        origin,
        message: 'This plan is too large for Excel on the web to send in one go.',
        action: 'Open the workbook in Excel on the desktop, or split the plan across sheets.',
      };
    case 'ApiNotFound':
      return {
        origin,
        message: 'This version of Excel lacks something the add-in needs.',
        action: 'Update Office, or use Excel on the web. "Check this workbook\'s Excel" under Help lists what is missing.',
      };
    default:
      return {
        origin,
        message: `Excel reported a problem${e?.code ? ` (${e.code})` : ''}: ${e?.message ?? String(err)}`,
        action: 'Try again. If it happens again, run "Check this workbook\'s Excel" under Help and send its result to whoever supports the add-in.',
      };
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Today's date, local time, as YYYY-MM-DD (the host may read the clock; the core never does). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
