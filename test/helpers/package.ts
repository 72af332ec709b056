/**
 * Looking inside .xlsx packages in tests, independently of the host: every part's bytes (read with JSZip), a
 * sheet's XML by name, XML well-formedness checked with saxes; and every value as the .xlsx host reads it.
 */
import { openXlsx } from '../../src/hosts/xlsx/xlsxHost';
import { a1 } from '../../src/core/grid';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Every part of a package, by name (folders left out). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

/** The part names whose bytes differ between two packages, and those only in one. */
export function partDiff(a: Map<string, Buffer>, b: Map<string, Buffer>): { changed: string[]; added: string[]; removed: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w) removed.push(k);
    else if (!v.equals(w)) changed.push(k);
  }
  for (const k of b.keys()) if (!a.has(k)) added.push(k);
  return { changed: changed.sort(), added: added.sort(), removed: removed.sort() };
}

/** The XML of a sheet by its tab name. */
export async function sheetXmlOf(bytes: Uint8Array, sheet: string): Promise<string> {
  const parts = await partsOf(bytes);
  return parts.get(await sheetPartOf(parts, sheet))!.toString('utf8');
}

export async function sheetPartOf(parts: Map<string, Buffer>, sheet: string): Promise<string> {
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const m =
    new RegExp(`<sheet [^>]*name="${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wb) ??
    new RegExp(`<sheet [^>]*r:id="([^"]+)"[^>]*name="${sheet}"`).exec(wb);
  if (!m) throw new Error(`no sheet ${sheet}`);
  const rel =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  const target = rel![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Throws when a text is not namespace-well-formed XML (saxes, a conforming parser). */
export function assertWellFormed(text: string, name: string): void {
  // with namespaces: a prefix used where it is not declared makes the part unreadable to Excel and LibreOffice
  const p = new SaxesParser({ xmlns: true });
  let error: Error | null = null;
  p.on('error', (e) => {
    error ??= e;
  });
  p.write(text).close();
  if (error) throw new Error(`${name}: ${(error as Error).message}`);
}

/** The stored (compressed) bytes of each zip entry, read from the central directory without any zip library. */
export function rawEntries(bytes: Buffer): Map<string, Buffer> {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const csize = bytes.readUInt32LE(p + 20);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    out.set(name, bytes.subarray(data, data + csize));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Every cell's stored value on every worksheet (type, value or inline text, formula), read with xmldom. */
export function cellValues(parts: Map<string, Buffer>): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DOMParser } = require('@xmldom/xmldom') as typeof import('@xmldom/xmldom');
  const out = new Map<string, string>();
  const wb = parts.get('xl/workbook.xml')!.toString('utf8');
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])![1];
    let part: string;
    try {
      part = sheetPartOfSync(parts, m[0]);
    } catch {
      continue;
    }
    const xml = parts.get(part);
    if (!xml) continue;
    const doc = new DOMParser().parseFromString(xml.toString('utf8'), 'text/xml');
    const cells = doc.getElementsByTagName('c');
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      const kids: string[] = [];
      for (let k = c.firstChild; k; k = k.nextSibling)
        if (k.nodeType === 1 && (k as unknown as { localName: string }).localName !== 'extLst')
          kids.push(`${(k as unknown as { localName: string }).localName}:${k.textContent}`);
      if (kids.length === 0) continue;
      out.set(`${name}!${c.getAttribute('r')}`, `${c.getAttribute('t') ?? 'n'}|${kids.join('|')}`);
    }
  }
  return out;
}

function sheetPartOfSync(parts: Map<string, Buffer>, sheetTag: string): string {
  const rid = /r:id="([^"]+)"/.exec(sheetTag)![1];
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((x) => x[0]).find((x) => x.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** A part's text as an XML parser reads it: UTF-8, or UTF-16 in the order its byte-order mark says (without the mark). */
export function partText(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString('utf16le');
  return data.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Every value of every sheet but plan-rag's journal, by `Sheet!A1` address, as the .xlsx host reads them.
 * @example await workbookValues(bytes) // Map { 'Lists!A6' => '  two\tlines\nand\ta tab ', ... }
 */
export async function workbookValues(bytes: Buffer): Promise<Map<string, unknown>> {
  const host = await openXlsx(bytes);
  const read = await host.read({ sheets: 'all' });
  const out = new Map<string, unknown>();
  for (const g of read.grids) {
    const top = g.grid.origin?.row ?? 0;
    const left = g.grid.origin?.col ?? 0;
    g.grid.values.forEach((row, r) => [...row].forEach((v, c) => v !== null && v !== undefined && out.set(`${g.sheet.name}!${a1(r + top, c + left)}`, v)));
  }
  return out;
}
