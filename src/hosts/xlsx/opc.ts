/**
 * The package (Open Packaging Conventions) around the workbook: parts by name, their relationships and content
 * types. Parts are read on demand and written back only when changed; a part whose new text equals what it was
 * keeps its original zip entry.
 */
import { deflateChunks, entryData, readZip, writeZip, type ZipArchive, type ZipEntry, type ZipOut } from './zip';
import { XlsxError } from './errors';
import { CLOSE, END, escapeAttr, OPEN, XmlScanner } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  strictOfficeDocument: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

/** Main-part content types of the workbooks plan-rag writes back (.xlsx, .xlsm, templates). */
export const WORKBOOK_TYPES: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': 'xltm',
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points to (resolved), for internal targets. */
  part: string | null;
}

/** The part a relationship target names, from the part holding the relationship. */
export function resolvePart(source: string, target: string): string {
  const t = decodeURIComponent(target.replace(/#.*$/, ''));
  if (t.startsWith('/')) return normalise(t.slice(1));
  const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  return normalise(dir + t);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A target for a relationship from `source` to `part`, relative as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/**
 * A part's content given in pieces (a large part: the plan sheet patched, its notes), never joined into one string
 * or buffer: the zip writer deflates it piece by piece. `pieces` gives the same pieces each time it is called.
 */
export interface Chunked {
  readonly pieces: () => Iterable<string | Buffer>;
}

export type PartContent = string | Buffer | Chunked;

function isChunked(c: PartContent): c is Chunked {
  return typeof c !== 'string' && !Buffer.isBuffer(c);
}

/**
 * A chunked part's pieces as buffers of about 1 MB: text is encoded as UTF-8 straight into the buffer (joining
 * the pieces first made a string of each megabyte, then its bytes: three times slower and twice the garbage).
 */
export function* byteBatches(c: Chunked, batch = 1 << 20): Generator<Buffer> {
  // a piece of n characters takes at most 3n bytes in UTF-8 (a surrogate pair, 2 characters, takes 4)
  const room = (n: number) => Buffer.allocUnsafe(Math.max(batch, 3 * n) + batch);
  let buf: Buffer | null = null;
  let at = 0;
  // a high surrogate that ends a piece waits for the low one that starts the next (joined text would pair them)
  let held = '';
  for (const piece of c.pieces()) {
    if (typeof piece !== 'string') {
      if (held) at = (buf ??= room(1)).write(held, at, 'utf8') + at;
      held = '';
      if (buf && at > 0) yield buf.subarray(0, at);
      buf = null;
      at = 0;
      if (piece.length > 0) yield piece;
      continue;
    }
    let p = held ? held + piece : piece;
    held = '';
    const last = p.charCodeAt(p.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      held = p.slice(-1);
      p = p.slice(0, -1);
    }
    if (p.length === 0) continue;
    if (!buf || at + 3 * p.length > buf.length) {
      if (buf && at > 0) yield buf.subarray(0, at);
      buf = room(p.length);
      at = 0;
    }
    at += buf.write(p, at, 'utf8');
    if (at >= batch) {
      yield buf.subarray(0, at);
      buf = null;
      at = 0;
    }
  }
  if (held) at = (buf ??= room(1)).write(held, at, 'utf8') + at;
  if (buf && at > 0) yield buf.subarray(0, at);
}

/** The bytes of a part's content. */
function contentBytes(c: PartContent): Buffer {
  if (typeof c === 'string') return Buffer.from(c, 'utf8');
  if (!isChunked(c)) return c;
  const all = [...byteBatches(c)];
  return all.length === 1 ? all[0] : Buffer.concat(all);
}

/** A part's content as pieces of text (for searching it without joining it). */
function* textPieces(c: PartContent): Generator<string> {
  if (typeof c === 'string') yield c;
  else if (!isChunked(c)) yield decodeText(c);
  else for (const p of c.pieces()) yield typeof p === 'string' ? p : p.toString('utf8');
}

export class Package {
  readonly zip: ZipArchive;
  private entries = new Map<string, ZipEntry>();
  private texts = new Map<string, string>();
  private original = new Map<string, string>();
  /** Parts of the file as opened and their byte order when UTF-16, null when not (asked once each). */
  private utf16 = new Map<string, 'le' | 'be' | null>();
  private changed = new Map<string, PartContent>();
  private removed = new Set<string>();
  private added: string[] = [];

  constructor(bytes: Buffer) {
    this.zip = readZip(bytes);
    for (const e of this.zip.entries) {
      if (e.name.endsWith('/')) continue;
      // part names are compared without case (OPC): two entries for one part leave it unclear which is the part
      const k = e.name.toLowerCase();
      if (this.entries.has(k)) {
        const first = this.entries.get(k)!.name;
        throw new XlsxError(
          'the file',
          `is damaged: the zip has ${first === e.name ? `the entry ${e.name} twice` : `the entries ${first} and ${e.name}, one part twice (names differ only in case)`}`,
          'Open it in Excel, which offers to repair it, and save a copy.',
          'damaged',
        );
      }
      this.entries.set(k, e);
    }
  }

  /** Every part's name, original ones first. */
  names(): string[] {
    const out: string[] = [];
    for (const e of this.zip.entries) if (!e.name.endsWith('/') && !this.removed.has(e.name.toLowerCase())) out.push(e.name);
    return [...out, ...this.added.filter((n) => this.changed.has(n.toLowerCase()))];
  }

  has(name: string): boolean {
    const k = name.toLowerCase();
    if (this.changed.has(k)) return true;
    return this.entries.has(k) && !this.removed.has(k);
  }

  /** A part's bytes. */
  bytes(name: string): Buffer {
    const k = name.toLowerCase();
    const c = this.changed.get(k);
    if (c !== undefined) return contentBytes(c);
    const e = this.entries.get(k);
    if (!e || this.removed.has(k))
      throw new XlsxError(
        name,
        'is missing from the workbook',
        'The file is damaged: open it in Excel, which offers to repair it, and save a copy.',
        'damaged',
      );
    return entryData(this.zip, e);
  }

  /** A part's text (UTF-8, or UTF-16 with a byte-order mark). */
  text(name: string): string {
    const k = name.toLowerCase();
    const c = this.changed.get(k);
    if (typeof c === 'string') return c;
    let t = this.texts.get(k);
    if (t === undefined) {
      const b = this.bytes(name);
      t = decodeText(b);
      if (this.entries.has(k) && !this.changed.has(k) && !this.utf16.has(k)) this.utf16.set(k, byteOrder(b));
      this.texts.set(k, t);
      if (!this.changed.has(k)) this.original.set(k, t);
    }
    return t;
  }

  /** The byte order of a part of the file as opened that is UTF-16 (a byte-order mark), else null. */
  private utf16Of(k: string): 'le' | 'be' | null {
    let order = this.utf16.get(k);
    if (order === undefined) {
      order = byteOrder(entryData(this.zip, this.entries.get(k)!));
      this.utf16.set(k, order);
    }
    return order;
  }

  /**
   * A part's text in pieces, as it is held (a part changed in pieces is not joined): for a search whose matches are
   * short (a match may span two pieces: `overlap` characters either side of each join are searched too).
   */
  *textPieces(name: string, overlap = 0): Generator<string> {
    const c = this.changed.get(name.toLowerCase());
    if (c === undefined || !isChunked(c)) {
      yield this.text(name);
      return;
    }
    let prev = '';
    for (const p of textPieces(c)) {
      if (overlap > 0 && prev !== '') yield prev.slice(-overlap) + p.slice(0, overlap);
      yield p;
      if (p !== '') prev = p;
    }
  }

  /** Forgets the cached text of a part not changed (to free memory after a large part is read). */
  release(name: string): void {
    const k = name.toLowerCase();
    if (!this.changed.has(k)) {
      this.texts.delete(k);
      this.original.delete(k);
    }
  }

  set(name: string, content: PartContent): void {
    const k = name.toLowerCase();
    // a part the workbook holds in UTF-16 is written back in UTF-16 (its declaration says so)
    if (!Buffer.isBuffer(content) && this.entries.has(k)) {
      const order = this.utf16Of(k);
      if (order) content = encodeUtf16(typeof content === 'string' ? content : [...textPieces(content)].join(''), order);
    }
    // a part removed earlier and written again keeps its place in the zip
    if (this.entries.has(k)) this.removed.delete(k);
    else if (!this.added.some((n) => n.toLowerCase() === k)) this.added.push(name);
    this.changed.set(k, content);
    this.texts.delete(k);
  }

  remove(name: string): void {
    const k = name.toLowerCase();
    this.changed.delete(k);
    this.texts.delete(k);
    if (this.entries.has(k)) this.removed.add(k);
  }

  /** A new part name not yet taken: "xl/worksheets/sheet{n}.xml" with the smallest free n from 1. */
  freeName(pattern: (n: number) => string): string {
    // a name the content types already declare (an override left behind for a part the package lacks) is not
    // free either: taking it would make Clear remove the workbook's own entry
    const types = this.has('[Content_Types].xml') ? this.text('[Content_Types].xml').toLowerCase() : '';
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.has(name) && !types.includes(`partname="/${name.toLowerCase()}"`)) return name;
    }
  }

  /** Was this part in the file as opened (and not changed since)? */
  untouched(name: string): boolean {
    const k = name.toLowerCase();
    return this.entries.has(k) && !this.changed.has(k) && !this.removed.has(k);
  }

  /** The package as bytes: unchanged entries copied as they were. */
  toBytes(): Buffer {
    const out: ZipOut[] = [];
    for (const p of this.outputParts()) {
      if (!p.entry) out.push({ name: p.name, data: contentBytes(p.content!) });
      else if (p.content === undefined) out.push({ name: p.name, copy: p.entry });
      else out.push(this.changedEntry(p.entry, p.key, p.content));
    }
    return writeZip(this.zip, out, this.zip.comment);
  }

  /**
   * The same bytes as `toBytes`, with less held at once: a part given in pieces is deflated piece by piece (in
   * zlib's threads, while the next pieces are made), never joined.
   */
  async toBytesAsync(): Promise<Buffer> {
    const out: ZipOut[] = [];
    for (const p of this.outputParts()) {
      const c = p.content;
      if (c !== undefined && isChunked(c)) {
        const deflated = await deflateChunks(byteBatches(c));
        const e = p.entry;
        // the same size and checksum as it was: compare the bytes themselves (a part put back as it was is copied)
        if (e && deflated.size === e.size && deflated.crc === e.crc >>> 0 && entryData(this.zip, e).equals(contentBytes(c)))
          out.push({ name: p.name, copy: e });
        else out.push(e ? { name: p.name, deflated, like: e } : { name: p.name, deflated });
      } else if (!p.entry) out.push({ name: p.name, data: contentBytes(c!) });
      else if (c === undefined) out.push({ name: p.name, copy: p.entry });
      else out.push(this.changedEntry(p.entry, p.key, c));
    }
    return writeZip(this.zip, out, this.zip.comment);
  }

  /**
   * The parts of the package to write, in order: the entries of the file as opened (less those removed), each with
   * its new content if it changed, then the parts added.
   */
  private *outputParts(): Generator<{ name: string; key: string; entry: ZipEntry | null; content: PartContent | undefined }> {
    for (const e of this.zip.entries) {
      const key = e.name.toLowerCase();
      if (!this.removed.has(key)) yield { name: e.name, key, entry: e, content: this.changed.get(key) };
    }
    for (const name of this.added) {
      const key = name.toLowerCase();
      const content = this.changed.get(key);
      if (content !== undefined) yield { name, key, entry: null, content };
    }
  }

  /** A changed entry of the file as opened, whole: copied as it was when its content is what it was. */
  private changedEntry(e: ZipEntry, k: string, c: PartContent): ZipOut {
    const data = contentBytes(c);
    return this.sameAsOriginal(e, k, c, data) ? { name: e.name, copy: e } : { name: e.name, data, like: e };
  }

  private sameAsOriginal(e: ZipEntry, k: string, c: PartContent, data: Buffer): boolean {
    if (data.length !== e.size) return false;
    const orig = this.original.get(k);
    if (typeof c === 'string' && orig !== undefined) return orig === c;
    return entryData(this.zip, e).equals(data);
  }

  // --- relationships -------------------------------------------------------------------------------------------

  /** The relationships of a part (package relationships for ""). */
  rels(part: string): Rel[] {
    const name = part === '' ? '_rels/.rels' : relsPartOf(part);
    if (!this.has(name)) return [];
    const s = new XmlScanner(this.text(name), name);
    const out: Rel[] = [];
    while (s.next() !== END) {
      if (s.type !== OPEN || s.local !== 'Relationship') continue;
      const target = s.attr('Target') ?? '';
      const external = (s.attr('TargetMode') ?? '') === 'External';
      out.push({ id: s.attr('Id') ?? '', type: s.attr('Type') ?? '', target, external, part: external ? null : resolvePart(part, target) });
    }
    return out;
  }

  /** Adds a relationship; returns its id (the next free "rIdN", or `id` when given and free). */
  addRel(part: string, type: string, target: string, external = false, id?: string): string {
    const name = relsPartOf(part);
    const existing = this.rels(part);
    const used = new Set(existing.map((r) => r.id));
    if (!id || used.has(id)) {
      let n = existing.length + 1;
      while (used.has(`rId${n}`)) n++;
      id = `rId${n}`;
    }
    const el = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ''}/>`;
    if (!this.has(name)) {
      this.set(
        name,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${el}</Relationships>`,
      );
    } else {
      const t = this.text(name);
      const close = t.lastIndexOf('</');
      if (close < 0 || /<Relationships[^>]*\/>\s*$/.test(t))
        this.set(name, t.replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${el}</Relationships>`));
      else this.set(name, t.slice(0, close) + el + t.slice(close));
    }
    return id;
  }

  /** Removes relationships by id; deletes the rels part when none is left. */
  removeRels(part: string, ids: readonly string[]): void {
    if (ids.length === 0) return;
    const name = relsPartOf(part);
    if (!this.has(name)) return;
    const text = removeElements(this.text(name), name, (s) => s.local === 'Relationship' && ids.includes(s.attr('Id') ?? ''));
    if (!/<(\w+:)?Relationship\b/.test(text)) this.remove(name);
    else this.set(name, text);
  }

  // --- content types -------------------------------------------------------------------------------------------

  /** The content type of a part (its override, else the default for its extension). */
  contentType(part: string): string | null {
    const s = new XmlScanner(this.text('[Content_Types].xml'), '[Content_Types].xml');
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    let byExt: string | null = null;
    while (s.next() !== END) {
      if (s.type !== OPEN) continue;
      if (s.local === 'Override' && (s.attr('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) return s.attr('ContentType') ?? null;
      if (s.local === 'Default' && (s.attr('Extension') ?? '').toLowerCase() === ext) byExt = s.attr('ContentType') ?? null;
    }
    return byExt;
  }

  /** Declares a part's content type (an override), or an extension's default. */
  addContentType(part: string, type: string, asDefault = false): void {
    const name = '[Content_Types].xml';
    const t = this.text(name);
    const ext = part.slice(part.lastIndexOf('.') + 1);
    if (asDefault) {
      if (new RegExp(`<(\\w+:)?Default\\s[^>]*Extension="${ext}"`, 'i').test(t)) return;
    } else if (this.contentType(part) === type) return;
    const el = asDefault ? `<Default Extension="${ext}" ContentType="${type}"/>` : `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`;
    const close = t.lastIndexOf('</');
    this.set(name, t.slice(0, close) + el + t.slice(close));
  }

  removeContentType(part: string): void {
    const name = '[Content_Types].xml';
    const t = removeElements(
      this.text(name),
      name,
      (s) => s.local === 'Override' && (s.attr('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase(),
    );
    this.set(name, t);
  }
}

/** Removes the elements a test picks (and their content) from a document. */
export function removeElements(text: string, part: string, pick: (s: XmlScanner) => boolean): string {
  const s = new XmlScanner(text, part);
  const cuts: Array<[number, number]> = [];
  while (s.next() !== END) {
    if (s.type === OPEN && pick(s)) {
      const start = s.start;
      const end = s.skipElement();
      cuts.push([start, end]);
    }
  }
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of cuts) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at);
}

/** Direct children of the root element: local name and span. */
export interface Span {
  local: string;
  name: string;
  start: number;
  end: number;
  /** End of the start tag. */
  openEnd: number;
  selfClosing: boolean;
}

export function rootChildren(text: string, part: string): { root: Span; children: Span[] } {
  const s = new XmlScanner(text, part);
  let root: Span | null = null;
  const children: Span[] = [];
  while (s.next() !== END) {
    if (s.type === OPEN && s.depth === 1) root = { local: s.local, name: s.name, start: s.start, end: text.length, openEnd: s.end, selfClosing: s.selfClosing };
    else if (s.type === OPEN && s.depth === 2) {
      const span: Span = { local: s.local, name: s.name, start: s.start, end: 0, openEnd: s.end, selfClosing: s.selfClosing };
      span.end = s.skipElement();
      children.push(span);
    } else if (s.type === CLOSE && s.depth === 0 && root) root.end = s.end;
  }
  if (!root) new XmlScanner(text, part).fail('no root element', 0);
  return { root: root!, children };
}

/**
 * Where a new child goes so the children stay in schema order: after the last existing child that comes before it
 * in `order`, else right after the root's start tag.
 */
export function insertAt(children: readonly Span[], root: Span, order: readonly string[], local: string): number {
  const rank = order.indexOf(local);
  let at = root.openEnd;
  for (const c of children) {
    const r = order.indexOf(c.local);
    if (r >= 0 && r < rank) at = c.end;
    else if (r < 0 && c.local !== 'AlternateContent') continue;
    else if (r > rank) break;
  }
  return at;
}

/** The byte order of UTF-16 bytes (by their byte-order mark), or null for UTF-8. */
function byteOrder(b: Buffer): 'le' | 'be' | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'be';
  return null;
}

/** Text as UTF-16 with a byte-order mark, in the given byte order. */
function encodeUtf16(text: string, order: 'le' | 'be'): Buffer {
  const b = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (order === 'be') b.swap16();
  return b;
}

function decodeText(b: Buffer): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    const swapped = Buffer.from(b.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return b.toString('utf8');
}
