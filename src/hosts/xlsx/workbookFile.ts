// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { looksLikeZip } from './inspectPackage';
import { JOURNAL_SHEET } from './journal';

/** An error a person can act on: where it came from and why. */
export class FileError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** Reads an .xlsx file with ExcelJS, with plain messages for a missing file or a file that is not .xlsx. */
export async function loadWorkbook(path: string): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(path, 'no such file');
    if (code === 'EISDIR') throw new FileError(path, 'is a folder, not an .xlsx file');
    throw new FileError(path, `cannot be read (${code ?? String(err)})`);
  }
  if (!looksLikeZip(bytes)) {
    const hint = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 ? ' (an old Excel 97-2003 .xls: save it as .xlsx first)' : '';
    throw new FileError(path, `is not an .xlsx workbook${hint}`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new FileError(path, `could not be read as an .xlsx workbook (${err instanceof Error ? err.message : String(err)})`);
  }
  return { wb, bytes };
}

/** Sheets the add-in itself made, which are never read as plans. */
export function isOwnSheet(name: string): boolean {
  return name === JOURNAL_SHEET;
}
