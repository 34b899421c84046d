import { closeSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
  writeAtomicStream(path, (write) => write(data), options);
}

/** Text gathered before one write: few system calls, and memory holds one chunk, never the whole file. */
const CHUNK = 1 << 20;

/** Gathers small pieces of text into chunks of about 1 MB for `sink`; call `flush` at the end. */
export function chunked(sink: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) sink(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    flush,
  };
}

/**
 * The atomic write of a text produced in pieces (a streamed export): `produce` hands
 * each piece to `write`, and they reach the private temporary in large chunks.
 * Returns what `produce` returns.
 */
export function writeAtomicStream<R>(
  path: string,
  produce: (write: (data: string | Uint8Array) => void) => R,
  options: AtomicWriteOptions & Pick<AtomicFillOptions, 'fileError'> = {},
): R {
  const mapError = options.fileError ?? outputError;
  let temp: string | undefined;
  try {
    temp = createTemporary(path, options);
    const fd = openSync(temp, 'r+');
    let result: R;
    try {
      const writeAll = (bytes: Uint8Array) => {
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      };
      // Pieces are encoded straight into one buffer, written when it is nearly full.
      const buffer = Buffer.allocUnsafe(4 * CHUNK);
      let used = 0;
      const flush = () => {
        if (used) writeAll(buffer.subarray(0, used));
        used = 0;
      };
      result = produce((data) => {
        if (typeof data === 'string' && data.length * 3 <= buffer.length) {
          if (used + data.length * 3 > buffer.length) flush();
          used += buffer.write(data, used, 'utf8');
          return;
        }
        flush();
        writeAll(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      });
      flush();
    } finally {
      closeSync(fd);
    }
    commitTemporary(temp, path, true);
    return result;
  } catch (error) {
    throw mapError(error, path);
  } finally {
    if (temp !== undefined) discardTemporary(temp);
  }
}

export interface AtomicFillOptions extends AtomicWriteOptions {
  /** Replace an existing target (default); without it an existing target is an EEXIST error and stays as it was. */
  replace?: boolean;
  /** Turns a file-system failure into the caller's error; default: the output errors of reports. */
  fileError?: (error: unknown, path: string) => Error;
}

/**
 * The atomic write for producers that fill a file themselves (a SQLite backup, a streamed
 * export): `fill` gets the path of the private temporary (mode 0600, created
 * exclusively), which is then flushed and moved into place, or removed on any failure.
 * Errors of `fill` itself pass through unchanged.
 */
export async function writeAtomicWith<R>(path: string, fill: (temp: string) => Promise<R> | R, options: AtomicFillOptions = {}): Promise<R> {
  const mapError = options.fileError ?? outputError;
  let temp: string;
  try {
    temp = createTemporary(path, options);
  } catch (error) {
    throw mapError(error, path);
  }
  try {
    const result = await fill(temp);
    try {
      commitTemporary(temp, path, options.replace !== false);
    } catch (error) {
      throw mapError(error, path);
    }
    return result;
  } finally {
    discardTemporary(temp);
  }
}

/** A new, empty, private temporary next to `path`; a dot-file, so it never looks like a report in a folder listing. */
function createTemporary(path: string, options: AtomicWriteOptions): string {
  const dir = dirname(path);
  assertWritableTarget(path, dir);
  const temp = join(dir, `.${basename(path)}.${randomHex(6)}.tmp`);
  closeSync(openSync(temp, 'wx', options.mode ?? 0o600));
  return temp;
}

/** Flushes the temporary and moves it to `path` (link() refuses an existing target: no window to replace one). */
function commitTemporary(temp: string, path: string, replace: boolean): void {
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (replace) renameSync(temp, path);
  else {
    linkSync(temp, path);
    unlinkSync(temp);
  }
  const dir = dirname(path);
  syncDirectory(dir);
  removeStaleTemporaries(dir);
}

/** Removes the temporary and what SQLite may have put beside it; nothing there is fine. */
function discardTemporary(temp: string): void {
  for (const file of [temp, ...SQLITE_SIDE_FILES.map((suffix) => temp + suffix)]) {
    try {
      unlinkSync(file);
    } catch {
      // already moved into place, or never there
    }
  }
}

const SQLITE_SIDE_FILES = ['-journal', '-wal', '-shm'];

/** Temporary files older than this were left by a writer that was killed, not one still writing. */
const STALE_MS = 10 * 60 * 1000;

/**
 * tandem's temporaries (and SQLite's files beside them): today's name, and the
 * `.tandem-tmp-<file>-<hex>` of the backups of earlier versions.
 */
const TEMPORARY = /^(\..+\.[0-9a-f]{12}\.tmp|\.tandem-tmp-.+-[0-9a-f]{12})(-journal|-wal|-shm)?$/;

/**
 * Removes what earlier writers left in this folder when they were killed mid-write
 * (SIGKILL, power cut) — a report's temporary or a backup's full copy of the database —
 * once it is older than any write could take.
 */
function removeStaleTemporaries(dir: string): void {
  try {
    for (const name of readdirSync(dir)) {
      if (!TEMPORARY.test(name)) continue;
      const file = join(dir, name);
      if (Date.now() - statSync(file).mtimeMs > STALE_MS) unlinkSync(file);
    }
  } catch {
    // best effort: the file itself is written
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

/**
 * `bytes` random bytes as hex, from Web Crypto (a global that Node loads on first use):
 * importing node:crypto at start-up cost every command that writes no file.
 */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
