import { Database, nativeBinding } from './driver.js';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StateError, UsageError } from '../core/errors.js';
import { finishScrub, scrubPending } from './scrub.js';
import type { Db } from './types.js';
import { SCHEMA_VERSION } from './version.js';

export interface OpenOptions {
  /** Create the file (and its folder) when missing; else a missing file opens as an empty in-memory database. */
  write: boolean;
  /** How long a writer waits for another writer's lock. */
  busyTimeoutMs: number;
  /** Receives the message key of something done on the way that the user must be told (a finished scrub). */
  notice?: (key: string) => void;
}

/**
 * How long a read waits for a lock, whatever the writers' timeout: in WAL mode readers
 * do not wait for writers, but a reader can still meet a lock for a moment (another
 * connection recovering the WAL, or the last one closing, checkpointing and deleting
 * it). SQLite's busy handler then retries the read until this has passed, so a report
 * does not fail with "database is busy" even at TANDEM_BUSY_TIMEOUT_MS=0.
 */
export const READ_WAIT_MS = 3000;

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

/** Brings a database from its `user_version` up to {@link SCHEMA_VERSION} (db/migrate.ts). */
export type Upgrade = (db: Db) => Db;

/**
 * Thrown by {@link connect} without an upgrade when the file's schema is older than the
 * code's (or the file is missing), before anything was written and with the connection
 * closed: the caller loads the migrations (db/open.ts) and opens again. A file needs them
 * once per new version, and every other start need not load them (issue 16).
 */
export class SchemaBehind extends Error {
  constructor(readonly version: number) {
    super(`schema version ${version} is older than ${SCHEMA_VERSION}`);
  }
}

/**
 * Opens the database file, creating it mode 0600 on first write, and brings its schema up
 * to date with `upgrade`; without one, a file that needs it throws {@link SchemaBehind}.
 * The CLI (ctx.db()) opens this way and loads db/open.ts on SchemaBehind; everything else
 * calls openDatabase (db/open.ts), which passes the migrations.
 */
export function connect(path: string, options: OpenOptions, upgrade?: Upgrade): Db {
  const exists = assertSqliteFile(path);
  // A missing file gets the whole schema: nothing is created before the migrations are there.
  if (!exists && !upgrade) throw new SchemaBehind(0);
  if (!exists && !options.write) return upgrade!(configure(new Database(':memory:', { nativeBinding }), options));
  if (!exists) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // SQLite gives the -wal and -shm files the mode of the database file.
    closeSync(openSync(path, 'wx', 0o600));
  }
  const db = new Database(path, { fileMustExist: true, timeout: readWait(options), nativeBinding });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new StateError('error.schemaNewer', { path, version, supported: SCHEMA_VERSION }, 'hint.schemaNewer');
    }
    if (version < SCHEMA_VERSION && !upgrade) throw new SchemaBehind(version);
    configure(db, options);
    if (version < SCHEMA_VERSION) upgrade!(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // A forget whose scrub failed after its commit (a full disk) is finished by the next open.
  if (scrubPending(db) && finishScrub(db, 0) === 'done') options.notice?.('person.forget.scrubFinished');
  return db;
}

function readWait(options: OpenOptions): number {
  return Math.max(READ_WAIT_MS, Math.floor(options.busyTimeoutMs));
}

/**
 * Write transactions wait for another writer as long as asked (TANDEM_BUSY_TIMEOUT_MS),
 * everything else as long as {@link READ_WAIT_MS}: the busy timeout is switched around
 * the outermost transaction of `db.transaction(...)`, the one way tandem writes.
 */
function writersWaitAsAsked(db: Db, writerMs: number, readerMs: number): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = transaction(fn);
    const timed =
      (variant: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        if (db.inTransaction) return variant(...args);
        db.pragma(`busy_timeout = ${writerMs}`);
        try {
          return variant(...args);
        } finally {
          db.pragma(`busy_timeout = ${readerMs}`);
        }
      };
    return Object.assign(timed(tx), {
      default: timed(tx.default),
      deferred: timed(tx.deferred),
      immediate: timed(tx.immediate),
      exclusive: timed(tx.exclusive),
    });
  }) as Db['transaction'];
}

function configure(db: Db, options: OpenOptions): Db {
  db.pragma(`busy_timeout = ${readWait(options)}`);
  writersWaitAsAsked(db, Math.max(0, Math.floor(options.busyTimeoutMs)), readWait(options));
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
