/// <reference types="office-js" />
/**
 * What the pane and the ribbon commands do in Excel: the core session (`src/core/session/session.ts`) over the
 * Excel host. Nothing here decides; it turns the workbook's saved settings into session options.
 */
import type { LayoutOverride } from '../../core/layout/types';
import { apply, clear, detect, removeRecords, type ApplyOutcome, type ClearOutcome, type Detected, type SessionOptions } from '../../core/session/session';
import { ExcelHost, type ExcelApiSupport, type ExcelRunner } from './excelHost';

/** What travels with the workbook (Workbook settings): the mapping, the as-of date, BRAG, tint and the register. */
export interface PlanSettings {
  asOf?: string;
  brag?: boolean;
  rowTint?: boolean;
  layout?: LayoutOverride;
  /** The SIIP register sheet: a name, null for none, absent to look for one. */
  registerSheet?: string | null;
}

/** The session options for these settings, as of a date. */
export function optionsOf(settings: PlanSettings, asOf: string, extra: Partial<SessionOptions> = {}): SessionOptions {
  return { asOf, brag: !!settings.brag, rowTint: !!settings.rowTint, layout: settings.layout, registerSheet: settings.registerSheet, ...extra };
}

export function excelHost(api: ExcelApiSupport, run: ExcelRunner): ExcelHost {
  return new ExcelHost(run, api);
}

/** Reads and assesses the active sheet (two round trips). */
export function detectPlan(host: ExcelHost, settings: PlanSettings, asOf: string): Promise<Detected> {
  return detect(host, optionsOf(settings, asOf));
}

/** Applies RAG to the active sheet. */
export function applyRag(host: ExcelHost, settings: PlanSettings, asOf: string): Promise<ApplyOutcome> {
  return apply(host, optionsOf(settings, asOf));
}

/** Prepare for board: apply with the board pack. */
export function prepareForBoard(host: ExcelHost, settings: PlanSettings, asOf: string): Promise<ApplyOutcome> {
  return apply(host, optionsOf(settings, asOf, { board: true }));
}

/** Clears the last apply, leaving what people changed since. */
export function clearRag(host: ExcelHost): Promise<ClearOutcome> {
  return clear(host);
}

/** Removes plan-rag's records (the way out of a record that cannot be read). */
export function removePlanRagRecords(host: ExcelHost): Promise<{ removed: string[] }> {
  return removeRecords(host);
}
