/// <reference types="office-js" />
/**
 * The pane's only contact with Office: settings stored in the workbook, requirement-set checks, and errors
 * turned into messages a person can act on.
 */
import { HostError, type Capabilities } from '../hosts/excel/excelHost';
import type { PlanSettings } from '../hosts/excel/planSession';

const SETTINGS_KEY = 'plan-rag';

/** What the pane shows when something goes wrong: where, what, and what to do. */
export interface PaneError {
  origin: string;
  message: string;
  action: string;
}

export function capabilities(): Capabilities {
  const req = Office.context.requirements;
  return { mergedAreas: req.isSetSupported('ExcelApi', '1.13') };
}

/** True when this Excel has the API set the add-in needs (ExcelApi 1.9). */
export function hasMinimumApi(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

/** The settings saved in this workbook (they travel with the file). */
export function loadSettings(): PlanSettings {
  const raw = Office.context.document.settings.get(SETTINGS_KEY) as PlanSettings | null;
  return raw && typeof raw === 'object' ? raw : {};
}

export function saveSettings(settings: PlanSettings): Promise<void> {
  Office.context.document.settings.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
  );
}

const LAST_ERROR_KEY = 'plan-rag-last-error';

/** Keeps a ribbon command's error in the workbook, for the pane to show when it opens. */
export function saveLastError(error: PaneError): Promise<void> {
  Office.context.document.settings.set(LAST_ERROR_KEY, error);
  return new Promise((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
}

/** The last ribbon command's error, if any, removed once read. */
export function takeLastError(): PaneError | null {
  const e = Office.context.document.settings.get(LAST_ERROR_KEY) as PaneError | null;
  if (!e) return null;
  Office.context.document.settings.remove(LAST_ERROR_KEY);
  Office.context.document.settings.saveAsync(() => undefined);
  return e;
}

/** Turns anything thrown into a message for the pane. */
export function toPaneError(err: unknown, origin = 'Excel'): PaneError {
  if (err instanceof HostError) return { origin: err.origin, message: err.message, action: err.action };
  const e = err as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  switch (e?.code) {
    case 'AccessDenied':
    case 'InvalidOperationInCellEditMode':
      return { origin, message: e.code === 'AccessDenied' ? 'Excel refused the change: the sheet or workbook is protected.' : 'Excel is busy: a cell is being edited.', action: e.code === 'AccessDenied' ? 'Unprotect the sheet, then try again.' : 'Press Enter or Esc to finish editing the cell, then try again.' };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { origin, message: 'The plan is too large for Excel on the web to send in one request.', action: 'Use Excel on the desktop for this workbook, or split the plan across sheets.' };
    case 'ApiNotFound':
      return { origin, message: 'This version of Excel lacks an API the add-in needs.', action: 'Update Office, or use Excel on the web.' };
    default:
      return { origin, message: e?.message ?? String(err), action: 'Try again. If it keeps happening, Clear and Apply again.' };
  }
}

/** Today's date, local time, as YYYY-MM-DD (the host may read the clock; the core never does). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
