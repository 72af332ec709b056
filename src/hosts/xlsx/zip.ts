/**
 * The zip container of an .xlsx package, read and written so that an entry we do not change is copied as it was:
 * its local header, compressed bytes and data descriptor byte for byte, and its central-directory record with
 * only the offset moved. Changed and new entries are deflated with fixed settings and fixed dates, so the same
 * package written twice gives the same bytes.
 */
import * as zlib from 'zlib';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { XlsxError } from './errors';

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts. */
  localOffset: number;
  /** Where its local record (header, data, descriptor) ends: the next record or the central directory. */
  localEnd: number;
  /** Its central-directory record, as stored. */
  central: Buffer;
  /** Offset of the data (after the local header). */
  dataOffset: number;
}

export interface ZipArchive {
  bytes: Buffer;
  entries: ZipEntry[];
  /** The archive comment, kept. */
  comment: Buffer;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function damaged(what: string): XlsxError {
  return new XlsxError('the file', `is damaged: ${what}`, 'Open it in Excel, which offers to repair it, and save a copy.', 'damaged');
}

/** Reads the central directory of a zip archive. */
export function readZip(bytes: Buffer): ZipArchive {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('the zip directory is missing (the file may be truncated)');
  let count = bytes.readUInt16LE(eocd + 10);
  let cdSize = bytes.readUInt32LE(eocd + 12);
  let cdOffset = bytes.readUInt32LE(eocd + 16);
  const commentLength = bytes.readUInt16LE(eocd + 20);
  const comment = Buffer.from(bytes.subarray(eocd + 22, eocd + 22 + commentLength));
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && bytes.readUInt32LE(loc) === EOCD64_LOCATOR) {
      const at = Number(bytes.readBigUInt64LE(loc + 8));
      if (bytes.readUInt32LE(at) !== EOCD64) throw damaged('the zip64 directory is missing');
      count = Number(bytes.readBigUInt64LE(at + 32));
      cdSize = Number(bytes.readBigUInt64LE(at + 40));
      cdOffset = Number(bytes.readBigUInt64LE(at + 48));
    }
  }
  if (cdOffset + cdSize > bytes.length) throw damaged('the zip directory points past the end of the file (the file may be truncated)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw damaged('a zip directory record is broken');
    const method = bytes.readUInt16LE(p + 10);
    const crc = bytes.readUInt32LE(p + 16);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    let localOffset = bytes.readUInt32LE(p + 42);
    const flags = bytes.readUInt16LE(p + 8);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    const extra = bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const z64 = zip64Fields(extra, size === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff);
    if (z64.size !== undefined) size = z64.size;
    if (z64.compressedSize !== undefined) compressedSize = z64.compressedSize;
    if (z64.offset !== undefined) localOffset = z64.offset;
    const end = p + 46 + nameLength + extraLength + commentLen;
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) throw damaged(`the zip entry ${name} is broken`);
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    entries.push({ name, method, crc, compressedSize, size, localOffset, localEnd: 0, central: Buffer.from(bytes.subarray(p, end)), dataOffset });
    p = end;
  }
  // a local record runs to the next one (or to the directory): that takes in any data descriptor
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 0; i < byOffset.length; i++) {
    const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : cdOffset;
    byOffset[i].localEnd = Math.max(next, byOffset[i].dataOffset + byOffset[i].compressedSize);
    if (byOffset[i].dataOffset + byOffset[i].compressedSize > bytes.length)
      throw damaged(`the zip entry ${byOffset[i].name} is cut short (the file may be truncated)`);
  }
  return { bytes, entries, comment };
}

function zip64Fields(extra: Buffer, size: boolean, csize: boolean, offset: boolean): { size?: number; compressedSize?: number; offset?: number; at?: number } {
  let i = 0;
  while (i + 4 <= extra.length) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let q = i + 4;
      const out: { size?: number; compressedSize?: number; offset?: number; at?: number } = {};
      if (size) {
        out.size = Number(extra.readBigUInt64LE(q));
        q += 8;
      }
      if (csize) {
        out.compressedSize = Number(extra.readBigUInt64LE(q));
        q += 8;
      }
      if (offset) {
        out.at = q;
        out.offset = Number(extra.readBigUInt64LE(q));
      }
      return out;
    }
    i += 4 + len;
  }
  return {};
}

