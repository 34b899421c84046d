import { Database, nativeBinding } from './driver.js';
import { StateError } from '../core/errors.js';
import { inspect, type CheckReport } from './check.js';
import { fileError } from './files.js';
import type { Db } from './types.js';

/**
 * Copies the database into `temp` (an empty private file the caller moves into place as
 * `target` afterwards) with SQLite's online backup: a consistent snapshot while others
 * write. The copy is checked before it may become the backup.
 */
export async function backupInto(db: Db, temp: string, target: string): Promise<CheckReport> {
  // One step copies every page under one read snapshot, so a concurrent writer cannot make it restart.
  await db.backup(temp, { progress: () => 0x7fffffff });
  const copy = new Database(temp, { fileMustExist: true, nativeBinding });
  let check: CheckReport;
  try {
    // A backup is one self-contained file; tandem switches it back to WAL when it is opened.
    copy.pragma('journal_mode = DELETE');
    check = inspect(copy, target);
  } finally {
    copy.close();
  }
  if (!check.ok) throw new StateError('admin.backup.checkFailed', { file: target });
  return check;
}

/** A file-system failure of a backup; an existing target (without --force) is left as it was. */
export function backupFileError(error: unknown, path: string): Error {
  if ((error as NodeJS.ErrnoException | null)?.code === 'EEXIST') return new StateError('admin.backup.exists', { file: path }, 'admin.backup.hintForce');
  return fileError(error, path);
}
