import { Database, nativeBinding } from './driver.js';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StateError, UsageError } from '../core/errors.js';
import { migrate } from './migrate.js';
import { SCHEMA_VERSION } from './schema.js';
import type { Db } from './types.js';

export interface OpenOptions {
  /** Create the file (and its folder) when missing; else a missing file opens as an empty in-memory database. */
  write: boolean;
  /** How long a writer waits for another writer's lock. */
  busyTimeoutMs: number;
}

const HEADER = 'SQLite format 3\0';

/** Checks, without writing anything, that an existing file is a SQLite database. */
function assertSqliteFile(path: string): boolean {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return false;
  }
  if (stat.isDirectory()) throw new UsageError('error.dbIsDirectory', { path });
  if (stat.size === 0) return true;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const read = readSync(fd, buf, 0, 16, 0);
    if (read < 16 || buf.toString('latin1') !== HEADER) throw new StateError('error.notSqlite', { path });
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Opens the database file, creating it mode 0600 on first write, and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions): Db {
  const exists = assertSqliteFile(path);
  if (!exists && !options.write) return migrate(configure(new Database(':memory:', { nativeBinding }), options));
  if (!exists) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // SQLite gives the -wal and -shm files the mode of the database file.
    closeSync(openSync(path, 'wx', 0o600));
  }
  const db = new Database(path, { fileMustExist: true, timeout: options.busyTimeoutMs, nativeBinding });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StateError('error.schemaNewer', { path, version, supported: SCHEMA_VERSION }, 'hint.schemaNewer');
    }
    return migrate(configure(db, options));
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Db, options: OpenOptions): Db {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
  if (db.name !== ':memory:' && db.pragma('journal_mode', { simple: true }) !== 'wal') {
    db.pragma('journal_mode = WAL');
  }
  // FULL: a committed import survives a power cut, not just a crash; imports are one transaction each.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted personal data is overwritten, not just unlinked (person forget).
  db.pragma('secure_delete = ON');
  return db;
}