/** The uncompressed bytes of an entry. */
export function entryData(zip: ZipArchive, e: ZipEntry): Buffer {
  const raw = zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  let out: Buffer;
  if (e.method === 0) out = Buffer.from(raw);
  else if (e.method === 8) {
    try {
      out = inflateRawSync(raw);
    } catch {
      throw damaged(`the zip entry ${e.name} does not decompress`);
    }
  } else
    throw new XlsxError(
      e.name,
      `is compressed with a method plan-rag cannot read (${e.method})`,
      'Open the workbook in Excel and save it again as .xlsx.',
      'damaged',
    );
  if (crc32(out) >>> 0 !== e.crc >>> 0) throw damaged(`the zip entry ${e.name} fails its checksum`);
  return out;
}

/** New content, compressed: its deflated bytes, CRC-32 and uncompressed size. */
export interface Deflated {
  data: Buffer;
  crc: number;
  size: number;
}

/**
 * What to write for one entry: the original record as it was, new content, or new content already deflated (by
 * `deflateChunks`, with the same settings as here).
 */
export type ZipOut = { name: string; copy: ZipEntry } | { name: string; data: Buffer; like?: ZipEntry } | { name: string; deflated: Deflated; like?: ZipEntry };

/** The deflate level of new content: level 6; level 1 past 4 MB (a 100,000-row sheet, its notes). */
const LARGE = 4_000_000;
function levelFor(size: number): number {
  return size > LARGE ? 1 : 6;
}

/** Deflates content in one piece. */
export function deflateBuffer(data: Buffer): Deflated {
  return { data: deflateRawSync(data, { level: levelFor(data.length) }), crc: crc32(data) >>> 0, size: data.length };
}

/**
 * Deflates content given in pieces, streaming (zlib's output does not depend on how its input is cut, so the bytes
 * are those `deflateBuffer` gives on the pieces joined), without ever holding the whole content: what the archive
 * needs of a part of 100 MB is its compressed bytes. The first 4 MB are held to choose the level.
 */
export async function deflateChunks(pieces: Iterable<Buffer>): Promise<Deflated> {
  const it = pieces[Symbol.iterator]();
  const head: Buffer[] = [];
  let size = 0;
  let crc = 0;
  let r = it.next();
  while (!r.done && size <= LARGE) {
    head.push(r.value);
    size += r.value.length;
    crc = crc32(r.value, crc);
    r = it.next();
  }
  if (r.done && size <= LARGE) return deflateBuffer(head.length === 1 ? head[0] : Buffer.concat(head));
  const d = zlib.createDeflateRaw({ level: levelFor(size) });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    d.on('end', resolve);
    d.on('error', reject);
  });
  const write = async (b: Buffer) => {
    if (!d.write(b)) await new Promise<void>((resolve) => d.once('drain', resolve));
  };
  for (const b of head) await write(b);
  head.length = 0;
  while (!r.done) {
    size += r.value.length;
    crc = crc32(r.value, crc);
    await write(r.value);
    r = it.next();
  }
  d.end();
  await ended;
  return { data: Buffer.concat(out), crc: crc >>> 0, size };
}

