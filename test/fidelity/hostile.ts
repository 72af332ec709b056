/**
 * Hostile workbooks: the sample plan rebuilt in the shapes other producers write (prefixed SpreadsheetML, cells
 * and rows without addresses, inline strings, no shared strings or styles part, absolute or odd part names, the
 * 1904 date system, chartsheets and dialogsheets, zip variants, BOMs and CR LF). Each is built from the fidelity
 * corpus's base by editing raw XML, or by re-writing the zip with the small writer below.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { crc32 } from '../../src/hosts/xlsx/zip';
import { base, FEATURES, type Bench } from './corpus';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PLAN_PART = 'xl/worksheets/sheet1.xml';
const LISTS = 'xl/worksheets/sheet2.xml';

export interface Variant {
  name: string;
  /** Builds the workbook (null: the tool that makes it is not installed). */
  build(): Promise<Buffer | null>;
  /** Values the host must read, "Sheet!A1" → value. */
  values?: Record<string, string | number | boolean>;
  /** The plan sheet reads as the base's does (default true). */
  sameAsBase?: boolean;
  /** Refused: the error's message matches. */
  refused?: RegExp;
}

async function edited(f: (b: Bench) => Promise<void>): Promise<Buffer> {
  const b = await base();
  await f(b);
  return b.bytes();
}

/** Every unprefixed element of a part put in the main namespace under the prefix `x:`. */
function prefixed(xml: string): string {
  return xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
}

/** Takes the `r` off each cell whose address is the one after the cell before it (and off rows when asked). */
function unaddressed(xml: string, rows: boolean): string {
  return xml.replace(/<row\b([^>]*?)(\/?)>([\s\S]*?)(?=<row\b|<\/sheetData>)/g, (_m, attrs: string, close: string, body: string) => {
    let col = 0;
    const cells = body.replace(/<c r="([A-Z]+)\d+"/g, (m, letters: string) => {
      let n = 0;
      for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
      const keep = n !== col + 1;
      col = n;
      return keep ? m : '<c';
    });
    return `<row${rows ? attrs.replace(/ r="\d+"/, '') : attrs}${close}>${cells}`;
  });
}

function toInline(xml: string, shared: string[], pick: (ref: string) => boolean): string {
  return xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (m, ref: string, a: string, b: string, i: string) => {
    if (!pick(ref)) return m;
    const text = shared[Number(i)];
    return `<c r="${ref}"${a} t="inlineStr"${b}><is>${text}</is></c>`;
  });
}

function sharedItems(sst: string): string[] {
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
}

async function dropPart(b: Bench, part: string, relType: string): Promise<void> {
  b.zip.remove(part);
  await b.edit('[Content_Types].xml', (s) => s.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
  await b.edit('xl/_rels/workbook.xml.rels', (s) => s.replace(new RegExp(`<Relationship [^>]*Type="${R}/${relType}"[^>]*/>`), ''));
}

async function movePart(b: Bench, from: string, to: string, target: string): Promise<void> {
  const text = await b.text(from);
  b.zip.remove(from);
  b.zip.file(to, text);
  const rels = `${from.replace(/[^/]+$/, '')}_rels/${from.replace(/^.*\//, '')}.rels`;
  if (b.zip.file(rels)) {
    const r = await b.text(rels);
    b.zip.remove(rels);
    b.zip.file(`${to.replace(/[^/]+$/, '')}_rels/${to.replace(/^.*\//, '')}.rels`, r);
  }
  await b.edit('[Content_Types].xml', (s) => s.replace(`PartName="/${from}"`, `PartName="/${to}"`));
  await b.edit('xl/_rels/workbook.xml.rels', (s) => s.replace(`Target="${from.replace(/^xl\//, '')}"`, `Target="${target}"`));
}

/** A date style (numFmtId 14) appended to cellXfs; returns its index. */
async function dateStyle(b: Bench): Promise<number> {
  let n = 0;
  await b.edit('xl/styles.xml', (s) =>
    s.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, c: string, inner: string) => {
      n = Number(c);
      return `<cellXfs count="${n + 1}">${inner}<xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>`;
    }),
  );
  return n;
}

