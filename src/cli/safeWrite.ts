/**
 * Writing a workbook without ever leaving a half-written one: a temporary file in the same folder, flushed to disk,
 * then renamed over the target (a rename within a folder is atomic). The input is recognised by file identity
 * (device and inode, or the real path), so a symlink or hard link to it is the input too. A workbook open in Excel
 * or LibreOffice (their lock files beside it) is not written over.
 */
import { constants, promises as fs, realpath as realpathCb } from 'fs';
import { promisify } from 'util';
import * as path from 'path';
import { XlsxError } from '../hosts/xlsx/errors';

/** File operations, replaceable in tests (an injected failure, a full disk). */
export interface WriteOps {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

const realpathNative = promisify(realpathCb.native);

const REAL_OPS: WriteOps = { open: fs.open, rename: fs.rename, unlink: fs.unlink };

/** True when two paths are the same file (device and inode; the real path, case-folded where names fold). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  let sa;
  let sb;
  try {
    [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
  } catch {
    return false;
  }
  if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  try {
    const [ra, rb] = await Promise.all([realpathNative(a), realpathNative(b)]);
    const fold = process.platform === 'darwin' || process.platform === 'win32';
    return fold ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
  } catch {
    return false;
  }
}

/** Who has a workbook open, from Excel's or LibreOffice's lock file beside it; null when none is there. */
export async function lockHolder(file: string): Promise<{ lockFile: string; who: string | null; app: string } | null> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const candidates: Array<[string, string]> = [
    [`~$${base}`, 'Excel'],
    [`~$${base.slice(2)}`, 'Excel'],
    [`.~lock.${base}#`, 'LibreOffice'],
  ];
  for (const [name, app] of candidates) {
    const lock = path.join(dir, name);
    let data: Buffer;
    try {
      data = await fs.readFile(lock);
    } catch {
      continue;
    }
    return { lockFile: lock, who: app === 'Excel' ? excelOwner(data) : libreOfficeOwner(data), app };
  }
  return null;
}

/** Excel's owner file: a length byte and the user's name, then (from byte 54) the name again in UTF-16. */
function excelOwner(b: Buffer): string | null {
  if (b.length >= 58) {
    const n = b.readUInt16LE(54);
    if (n > 0 && 56 + n * 2 <= b.length) {
      const s = b
        .subarray(56, 56 + n * 2)
        .toString('utf16le')
        .trim();
      if (s && !hasControl(s)) return s;
    }
  }
  const n = b[0];
  if (n > 0 && n < 54 && 1 + n <= b.length) {
    const s = b
      .subarray(1, 1 + n)
      .toString('latin1')
      .trim();
    if (s && !hasControl(s)) return s;
  }
  return null;
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32) return true;
  return false;
}

/** LibreOffice's lock file: "Name,host,user,date,profile;". */
function libreOfficeOwner(b: Buffer): string | null {
  const first = b
    .toString('utf8')
    .split(/[,;\n]/)[0]
    ?.trim();
  return first ? first : null;
}

/** Refuses to write where a workbook is open in Excel or LibreOffice. */
export async function refuseIfOpen(file: string, what: string): Promise<void> {
  const lock = await lockHolder(file);
  if (!lock) return;
  const who = lock.who ? ` by ${lock.who}` : '';
  throw new XlsxError(
    file,
    `is open in ${lock.app}${who} (lock file ${path.basename(lock.lockFile)})`,
    `Close it there first${what === 'input' ? ', or write a copy with -o' : ''}; if no one has it open, delete the lock file.`,
    'locked',
  );
}

/**
 * Writes bytes to `target` safely: a temporary file beside it, flushed, then renamed over it. On any failure the
 * temporary file is removed and `target` is as it was.
 */
export async function writeSafely(target: string, bytes: Uint8Array, ops: WriteOps = REAL_OPS): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.plan-rag-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  let mode = 0o644;
  try {
    mode = (await fs.stat(target)).mode & 0o7777;
  } catch {
    // a new file
  }
  let handle: fs.FileHandle | null = null;
  try {
    handle = await ops.open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      written += bytesWritten;
    }
    await handle.sync();
    await handle.chmod(mode);
    await handle.close();
    handle = null;
    await ops.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await ops.unlink(tmp).catch(() => undefined);
    throw writeError(err, target);
  }
  // the rename itself is made durable by flushing the folder (not possible on every system)
  try {
    const d = await fs.open(dir, 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    // folders cannot be opened on Windows
  }
}

function writeError(err: unknown, target: string): XlsxError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const dir = path.dirname(path.resolve(target));
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new XlsxError(
      target,
      'could not be written: the disk is full',
      `Nothing was changed (${path.basename(target)} is as it was). Free some space, or write elsewhere with -o.`,
      'not-writable',
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new XlsxError(
      target,
      `could not be written: the folder ${dir} is read-only or not yours to write`,
      'Write the result elsewhere with -o OUT.xlsx.',
      'not-writable',
    );
  if (code === 'ENOENT')
    return new XlsxError(target, `could not be written: the folder ${dir} does not exist`, 'Create it, or choose another place with -o.', 'not-writable');
  return new XlsxError(
    target,
    `could not be written (${code || (err instanceof Error ? err.message : String(err))})`,
    `Nothing was changed. Try again, or write elsewhere with -o.`,
    'not-writable',
  );
}
