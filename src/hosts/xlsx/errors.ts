/**
 * Problems with a workbook file that a person can act on: where (the file, a part of it), what happened, and what
 * to do. The CLI prints them as one line.
 */
export type XlsxErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-writable'
  | 'encrypted'
  | 'wrong-format'
  | 'not-workbook'
  | 'damaged'
  | 'malformed-xml'
  | 'too-large'
  | 'strict'
  | 'locked'
  | 'same-file';

export class XlsxError extends Error {
  constructor(
    /** The file, or the part of the package ("xl/worksheets/sheet1.xml"). */
    readonly origin: string,
    /** What is wrong, in plain words (completes "<origin> ..."). */
    readonly reason: string,
    /** What to do about it. */
    readonly action: string,
    readonly code: XlsxErrorCode,
  ) {
    super(`${origin} ${reason}. ${action}`);
    this.name = 'XlsxError';
  }
}

/** Sniffs bytes that are not an Office Open XML zip and says what they are, with the fix. */
export function notAWorkbook(bytes: Uint8Array): XlsxError | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) return null;
  if (b.length >= 4 && (b.readUInt32LE(0) === 0x06054b50 || b.readUInt32LE(0) === 0x08074b50)) return null;
  if (b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1) {
    const has = (name: string) => b.includes(Buffer.from(name, 'utf16le'));
    if (has('EncryptedPackage') || has('EncryptionInfo')) {
      return new XlsxError(
        'the file',
        'is password-protected (encrypted), so plan-rag cannot read it',
        'Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear it), or save a copy without one.',
        'encrypted',
      );
    }
    if (has('WordDocument'))
      return new XlsxError(
        'the file',
        'is an old Word document (.doc), not a workbook',
        'Open the plan in Excel and save it as an Excel Workbook (.xlsx).',
        'wrong-format',
      );
    if (has('Workbook') || has('Book'))
      return new XlsxError(
        'the file',
        'is an old Excel 97-2003 workbook (.xls)',
        'Open it in Excel and save it as an Excel Workbook (.xlsx), then run plan-rag on that.',
        'wrong-format',
      );
    return new XlsxError(
      'the file',
      'is an old Office file (a compound document), not an .xlsx workbook',
      'Open it in Excel and save it as an Excel Workbook (.xlsx).',
      'wrong-format',
    );
  }
  if (b.length === 0) return new XlsxError('the file', 'is empty', 'Check the file name: an .xlsx workbook is never empty.', 'wrong-format');
  const head = b
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (/^\s*<\?xml[^>]*>\s*(<\?mso-application progid="Excel\.Sheet"\?>|<Workbook)/i.test(head)) {
    return new XlsxError(
      'the file',
      'is an Excel 2003 XML spreadsheet, not an .xlsx workbook',
      'Open it in Excel and save it as an Excel Workbook (.xlsx).',
      'wrong-format',
    );
  }
  if (/^\s*<(!doctype html|html|table)/i.test(head)) {
    return new XlsxError(
      'the file',
      'is a web page (HTML) saved with a spreadsheet name, not an .xlsx workbook',
      'Open it in Excel and save it as an Excel Workbook (.xlsx).',
      'wrong-format',
    );
  }
  if (/^%PDF-/.test(head)) return new XlsxError('the file', 'is a PDF, not a workbook', "Use the plan's .xlsx workbook.", 'wrong-format');
  if (isText(b.subarray(0, 4096))) {
    return new XlsxError(
      'the file',
      'is a text file (CSV or similar), not an .xlsx workbook',
      'Open it in Excel and save it as an Excel Workbook (.xlsx): plan-rag records its formatting in the workbook, which text cannot hold.',
      'wrong-format',
    );
  }
  return new XlsxError('the file', 'is not an .xlsx workbook', 'Open the plan in Excel and save it as an Excel Workbook (.xlsx).', 'wrong-format');
}

function isText(b: Buffer): boolean {
  let odd = 0;
  for (const c of b) if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  return odd === 0;
}

/** Says what a zip package is when it is not a spreadsheet (an .ods, a .docx, a .pptx, an .xlsb, any zip). */
export function notASpreadsheetPackage(names: readonly string[], mimetype: string | null, mainType: string | null): XlsxError {
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
    return new XlsxError(
      'the file',
      'is an OpenDocument spreadsheet (.ods), not an .xlsx workbook',
      'Open it in LibreOffice or Excel and save it as Excel 2007-365 (.xlsx).',
      'wrong-format',
    );
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) {
    return new XlsxError(
      'the file',
      `is an OpenDocument file (${mimetype.replace('application/vnd.oasis.opendocument.', '')}), not a workbook`,
      "Use the plan's .xlsx workbook.",
      'wrong-format',
    );
  }
  if (mainType?.includes('wordprocessingml') || names.some((n) => n.toLowerCase() === 'word/document.xml')) {
    return new XlsxError(
      'the file',
      'is a Word document (.docx), not a workbook',
      "Use the plan's .xlsx workbook (if the plan is a table in Word, copy it into Excel and save as .xlsx).",
      'wrong-format',
    );
  }
  if (mainType?.includes('presentationml') || names.some((n) => n.toLowerCase() === 'ppt/presentation.xml')) {
    return new XlsxError('the file', 'is a PowerPoint presentation (.pptx), not a workbook', "Use the plan's .xlsx workbook.", 'wrong-format');
  }
  if (mainType?.includes('sheet.binary') || names.some((n) => /^xl\/workbook\.bin$/i.test(n))) {
    return new XlsxError('the file', 'is an Excel binary workbook (.xlsb)', 'Open it in Excel and save it as an Excel Workbook (.xlsx).', 'wrong-format');
  }
  return new XlsxError('the file', 'is a zip archive but not an Excel workbook (it has no workbook part)', "Use the plan's .xlsx workbook.", 'not-workbook');
}
