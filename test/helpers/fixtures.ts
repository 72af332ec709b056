import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import { JOURNAL_SHEET } from '../../src/core/host/journal';

export const SAMPLES = path.join(__dirname, '..', '..', 'samples');
export const V12 = path.join(SAMPLES, 'cscb-business-plan-v12.xlsx');
export const V12_MERGED = path.join(SAMPLES, 'cscb-business-plan-v12-merged-siip.xlsx');
export const NYSCB = path.join(SAMPLES, 'nyscb-business-plan-2008.xlsx');

/** Reads a sample workbook's sheets as the CLI does. */
export async function sheetsOf(file: string): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readSheets(wb, (name) => name === JOURNAL_SHEET);
}

export async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