/** The date Excel gives every entry (1 January 1980, 00:00), so output never depends on the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** Writes a zip archive: copied entries byte for byte, new ones deflated (level 6; level 1 past 4 MB). */
export function writeZip(zip: ZipArchive | null, out: ZipOut[], comment: Buffer = Buffer.alloc(0)): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const o of out) {
    if ('copy' in o && isZip64(o.copy)) {
      // a zip64 record (sizes kept in an extra field) is written as a plain one, its compressed bytes as they were:
      // the archive this writes is never zip64, and readers (LibreOffice) refuse zip64 records outside one
      const e = o.copy;
      const name = Buffer.from(e.name, 'utf8');
      const data = zip!.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      const [header, rec] = records(
        name,
        e.central.readUInt16LE(8) & 0x800,
        e.method,
        e.central.readUInt16LE(12),
        e.central.readUInt16LE(14),
        e.crc,
        data.length,
        e.size,
        offset,
        e.central.readUInt16LE(4),
        e.central.readUInt32LE(38),
      );
      chunks.push(header, name, data);
      central.push(Buffer.concat([rec, name]));
      offset += 30 + name.length + data.length;
      continue;
    }
    if ('copy' in o) {
      const e = o.copy;
      const local = zip!.bytes.subarray(e.localOffset, e.localEnd);
      const rec = Buffer.from(e.central);
      setOffset(rec, offset);
      chunks.push(local);
      central.push(rec);
      offset += local.length;
      continue;
    }
    const name = Buffer.from(o.name, 'utf8');
    const ascii = /^[\x20-\x7e]*$/.test(o.name);
    // large parts (a 100,000-row sheet, its notes) are deflated faster, a little less tightly
    const deflated = 'deflated' in o ? o.deflated : deflateBuffer(o.data);
    const data = deflated.data;
    const crc = deflated.crc;
    const like = o.like;
    const time = like ? like.central.readUInt16LE(12) : DOS_TIME;
    const date = like ? like.central.readUInt16LE(14) : DOS_DATE;
    const flags = ascii ? 0 : 0x800;
    const [header, rec] = records(
      name,
      flags,
      8,
      time,
      date,
      crc,
      data.length,
      deflated.size,
      offset,
      like ? like.central.readUInt16LE(4) : 20,
      like ? like.central.readUInt32LE(38) : 0,
    );
    chunks.push(header, name, data);
    central.push(Buffer.concat([rec, name]));
    offset += 30 + name.length + data.length;
  }
  if (offset > 0xfffffffe || out.length > 0xfffe) throw new XlsxError('the workbook', 'is too large to write (over 4 GB)', 'Split the workbook.', 'too-large');
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(out.length, 8);
  end.writeUInt16LE(out.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...chunks, cd, end, comment]);
}

/** Does an entry keep its sizes or offset in a zip64 extra field? */
function isZip64(e: ZipEntry): boolean {
  return e.central.readUInt32LE(20) === 0xffffffff || e.central.readUInt32LE(24) === 0xffffffff || e.central.readUInt32LE(42) === 0xffffffff;
}

/** A local header and a central record (each without the name) for an entry with no data descriptor. */
function records(
  name: Buffer,
  flags: number,
  method: number,
  time: number,
  date: number,
  crc: number,
  compressedSize: number,
  size: number,
  offset: number,
  madeBy: number,
  external: number,
): [Buffer, Buffer] {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(time, 10);
  header.writeUInt16LE(date, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  const rec = Buffer.alloc(46);
  rec.writeUInt32LE(CENTRAL, 0);
  rec.writeUInt16LE(madeBy, 4);
  rec.writeUInt16LE(20, 6);
  rec.writeUInt16LE(flags, 8);
  rec.writeUInt16LE(method, 10);
  rec.writeUInt16LE(time, 12);
  rec.writeUInt16LE(date, 14);
  rec.writeUInt32LE(crc, 16);
  rec.writeUInt32LE(compressedSize, 20);
  rec.writeUInt32LE(size, 24);
  rec.writeUInt16LE(name.length, 28);
  rec.writeUInt32LE(external, 38);
  rec.writeUInt32LE(offset, 42);
  return [header, rec];
}

/** Moves a copied central record's local-header offset (in the zip64 extra field where it is kept there). */
function setOffset(rec: Buffer, offset: number): void {
  if (rec.readUInt32LE(42) !== 0xffffffff) {
    rec.writeUInt32LE(offset, 42);
    return;
  }
  const nameLength = rec.readUInt16LE(28);
  const extraLength = rec.readUInt16LE(30);
  const extra = rec.subarray(46 + nameLength, 46 + nameLength + extraLength);
  const f = zip64Fields(extra, rec.readUInt32LE(24) === 0xffffffff, rec.readUInt32LE(20) === 0xffffffff, true);
  if (f.at === undefined) throw damaged('a zip64 record has no offset');
  extra.writeBigUInt64LE(BigInt(offset), f.at);
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

const nativeCrc = (zlib as unknown as { crc32?: (d: Uint8Array, prev?: number) => number }).crc32;

/** CRC-32 of a buffer, or of more bytes after those whose CRC is `prev` (zlib's own where this Node has it, from 20.15). */
export function crc32(data: Uint8Array, prev = 0): number {
  if (nativeCrc) return nativeCrc(data, prev) >>> 0;
  let c = prev ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
