// ExcelJS-based (the old rewrite path): the CLI no longer uses it (it patches the package: see xlsxHost.ts). Kept for
// the tests and fakes that build or read fixtures with ExcelJS; never used to write a user's file.
import JSZip from 'jszip';

/** Parts of an .xlsx that ExcelJS does not carry through a read and write. */
const UNSUPPORTED: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /^xl\/charts\//, what: 'charts' },
  { pattern: /^xl\/pivotTables\//, what: 'pivot tables' },
  { pattern: /^xl\/pivotCache\//, what: 'pivot caches' },
  { pattern: /^xl\/vbaProject\.bin$/, what: 'macros' },
  { pattern: /^xl\/media\//, what: 'images' },
  { pattern: /^xl\/drawings\/(?!vmlDrawing)/, what: 'drawings or shapes' },
  { pattern: /^xl\/slicers\//, what: 'slicers' },
  { pattern: /^xl\/slicerCaches\//, what: 'slicers' },
  { pattern: /^xl\/timelines\//, what: 'timelines' },
  { pattern: /^xl\/externalLinks\//, what: 'links to other workbooks' },
  { pattern: /^xl\/customXml|^customXml\//, what: 'custom XML parts' },
  { pattern: /^xl\/activeX\//, what: 'ActiveX controls' },
  { pattern: /^xl\/ctrlProps\//, what: 'form controls' },
  { pattern: /^xl\/threadedComments\//, what: 'threaded comments' },
  { pattern: /^xl\/persons\//, what: 'threaded comments' },
  { pattern: /^xl\/model\//, what: 'a data model' },
  { pattern: /^xl\/queryTables\//, what: 'queries' },
  { pattern: /^xl\/connections\.xml$/, what: 'data connections' },
];

/**
 * Lists what in an .xlsx package would be lost if ExcelJS rewrote it (charts, pivot tables, macros, images...).
 * An empty list means the file can be written in place safely.
 */
export async function unsupportedParts(data: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const found = new Set<string>();
  zip.forEach((path) => {
    for (const u of UNSUPPORTED) if (u.pattern.test(path)) found.add(u.what);
  });
  return [...found];
}

/** True when the bytes start like a zip archive (every .xlsx does). */
export function looksLikeZip(data: Buffer | Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}
