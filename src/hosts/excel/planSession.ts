/// <reference types="office-js" />
/**
 * What the pane and the ribbon commands do, each as one function around an Excel request context: read the
 * active sheet, assess it with the core, apply or clear. The core never sees Excel objects.
 */
import { assessWorkbook, type WorkbookAssessment } from '../../core/plan/assess';
import { buildBoardPack, type BoardPack } from '../../core/plan/boardPack';
import { buildFormatPlan, type FormatOptions } from '../../core/plan/formatPlan';
import { blankCells } from '../../core/grid';
import type { LayoutOverride } from '../../core/layout/types';
import { applyFormatPlan, clearFormatPlan, fingerprintOf, HostError, readWorkbook, type Capabilities, type WorkbookRead } from './excelHost';

/** What travels with the workbook (Workbook settings): the mapping, the as-of date, BRAG and the register. */
export interface PlanSettings {
  asOf?: string;
  brag?: boolean;
  rowTint?: boolean;
  layout?: LayoutOverride;
  /** The SIIP register sheet found at detection, read again on each apply. */
  registerSheet?: string | null;
}

export interface SessionResult {
  read: WorkbookRead;
  assessment: WorkbookAssessment;
  /** True when the sheet's states text changed since the last apply (from the journal's fingerprint). */
  changedSinceApply: boolean | null;
}

/** Reads and assesses the active sheet (one sync). */
export async function detect(context: Excel.RequestContext, caps: Capabilities, settings: PlanSettings, asOf: string): Promise<SessionResult> {
  const read = await readWorkbook(context, caps, settings.registerSheet ? [settings.registerSheet] : []);
  // read the sheet as the user left it: the last apply's key cells (about to be cleared) count as empty
  const own = read.journal && read.sheets.find((x) => x.name === read.journal!.sheet);
  if (own) blankCells(own.grid, read.journal!.added);
  const assessment = assess(read, settings, asOf);
  const fp = fingerprint(assessment);
  return { read, assessment, changedSinceApply: read.journal ? read.journal.fingerprint !== fp : null };
}

/** Reads, assesses and applies (three syncs in all). */
export async function applyRag(context: Excel.RequestContext, caps: Capabilities, settings: PlanSettings, asOf: string): Promise<SessionResult> {
  const result = await detect(context, caps, settings, asOf);
  const { read, assessment } = result;
  if (read.protectedSheets.includes(assessment.sheet)) {
    throw new HostError(assessment.sheet, `the sheet "${assessment.sheet}" is protected, so its formatting cannot change`, 'Unprotect the sheet (Review › Unprotect Sheet), then Apply again.');
  }
  const grid = read.sheets.find((s) => s.name === assessment.sheet)!.grid;
  const options: FormatOptions = { brag: !!settings.brag, rowTint: !!settings.rowTint, key: true, links: true };
  const plan = buildFormatPlan(grid, assessment, assessment.sheet, assessment.register, options);
  await applyFormatPlan(context, plan, read.journal, fingerprint(assessment));
  return { ...result, changedSinceApply: false };
}

/** Prepare for board: apply with the board pack (print layout, RAG column, summary, history). Three syncs. */
export async function prepareForBoard(context: Excel.RequestContext, caps: Capabilities, settings: PlanSettings, asOf: string): Promise<SessionResult & { pack: BoardPack }> {
  const result = await detect(context, caps, settings, asOf);
  const { read, assessment } = result;
  if (read.protectedSheets.includes(assessment.sheet)) {
    throw new HostError(assessment.sheet, `the sheet "${assessment.sheet}" is protected, so its formatting cannot change`, 'Unprotect the sheet (Review › Unprotect Sheet), then try again.');
  }
  const grid = read.sheets.find((s) => s.name === assessment.sheet)!.grid;
  const plan = buildFormatPlan(grid, assessment, assessment.sheet, assessment.register, { brag: !!settings.brag, rowTint: !!settings.rowTint, key: true, links: true, linkOn: 'ref-cell' });
  const pack = buildBoardPack(grid, assessment, assessment.sheet, assessment.register, { brag: !!settings.brag, history: read.history });
  await applyFormatPlan(context, plan, read.journal, fingerprint(assessment), { pack, history: read.history });
  return { ...result, changedSinceApply: false, pack };
}

/** Clears the last apply (two syncs: read the journal, restore). */
export async function clearRag(context: Excel.RequestContext, caps: Capabilities): Promise<boolean> {
  const read = await readWorkbook(context, caps);
  if (read.journal && read.protectedSheets.includes(read.journal.sheet)) {
    throw new HostError(read.journal.sheet, `the sheet "${read.journal.sheet}" is protected`, 'Unprotect the sheet, then Clear again.');
  }
  return clearFormatPlan(context, read.journal);
}

function assess(read: WorkbookRead, settings: PlanSettings, asOf: string): WorkbookAssessment {
  const active = read.sheets.find((s) => s.name === read.active);
  if (!active || active.grid.values.length === 0) {
    throw new HostError(read.active, `the sheet "${read.active}" is empty`, 'Open the sheet that holds the action plan, then try again.');
  }
  const assessment = assessWorkbook(read.sheets, { asOf, sheet: read.active, layout: settings.layout });
  if (!assessment.layout.found) {
    throw new HostError(read.active, assessment.messages.join(' ') || 'no plan table found', 'Open the plan sheet, or set the columns by hand under "Columns".');
  }
  return assessment;
}

function fingerprint(a: WorkbookAssessment): string {
  return fingerprintOf(a.rows.flatMap((r) => [r.status, r.timescale.text, r.cells.rag?.text ?? '']));
}
