import { Database, nativeBinding } from './driver.js';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StateError } from '../core/errors.js';
import { inspect, type CheckReport } from './check.js';
import { fileError } from './files.js';
import type { Db } from './types.js';

/**
 * Copies the database to `target` with SQLite's online backup (a consistent snapshot while
 * others write), into a private temporary file that is checked, flushed and then moved
 * into place; without `force` an existing target is never replaced.
 */
export async function backupDatabase(db: Db, target: string, options: { force: boolean }): Promise<{ bytes: number; check: CheckReport }> {
  const dir = dirname(target);
  const tmp = join(dir, `.tandem-tmp-${basename(target)}-${randomBytes(6).toString('hex')}`);
  try {
    closeSync(openSync(tmp, 'wx', 0o600));
  } catch (error) {
    throw fileError(error, target);
  }
  try {
    // One step copies every page under one read snapshot, so a concurrent writer cannot make it restart.
    await db.backup(tmp, { progress: () => 0x7fffffff });
    const copy = new Database(tmp, { fileMustExist: true, nativeBinding });
    let check: CheckReport;
    try {
      // A backup is one self-contained file; tandem switches it back to WAL when it is opened.
      copy.pragma('journal_mode = DELETE');
      check = inspect(copy, tmp);
    } finally {
      copy.close();
    }
    if (!check.ok) throw new StateError('admin.backup.checkFailed', { file: target });
    check.path = target;
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) {
      renameSync(tmp, target);
    } else {
      try {
        // link() fails when the target exists: no window in which another file could be replaced.
        linkSync(tmp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StateError('admin.backup.exists', { file: target }, 'admin.backup.hintForce');
        throw fileError(error, target);
      }
      unlinkSync(tmp);
    }
    syncDir(dir);
    return { bytes: statSync(target).size, check };
  } finally {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) {
      try {
        unlinkSync(f);
      } catch {
        // not there
      }
    }
  }
}

/** Makes a rename in a folder durable; not every file system allows fsync on a folder. */
function syncDir(dir: string): void {
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
