import { Database, nativeBinding } from './driver.js';
import { StateError } from '../core/errors.js';
import { compareSchema } from './check.js';
import { fileError } from './files.js';
import { rowCounts } from './tables.js';
import type { Db } from './types.js';

const MMAP_BYTES = 1 << 30;

/** What a backup holds: its schema version and the rows per table. */
export interface BackupSummary {
  schemaVersion: number;
  tables: Record<string, number>;
}

/**
 * Copies the database into `temp` (an empty private file the caller flushes and moves into
 * place as `target`) with SQLite's online backup: a consistent snapshot while others write,
 * page by page, so the copy is exactly as sound as the database. It is then read back: the
 * schema must be what the migrations make and every table must count. (The full integrity
 * check reads every page again and would cost ten times the copy: `db check` on the backup.)
 */
export async function backupInto(db: Db, temp: string, target: string): Promise<BackupSummary> {
  // One step copies every page under one read snapshot, so a concurrent writer cannot make it restart;
  // pages read through a memory map need no copy into SQLite's cache (a quarter faster on a large file).
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  try {
    await db.backup(temp, { progress: () => 0x7fffffff });
  } finally {
    db.pragma('mmap_size = 0');
  }
  const copy = new Database(temp, { fileMustExist: true, nativeBinding });
  try {
    // A backup is one self-contained file; tandem switches it back to WAL when it is opened.
    copy.pragma('journal_mode = DELETE');
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const faults = compareSchema(copy, schemaVersion).problems.length;
    if (faults) throw new StateError('admin.backup.checkFailed', { file: target });
    return { schemaVersion, tables: rowCounts(copy) };
  } catch (error) {
    const code = String((error as { code?: unknown }).code);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw new StateError('admin.backup.checkFailed', { file: target });
    throw error;
  } finally {
    copy.close();
  }
}

/** A file-system failure of a backup; an existing target (without --force) is left as it was. */
export function backupFileError(error: unknown, path: string): Error {
  if ((error as NodeJS.ErrnoException | null)?.code === 'EEXIST') return new StateError('admin.backup.exists', { file: path }, 'admin.backup.hintForce');
  return fileError(error, path);
}
