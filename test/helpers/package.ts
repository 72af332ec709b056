/**
 * Looking inside .xlsx packages in tests, independently of the host: every part's bytes (read with JSZip), a
 * sheet's XML by name, and XML well-formedness checked with saxes.
 */
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
  const m = new RegExp(`<sheet [^>]*name="${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wb) ?? new RegExp(`<sheet [^>]*r:id="([^"]+)"[^>]*name="${sheet}"`).exec(wb);
  if (!m) throw new Error(`no sheet ${sheet}`);
  const rel = new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  const target = rel![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Throws when a text is not well-formed XML (saxes, a conforming parser). */
export function assertWellFormed(text: string, name: string): void {
  const p = new SaxesParser({ xmlns: false });
  let error: Error | null = null;
  p.on('error', (e) => {
    error ??= e;
  });
  p.write(text).close();
  if (error) throw new Error(`${name}: ${(error as Error).message}`);
}
