import { Database, nativeBinding } from './driver.js';
import { StateError, type Params } from '../core/errors.js';
import { migrate } from './migrate.js';
import { SCHEMA_VERSION } from './schema.js';
import { rowCounts } from './tables.js';
import type { Db } from './types.js';

/** A fault found by a check, as a message key with its values (rendered at the edge). */
export interface Problem {
  key: string;
  params: Params;
}

/** The result of `tandem db check`. */
export interface CheckReport {
  ok: boolean;
  path: string;
  schemaVersion: number;
  supportedVersion: number;
  schema: { ok: boolean; problems: Problem[] };
  integrity: { ok: boolean; problems: Problem[] };
  foreignKeys: { ok: boolean; violations: { table: string; rowid: number | null; parent: string }[] };
  tables: Record<string, number>;
}

/**
 * Checks a database file without changing it: schema version and shape, integrity and
 * foreign keys. It is not migrated; a connection in query-only mode cannot write.
 */
export function checkDatabase(path: string, busyTimeoutMs: number): CheckReport {
  const db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs, nativeBinding });
  try {
    db.pragma('query_only = ON');
    try {
      db.pragma('user_version', { simple: true });
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (code === 'SQLITE_NOTADB') throw new StateError('error.notSqlite', { path });
      throw error;
    }
    // One read snapshot for all checks; a damaged file may end the transaction on its own.
    db.exec('BEGIN');
    try {
      return inspect(db, path);
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } finally {
    db.close();
  }
}

/** SQLite's own report of a damaged file, passed on as it is. */
const sqlite = (detail: string): Problem => ({ key: 'admin.check.sqlite', params: { detail } });

/** The checks of an open database (also run on every backup copy before it is kept). */
export function inspect(db: Db, path: string): CheckReport {
  const version = db.pragma('user_version', { simple: true }) as number;
  const report: CheckReport = {
    ok: false,
    path,
    schemaVersion: version,
    supportedVersion: SCHEMA_VERSION,
    schema: { ok: true, problems: [] },
    integrity: { ok: true, problems: [] },
    foreignKeys: { ok: true, violations: [] },
    tables: {},
  };
  const corrupt = (error: unknown): Problem[] => {
    const code = String((error as { code?: unknown }).code);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return [sqlite((error as Error).message)];
    throw error;
  };
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    report.integrity = { ok: problems.length === 0, problems: problems.map(sqlite) };
  } catch (error) {
    report.integrity = { ok: false, problems: corrupt(error) };
  }
  try {
    const violations = (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map((v) => ({
      table: v.table,
      rowid: v.rowid,
      parent: v.parent,
    }));
    report.foreignKeys = { ok: violations.length === 0, violations };
  } catch (error) {
    report.foreignKeys = { ok: false, violations: [] };
    report.integrity.problems.push(...corrupt(error));
    report.integrity.ok = false;
  }
  if (version > SCHEMA_VERSION) {
    report.schema = { ok: false, problems: [{ key: 'admin.check.newer', params: { version, supported: SCHEMA_VERSION } }] };
  } else {
    try {
      report.schema = compareSchema(db, version);
    } catch (error) {
      report.schema = { ok: false, problems: corrupt(error) };
    }
  }
  if (report.integrity.ok) {
    try {
      report.tables = rowCounts(db);
    } catch (error) {
      report.integrity = { ok: false, problems: corrupt(error) };
    }
  }
  report.ok = report.schema.ok && report.integrity.ok && report.foreignKeys.ok;
  return report;
}

type SchemaEntry = { type: string; name: string; sql: string | null };

/** Compares tables, indexes and triggers with what the migrations create at that version. */
export function compareSchema(db: Db, version: number): { ok: boolean; problems: Problem[] } {
  const read = (d: Db) =>
    new Map(
      (d.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as SchemaEntry[]).map(
        (e) => [e.name, e],
      ),
    );
  const mem = new Database(':memory:', { nativeBinding });
  let expected: Map<string, SchemaEntry>;
  try {
    migrate(mem, version);
    expected = read(mem);
  } finally {
    mem.close();
  }
  const actual = read(db);
  const problems: Problem[] = [];
  for (const [name, e] of expected) {
    const a = actual.get(name);
    if (!a) problems.push({ key: 'admin.check.missing', params: { type: e.type, name } });
    else if (a.type !== e.type || a.sql !== e.sql) problems.push({ key: 'admin.check.differs', params: { type: e.type, name, version } });
  }
  for (const [name, a] of actual) if (!expected.has(name)) problems.push({ key: 'admin.check.unexpected', params: { type: a.type, name } });
  return { ok: problems.length === 0, problems };
}