/** The sample with timescale cells D17 and D14 as real dates (31 Mar 2015, 31 Jan 2015: not yet due), 1900 or 1904 system. */
async function withDates(b: Bench, system1904: boolean): Promise<void> {
  const xf = await dateStyle(b);
  const shift = system1904 ? 1462 : 0;
  await b.edit(PLAN_PART, (s) =>
    s
      .replace(/<c r="D17" [^>]*>[\s\S]*?<\/c>/, `<c r="D17" s="${xf}"><v>${42094 - shift}</v></c>`)
      .replace(/<c r="D14" [^>]*>[\s\S]*?<\/c>/, `<c r="D14" s="${xf}"><v>${42035 - shift}</v></c>`),
  );
  // an ISO date cell (t="d") is the same date in either system
  await b.edit(LISTS, (s) => s.replace('</sheetData>', `<row r="6"><c r="A6" s="${xf}" t="d"><v>2015-03-31T00:00:00</v></c></row></sheetData>`));
  if (system1904) await b.edit('xl/workbook.xml', (s) => s.replace('<workbookPr ', '<workbookPr date1904="1" '));
}

// --- zip ----------------------------------------------------------------------------------------------------------

export interface ZipItem {
  name: string;
  data: Buffer;
  stored?: boolean;
  descriptor?: boolean;
}

