import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { oneLine, StateError, UsageError } from '../core/errors.js';

export interface AtomicWriteOptions {
  /** File mode of the new file; default 0600 (reports hold names and emails). */
  mode?: number;
}

/**
 * Writes a file atomically: the data goes to a temporary file in the same folder
 * (mode 0600, created exclusively), is flushed to disk, and then renamed over the
 * target, so a reader (or a cron job killed half-way) sees the old file or the new
 * one, never half of one. The temporary file exists only while the bytes are written;
 * callers render everything in memory first.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const mode = options.mode ?? 0o600;
  const dir = dirname(path);
  assertWritableTarget(path, dir);
  // A dot-file, so a half-written temporary never looks like a report in a folder listing.
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already renamed or never created
    }
    throw outputError(error, path);
  }
  syncDirectory(dir);
  removeStaleTemporaries(dir, basename(path));
}

/** Temporary files older than this were left by a writer that was killed, not one still writing. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Removes what an earlier writer of the same file left when it was killed mid-write
 * (SIGKILL, power cut): its dot-temporary, once it is older than any write could take.
 */
function removeStaleTemporaries(dir: string, base: string): void {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp$`);
  try {
    for (const name of readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      const file = join(dir, name);
      if (Date.now() - statSync(file).mtimeMs > STALE_MS) unlinkSync(file);
    }
  } catch {
    // best effort: the report itself is written
  }
}

function assertWritableTarget(path: string, dir: string): void {
  let target;
  try {
    target = statSync(path);
  } catch {
    target = undefined;
  }
  if (target?.isDirectory()) throw new UsageError('error.outIsDirectory', { path: shortPath(path) });
  // Renaming over a device or a pipe (/dev/null, /proc/self/mem) would replace it, not write into it.
  if (target && !target.isFile()) throw new UsageError('error.outNotRegular', { path: shortPath(path) });
  let folder;
  try {
    folder = statSync(dir);
  } catch {
    throw new UsageError('error.outFolderMissing', { path: shortPath(path), dir: shortPath(dir) });
  }
  if (!folder.isDirectory()) throw new UsageError('error.outFolderMissing', { path: shortPath(path), dir: shortPath(dir) });
}

/** Every file-system failure becomes one line: the disk's faults exit 1, a path that cannot hold a file exits 2. */
function outputError(error: unknown, full: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const path = shortPath(full);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new StateError('error.outNotWritable', { path });
  if (code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT') return new StateError('error.outIo', { path });
  if (code === 'ENAMETOOLONG') return new UsageError('error.outNameTooLong', { path });
  if (typeof code === 'string') return new UsageError('error.outCannotWrite', { path });
  return error instanceof Error ? error : new Error(String(error));
}

/** Makes the rename itself durable; not every file system allows opening a folder, so best effort. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A path fit for a one-line message: line breaks escaped, a 5,000-character name shown by its ends. */
export function shortPath(path: string): string {
  const line = oneLine(path);
  return line.length <= 160 ? line : `${line.slice(0, 80)}…${line.slice(-60)}`;
}
