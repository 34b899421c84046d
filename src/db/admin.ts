import { Database, nativeBinding } from './driver.js';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { StateError, UsageError } from '../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type { Db } from './types.js';

/**
 * Tables in dependency order (parents first): the order of an export's `tables` and of
 * the inserts of an import. A table added by a later migration is appended here; a
 * test fails while one is missing. Unknown tables sort last, by name.
 */
export const TABLE_ORDER: readonly string[] = [
  'person',
  'round',
  'participant',
  'pair',
  'exclusion',
  'session',
  'session_mentor',
  'goal',
  'survey',
  'survey_response',
];

export type Value = string | number | null;
export type Row = Record<string, Value>;

/** The document of `tandem export`, read back by `tandem import`. */
export interface ExportDoc {
  tandem: 1;
  schemaVersion: number;
  tables: Record<string, Row[]>;
}

interface Column {
  name: string;
  pk: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The user tables of a database in export order. */
export function tableNames(db: Db): string[] {
  const names = (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const rank = (name: string) => {
    const i = TABLE_ORDER.indexOf(name);
    return i < 0 ? TABLE_ORDER.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function columnsOf(db: Db, table: string): Column[] {
  return db.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as Column[];
}

function orderBy(columns: Column[]): string {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return pk.length ? pk.map((c) => quote(c.name)).join(', ') : 'rowid';
}

/** Every row of every table, by primary key, in one read snapshot (consistent while others write). */
export function exportDatabase(db: Db): ExportDoc {
  return db.transaction(() => {
    const tables: Record<string, Row[]> = {};
    for (const table of tableNames(db)) {
      const columns = columnsOf(db, table);
      const stmt = db.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(table)} ORDER BY ${orderBy(columns)}`);
      stmt.safeIntegers(true);
      const rows: Row[] = [];
      for (const raw of stmt.iterate() as Iterable<Record<string, unknown>>) {
        const row: Row = {};
        for (const c of columns) row[c.name] = jsonValue(raw[c.name], table, c.name);
        rows.push(row);
      }
      tables[table] = rows;
    }
    return { tandem: 1 as const, schemaVersion: db.pragma('user_version', { simple: true }) as number, tables };
  })();
}

function jsonValue(value: unknown, table: string, column: string): Value {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new StateError('admin.export.unsupportedValue', { table, column });
    }
    return Number(value);
  }
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  // No tandem column holds BLOBs or non-finite reals; such a value was not written by tandem.
  throw new StateError('admin.export.unsupportedValue', { table, column });
}

/** The export as text: stable key order, one row per line (diffable, and compact for large files). */
export function formatExport(doc: ExportDoc): string {
  const tables = Object.entries(doc.tables).map(([name, rows]) => {
    const body = rows.length ? `[\n${rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]` : '[]';
    return `    ${JSON.stringify(name)}: ${body}`;
  });
  return `{\n  "tandem": ${doc.tandem},\n  "schemaVersion": ${doc.schemaVersion},\n  "tables": {\n${tables.join(',\n')}\n  }\n}\n`;
}

const LONE_SURROGATE = /\p{Cs}/u;
const text = z
  .string()
  .refine((s) => !LONE_SURROGATE.test(s), 'is not well-formed Unicode')
  .refine((s) => !s.includes('\0'), 'contains a NUL character');
const DocSchema = z.strictObject({
  tandem: z.literal(1),
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([text, z.number(), z.null()])))),
});

/** Parses and validates an export document; any fault is a usage error (exit 2) naming the first problem. */
export function parseExport(bytes: Uint8Array, file: string): ExportDoc {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message.slice(0, 200) : 'not valid UTF-8 text';
    throw new UsageError('admin.import.notJson', { file, detail });
  }
  const result = DocSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').slice(1) : '(document)';
    throw new UsageError('admin.import.invalid', { file, detail: `${where}: ${issue.message}` }, 'admin.import.hintFormat');
  }
  return result.data as ExportDoc;
}

/** Rows in every table (an import restores into an empty database only). */
export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of tableNames(db)) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  }
  return counts;
}

export function isEmpty(db: Db): boolean {
  return Object.values(rowCounts(db)).every((n) => n === 0);
}

function applyMigrations(db: Db, from: number, to: number, migrations: readonly string[]): void {
  for (let version = from; version < to; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * Loads a document into a private in-memory database of the document's schema version,
 * where every constraint is checked without touching the real file, then upgrades it
 * with the later migrations. Returns the document as of the newest version.
 */
export function upgradeDocument(doc: ExportDoc, file: string, migrations: readonly string[] = MIGRATIONS): ExportDoc {
  if (doc.schemaVersion > migrations.length) {
    throw new StateError('admin.import.newer', { file, version: doc.schemaVersion, supported: migrations.length }, 'hint.schemaNewer');
  }
  const mem = new Database(':memory:', { nativeBinding });
  try {
    applyMigrations(mem, 0, doc.schemaVersion, migrations);
    const invalid = (detail: string) => new UsageError('admin.import.invalid', { file, detail }, 'admin.import.hintFormat');
    const tables = tableNames(mem);
    for (const name of Object.keys(doc.tables)) {
      if (!tables.includes(name)) throw invalid(`tables.${name}: unknown table at schema version ${doc.schemaVersion}`);
    }
    mem.pragma('foreign_keys = OFF');
    mem.transaction(() => {
      for (const table of tables) {
        const rows = doc.tables[table];
        if (!rows) throw invalid(`tables.${table}: missing`);
        const columns = columnsOf(mem, table).map((c) => c.name);
        const insert = mem.prepare(
          `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        rows.forEach((row, i) => {
          const where = `tables.${table}[${i}]`;
          const keys = Object.keys(row);
          const unknown = keys.find((k) => !columns.includes(k));
          if (unknown !== undefined) throw invalid(`${where}: unknown column "${unknown}"`);
          const missing = columns.find((c) => !(c in row));
          if (missing !== undefined) throw invalid(`${where}: missing column "${missing}"`);
          try {
            insert.run(columns.map((c) => row[c]));
          } catch (error) {
            const message = (error as Error).message;
            if (!/^SQLITE_/.test(String((error as { code?: unknown }).code))) throw error;
            throw invalid(`${where}: ${message}`);
          }
        });
      }
    })();
    const fk = mem.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
    if (fk.length) {
      const first = fk[0]!;
      throw invalid(`tables.${first.table} (rowid ${first.rowid}): refers to a missing ${first.parent} row (${fk.length} such reference(s))`);
    }
    mem.pragma('foreign_keys = ON');
    applyMigrations(mem, doc.schemaVersion, migrations.length, migrations);
    return exportDatabase(mem);
  } finally {
    mem.close();
  }
}

/**
 * Writes a (checked, current-version) document into an empty database in one immediate
 * transaction: a crash leaves either everything or nothing. Returns rows per table.
 */
export function importDocument(db: Db, doc: ExportDoc, onProgress?: (done: number, total: number) => void): Record<string, number> {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== doc.schemaVersion) throw new StateError('admin.import.versionMismatch', { version: doc.schemaVersion, target: version });
  const total = Object.values(doc.tables).reduce((n, rows) => n + rows.length, 0);
  return db
    .transaction(() => {
      if (!isEmpty(db)) throw new StateError('admin.import.notEmpty', {}, 'admin.import.hintEmpty');
      const counts: Record<string, number> = {};
      let done = 0;
      for (const table of tableNames(db)) {
        const rows = doc.tables[table] ?? [];
        const columns = columnsOf(db, table).map((c) => c.name);
        const insert = db.prepare(
          `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) {
          insert.run(columns.map((c) => row[c] ?? null));
          if (++done % 1000 === 0) onProgress?.(done, total);
        }
        counts[table] = rows.length;
      }
      onProgress?.(total, total);
      return counts;
    })
    .immediate();
}

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

/** A file-system failure on an output path as a clear error. */
export function fileError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UsageError('admin.error.noFolder', { path });
  if (code === 'EISDIR') return new UsageError('admin.error.isDirectory', { path });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new StateError('admin.error.cantWriteFile', { path });
  if (code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT') return new StateError('admin.error.ioFile', { path });
  return error instanceof Error ? error : new Error(String(error));
}

/** The result of `tandem db check`. */
export interface CheckReport {
  ok: boolean;
  path: string;
  schemaVersion: number;
  supportedVersion: number;
  schema: { ok: boolean; problems: string[] };
  integrity: { ok: boolean; problems: string[] };
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

function inspect(db: Db, path: string): CheckReport {
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
  const corrupt = (error: unknown): string[] => {
    const code = String((error as { code?: unknown }).code);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return [(error as Error).message];
    throw error;
  };
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    report.integrity = { ok: problems.length === 0, problems };
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
    report.schema = { ok: false, problems: [`schema version ${version} is newer than ${SCHEMA_VERSION}, the newest this tandem knows`] };
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
function compareSchema(db: Db, version: number): { ok: boolean; problems: string[] } {
  const read = (d: Db) =>
    new Map(
      (d.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as SchemaEntry[]).map(
        (e) => [e.name, e],
      ),
    );
  const mem = new Database(':memory:', { nativeBinding });
  let expected: Map<string, SchemaEntry>;
  try {
    applyMigrations(mem, 0, version, MIGRATIONS);
    expected = read(mem);
  } finally {
    mem.close();
  }
  const actual = read(db);
  const problems: string[] = [];
  for (const [name, e] of expected) {
    const a = actual.get(name);
    if (!a) problems.push(`${e.type} ${name} is missing`);
    else if (a.type !== e.type || a.sql !== e.sql) problems.push(`${e.type} ${name} differs from schema version ${version}`);
  }
  for (const [name, a] of actual) if (!expected.has(name)) problems.push(`unexpected ${a.type} ${name}`);
  return { ok: problems.length === 0, problems };
}