/** Writes a zip the way other tools do: stored or deflated entries, data descriptors, a comment, zip64 records. */
export function writeTestZip(items: ZipItem[], options: { comment?: string; zip64?: boolean } = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const it of items) {
    const name = Buffer.from(it.name, 'utf8');
    const data = it.stored ? it.data : deflateRawSync(it.data);
    const crc = crc32(it.data) >>> 0;
    const flags = it.descriptor ? 8 : 0;
    const z64 = !!options.zip64;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(it.stored ? 0 : 8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(it.descriptor ? 0 : crc, 14);
    const localExtra = z64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (z64) {
      localExtra.writeUInt16LE(1, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(it.descriptor ? 0 : it.data.length), 4);
      localExtra.writeBigUInt64LE(BigInt(it.descriptor ? 0 : data.length), 12);
      local.writeUInt32LE(0xffffffff, 18);
      local.writeUInt32LE(0xffffffff, 22);
    } else {
      local.writeUInt32LE(it.descriptor ? 0 : data.length, 18);
      local.writeUInt32LE(it.descriptor ? 0 : it.data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const parts = [local, name, localExtra, data];
    if (it.descriptor) {
      const d = Buffer.alloc(z64 ? 24 : 16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      if (z64) {
        d.writeBigUInt64LE(BigInt(data.length), 8);
        d.writeBigUInt64LE(BigInt(it.data.length), 16);
      } else {
        d.writeUInt32LE(data.length, 8);
        d.writeUInt32LE(it.data.length, 12);
      }
      parts.push(d);
    }
    const extra = z64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(it.data.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const rec = Buffer.alloc(46);
    rec.writeUInt32LE(0x02014b50, 0);
    rec.writeUInt16LE(z64 ? 45 : 20, 4);
    rec.writeUInt16LE(z64 ? 45 : 20, 6);
    rec.writeUInt16LE(flags, 8);
    rec.writeUInt16LE(it.stored ? 0 : 8, 10);
    rec.writeUInt16LE(0x21, 14);
    rec.writeUInt32LE(crc, 16);
    rec.writeUInt32LE(z64 ? 0xffffffff : data.length, 20);
    rec.writeUInt32LE(z64 ? 0xffffffff : it.data.length, 24);
    rec.writeUInt16LE(name.length, 28);
    rec.writeUInt16LE(extra.length, 30);
    rec.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    central.push(Buffer.concat([rec, name, extra]));
    const all = Buffer.concat(parts);
    chunks.push(all);
    offset += all.length;
  }
  const cd = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const tail: Buffer[] = [];
  if (options.zip64) {
    const e64 = Buffer.alloc(56);
    e64.writeUInt32LE(0x06064b50, 0);
    e64.writeBigUInt64LE(44n, 4);
    e64.writeUInt16LE(45, 12);
    e64.writeUInt16LE(45, 14);
    e64.writeBigUInt64LE(BigInt(items.length), 24);
    e64.writeBigUInt64LE(BigInt(items.length), 32);
    e64.writeBigUInt64LE(BigInt(cd.length), 40);
    e64.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(e64, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : items.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : items.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...chunks, cd, ...tail, end, comment]);
}

async function itemsOf(bytes: Buffer): Promise<ZipItem[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: ZipItem[] = [];
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.push({ name, data: await f.async('nodebuffer') });
  return out;
}

async function rezipped(f: (items: ZipItem[]) => ZipItem[], options: { comment?: string; zip64?: boolean } = {}): Promise<Buffer> {
  return writeTestZip(f(await itemsOf(await (await base()).bytes())), options);
}

/** The base saved as .ods by LibreOffice and that .ods saved as .xlsx again (null without LibreOffice). */
async function throughLibreOffice(): Promise<Buffer | null> {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
  } catch {
    return null;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-lo-'));
  try {
    await fs.writeFile(path.join(dir, 'plan.xlsx'), await (await base()).bytes());
    const lo = (to: string, file: string, out: string) =>
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', out, file], {
        stdio: 'pipe',
        timeout: 120_000,
      });
    lo('ods', path.join(dir, 'plan.xlsx'), dir);
    lo('xlsx:Calc MS Excel 2007 XML', path.join(dir, 'plan.ods'), path.join(dir, 'out'));
    return await fs.readFile(path.join(dir, 'out', 'plan.xlsx'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function throughExcelJS(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await (await base()).bytes()) as unknown as ArrayBuffer);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// --- the variants ---------------------------------------------------------------------------------------------------

const CHARTSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`;
const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`;
const DIALOGSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dialogsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></dialogsheet>`;

async function addSheet(b: Bench, name: string, part: string, relType: string, contentType: string, xml: string, state = ''): Promise<void> {
  await b.part(part, xml, contentType);
  const rid = await b.rel('xl/workbook.xml', `${R}/${relType}`, part.replace(/^xl\//, ''));
  await b.edit('xl/workbook.xml', (s) =>
    s.replace('</sheets>', `<sheet name="${name}" sheetId="${9 + (s.match(/<sheet /g) ?? []).length}"${state} r:id="${rid}"/></sheets>`),
  );
}

export const VARIANTS: Variant[] = [
  {
    name: 'cells without r (consecutive cells unaddressed, as some generators write)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => unaddressed(s, false))),
  },
  {
    name: 'rows and cells without r',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => unaddressed(s, true))),
  },
  {
    name: 'rows out of order (invalid, but each row has its number: read by number)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/(<row r="5"[\s\S]*?<\/row>)(<row r="6"[\s\S]*?<\/row>)/, '$2$1'))),
  },
  {
    name: 'cells out of order in a row (invalid, but each cell has its address: read by address)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/(<c r="B5"[^>]*>[\s\S]*?<\/c>)(<c r="C5"[^>]*>[\s\S]*?<\/c>)/, '$2$1'))),
  },
  {
    name: 'a cell given twice (invalid)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/<c r="C5"/, '<c r="B5"'))),
    refused: /cell B5 twice/,
  },
  {
    name: 'a row given twice (invalid)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/<row r="6"/, '<row r="5"'))),
    refused: /row 5 twice/,
  },
  {
    name: 'namespace-prefixed SpreadsheetML (x:) in sheets, workbook, shared strings and styles',
    build: () =>
      edited(async (b) => {
        for (const p of [PLAN_PART, LISTS, 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) await b.edit(p, prefixed);
      }),
  },
  {
    name: 'inline strings in the plan sheet (every text cell of columns B to G)',
    build: () =>
      edited(async (b) => {
        const shared = sharedItems(await b.text('xl/sharedStrings.xml'));
        await b.edit(PLAN_PART, (s) => toInline(s, shared, (ref) => /^[B-G]/.test(ref)));
      }),
  },
  {
    name: 'formula strings (t="str"), booleans and errors (t="e") on another sheet; rich text with phonetic runs',
    build: () =>
      edited(async (b) => {
        await b.edit(LISTS, (s) =>
          s.replace(
            '</sheetData>',
            '<row r="6"><c r="A6" t="str"><f>"Red"&amp;"dy"</f><v>Reddy</v></c><c r="B6" t="b"><v>1</v></c><c r="C6" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D6" t="e"><v>#N/A</v></c><c r="E6" t="d"><v>2015-03-31T00:00:00</v></c></row></sheetData>',
          ),
        );
        // "Objective" (a header the plan needs) as runs with a phonetic guide
        await b.edit('xl/sharedStrings.xml', (s) =>
          s.replace(
            '<si><t>Objective</t></si>',
            '<si><r><rPr><b/><sz val="11"/></rPr><t>Obj</t></r><r><t>ective</t></r><rPh sb="0" eb="3"><t>オブ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
          ),
        );
      }),
    values: { 'Lists!A6': 'Reddy', 'Lists!B6': true, 'Lists!C6': '#DIV/0!', 'Lists!D6': '#N/A', 'Lists!E6': 42094, 'Business Plan 2014-15!B4': 'Objective' },
  },
  {
    name: 'no sharedStrings part (every string inline)',
    build: () =>
      edited(async (b) => {
        const shared = sharedItems(await b.text('xl/sharedStrings.xml'));
        await b.edit(PLAN_PART, (s) => toInline(s, shared, () => true));
        await dropPart(b, 'xl/sharedStrings.xml', 'sharedStrings');
      }),
  },
  {
    name: 'no styles part',
    build: () =>
      edited(async (b) => {
        for (const p of [PLAN_PART]) await b.edit(p, (s) => s.replace(/ s="\d+"/g, ''));
        await dropPart(b, 'xl/styles.xml', 'styles');
      }),
  },
  {
    name: 'an empty cellXfs',
    build: () =>
      edited(async (b) => {
        await b.edit(PLAN_PART, (s) => s.replace(/ s="\d+"/g, ''));
        await b.edit('xl/styles.xml', (s) => s.replace(/<cellXfs count="\d+">[\s\S]*?<\/cellXfs>/, '<cellXfs count="0"/>'));
      }),
  },
  {
    name: 'absolute relationship targets (/xl/worksheets/sheet1.xml, /xl/workbook.xml)',
    build: () =>
      edited(async (b) => {
        await b.edit('xl/_rels/workbook.xml.rels', (s) => s.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
        await b.edit('_rels/.rels', (s) => s.replace('Target="xl/workbook.xml"', 'Target="/xl/workbook.xml"'));
      }),
  },
  {
    name: 'sheet part with a capital letter (xl/worksheets/Sheet1.xml)',
    build: () => edited((b) => movePart(b, PLAN_PART, 'xl/worksheets/Sheet1.xml', 'worksheets/Sheet1.xml')),
  },
  {
    name: 'sheet part in another folder (xl/ws/s.xml), styles reached through ..',
    build: () =>
      edited(async (b) => {
        await movePart(b, PLAN_PART, 'xl/ws/s.xml', 'ws/s.xml');
        await b.edit('xl/_rels/workbook.xml.rels', (s) => s.replace('Target="styles.xml"', 'Target="../xl/./styles.xml"'));
      }),
  },
  {
    name: 'workbook part not named workbook.xml (xl/book.xml)',
    build: () =>
      edited(async (b) => {
        const wb = await b.text('xl/workbook.xml');
        const rels = await b.text('xl/_rels/workbook.xml.rels');
        b.zip.remove('xl/workbook.xml');
        b.zip.remove('xl/_rels/workbook.xml.rels');
        b.zip.file('xl/book.xml', wb);
        b.zip.file('xl/_rels/book.xml.rels', rels);
        await b.edit('[Content_Types].xml', (s) => s.replace('PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"'));
        await b.edit('_rels/.rels', (s) => s.replace('Target="xl/workbook.xml"', 'Target="xl/book.xml"'));
      }),
  },
  {
    name: 'dates in the timescale column (1900 date system)',
    build: () => edited((b) => withDates(b, false)),
    sameAsBase: false,
    values: { 'Business Plan 2014-15!D17': 42094, 'Business Plan 2014-15!D14': 42035, 'Lists!A6': 42094 },
  },
  {
    name: 'dates in the timescale column, 1904 date system (date1904="1")',
    build: () => edited((b) => withDates(b, true)),
    sameAsBase: false,
    values: { 'Business Plan 2014-15!D17': 42094, 'Business Plan 2014-15!D14': 42035, 'Lists!A6': 42094 },
  },
  {
    name: 'a chartsheet and a dialogsheet among the sheets',
    build: () =>
      edited(async (b) => {
        await b.part('xl/drawings/drawing9.xml', DRAWING, 'application/vnd.openxmlformats-officedocument.drawing+xml');
        await addSheet(
          b,
          'Chart1',
          'xl/chartsheets/sheet1.xml',
          'chartsheet',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
          CHARTSHEET,
        );
        b.zip.file(
          'xl/chartsheets/_rels/sheet1.xml.rels',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
        );
        await addSheet(
          b,
          'Dialog1',
          'xl/dialogsheets/sheet1.xml',
          'dialogsheet',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml',
          DIALOGSHEET,
        );
      }),
  },
  {
    name: 'a very hidden sheet',
    build: () => edited((b) => b.edit('xl/workbook.xml', (s) => s.replace('<sheet name="Lists" ', '<sheet name="Lists" state="veryHidden" '))),
  },
  {
    name: 'no <dimension>',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/<dimension [^>]*\/>/, ''))),
  },
  {
    name: 'a wrong <dimension> (A1)',
    build: () => edited((b) => b.edit(PLAN_PART, (s) => s.replace(/<dimension [^>]*\/>/, '<dimension ref="A1"/>'))),
  },
  {
    name: 'UTF-8 byte-order marks, standalone="no" and no XML declaration',
    build: () =>
      edited(async (b) => {
        for (const p of [PLAN_PART, 'xl/sharedStrings.xml', 'xl/workbook.xml'])
          b.zip.file(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(await b.text(p), 'utf8')]));
        await b.edit('xl/styles.xml', (s) => s.replace('standalone="yes"', 'standalone="no"'));
        await b.edit(LISTS, (s) => s.replace(/^<\?xml[^>]*\?>\s*/, ''));
      }),
  },
  {
    name: 'CR LF between elements in every XML part',
    build: () =>
      edited(async (b) => {
        for (const [name, f] of Object.entries(b.zip.files)) {
          if (f.dir || !/\.(xml|rels)$/.test(name)) continue;
          await b.edit(name, (s) => s.replace(/\?>\n/, '?>\r\n').replace(/>(?=<(?!\/))/g, '>\r\n'));
        }
      }),
  },
  {
    name: "CR LF and indentation inside the plan sheet's hyperlinks, cols and page elements (as pretty-printing tools write them)",
    build: () =>
      edited(async (b) => {
        await FEATURES.find((f) => f.name.startsWith('internal and external hyperlinks'))!.add(b);
        await b.edit(PLAN_PART, (s) => s.replace(/<pageSetup [^>]*\/>/, '<pageSetup paperSize="9" orientation="portrait"/>'));
        await b.sheetChild(PLAN_PART, 'headerFooter', '<headerFooter><oddHeader>&amp;CPlan</oddHeader><oddFooter>&amp;P</oddFooter></headerFooter>');
        const indent = (inner: string) => inner.replace(/>(?=<)/g, '>\r\n    ');
        await b.edit(PLAN_PART, (s) =>
          s
            .replace(/<hyperlinks>([\s\S]*?)<\/hyperlinks>/, (_m, inner: string) => `<hyperlinks>\r\n    ${indent(inner)}\r\n  </hyperlinks>`)
            .replace(/<cols>([\s\S]*?)<\/cols>/, (_m, inner: string) => `<cols>\r\n    ${indent(inner)}\r\n  </cols>`)
            .replace(/<headerFooter>([\s\S]*?)<\/headerFooter>/, (_m, inner: string) => `<headerFooter>\r\n    ${indent(inner)}\r\n  </headerFooter>`)
            .replace(/>(?=<(?:hyperlinks|cols|pageSetup|headerFooter|pageMargins|sheetData)\b)/g, '>\r\n  '),
        );
      }),
  },
  {
    name: 'UTF-16 (little-endian, with a byte-order mark) plan sheet, shared strings and workbook',
    build: () =>
      edited(async (b) => {
        for (const p of [PLAN_PART, 'xl/sharedStrings.xml', 'xl/workbook.xml']) {
          const text = (await b.text(p)).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
          b.zip.file(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        }
      }),
  },
  {
    name: 'xml:space="preserve" and character references (&#10; &#x9;) in shared strings',
    build: () =>
      edited(async (b) => {
        await b.edit('xl/sharedStrings.xml', (s) =>
          s
            .replace(/<\/sst>/, '<si><t xml:space="preserve">  two\tlines&#10;and&#x9;a tab </t></si></sst>')
            .replace(/uniqueCount="(\d+)"/, (_m, n) => `uniqueCount="${Number(n) + 1}"`),
        );
        const n = sharedItems(await b.text('xl/sharedStrings.xml')).length - 1;
        await b.edit(LISTS, (s) => s.replace('</sheetData>', `<row r="6"><c r="A6" t="s"><v>${n}</v></c></row></sheetData>`));
      }),
    values: { 'Lists!A6': '  two\tlines\nand\ta tab ' },
  },
  {
    name: 'Google Sheets export shape: <definedNames/> and <calcPr/> empty, sheetPr outlinePr, col attributes in another order, an empty drawing',
    build: () =>
      edited(async (b) => {
        await b.edit('xl/workbook.xml', (s) => s.replace(/<definedNames>[\s\S]*?<\/definedNames>/, '<definedNames/>').replace(/<calcPr [^>]*\/>/, '<calcPr/>'));
        await b.part('xl/drawings/drawing1.xml', DRAWING, 'application/vnd.openxmlformats-officedocument.drawing+xml');
        const rid = await b.rel(PLAN_PART, `${R}/drawing`, '../drawings/drawing1.xml');
        await b.edit(PLAN_PART, (s) =>
          s
            .replace('<dimension ', '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><dimension ')
            .replace('<sheetFormatPr ', '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr ')
            .replace(/<col min="(\d+)" max="(\d+)" width="([\d.]+)" customWidth="1"\/>/g, '<col customWidth="1" min="$1" max="$2" width="$3"/>')
            .replace('</worksheet>', `<drawing r:id="${rid}"/></worksheet>`),
        );
      }),
  },
  {
    name: 'written by LibreOffice (the base saved as .ods, then as .xlsx)',
    build: throughLibreOffice,
    sameAsBase: false,
    values: { 'Business Plan 2014-15!B4': 'Objective', 'Business Plan 2014-15!D4': 'Timescale', 'Lists!B2': 'Red' },
  },
  {
    name: 'written by ExcelJS (the base loaded and saved)',
    build: throughExcelJS,
    values: { 'Lists!B2': 'Red' },
  },
  // zip variants
  { name: 'zip: stored (uncompressed) entries', build: () => rezipped((items) => items.map((i) => ({ ...i, stored: true }))) },
  { name: 'zip: data descriptors (bit 3) on every entry', build: () => rezipped((items) => items.map((i) => ({ ...i, descriptor: true }))) },
  { name: 'zip: an archive comment', build: () => rezipped((items) => items, { comment: 'written by a hostile tool' }) },
  { name: 'zip: entries in reverse order', build: () => rezipped((items) => [...items].reverse()) },
  {
    name: 'zip: directory entries',
    build: () =>
      rezipped((items) => [{ name: 'xl/', data: Buffer.alloc(0), stored: true }, { name: 'xl/worksheets/', data: Buffer.alloc(0), stored: true }, ...items]),
  },
  { name: 'zip: zip64 records', build: () => rezipped((items) => items, { zip64: true }) },
  {
    name: 'zip: the same entry name twice (invalid)',
    build: () => rezipped((items) => [...items, { ...items.find((i) => i.name === PLAN_PART)! }]),
    refused: /twice/,
  },
  {
    name: 'zip: names differing only in case (invalid in a package)',
    build: () => rezipped((items) => [...items, { ...items.find((i) => i.name === PLAN_PART)!, name: 'xl/worksheets/SHEET1.xml' }]),
    refused: /twice/,
  },
];
