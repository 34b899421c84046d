import { Database, nativeBinding } from './driver.js';
import { StateError, UsageError, type Params } from '../core/errors.js';
import type { ExportDoc } from './export.js';
import { exportDatabase } from './export.js';
import { migrate } from './migrate.js';
import { MIGRATIONS, type Migration } from './schema.js';
import { columnsOf, insertAll, isEmpty, tableNames } from './tables.js';
import { rebuildTotals } from './totals.js';
import type { Db } from './types.js';

/**
 * Loads a document into a private in-memory database of the document's schema version,
 * where every constraint is checked without touching the real file, then upgrades it
 * with the later migrations. Returns the document as of the newest version.
 */
export function upgradeDocument(doc: ExportDoc, file: string, migrations: readonly Migration[] = MIGRATIONS): ExportDoc {
  if (doc.schemaVersion > migrations.length) {
    throw new StateError('admin.import.newer', { file, version: doc.schemaVersion, supported: migrations.length }, 'hint.schemaNewer');
  }
  const mem = new Database(':memory:', { nativeBinding });
  try {
    migrate(mem, doc.schemaVersion, migrations);
    const invalid = (key: string, params: Params) => new UsageError(key, { file, ...params }, 'admin.import.hintFormat');
    const tables = tableNames(mem);
    for (const name of Object.keys(doc.tables)) {
      if (!tables.includes(name)) throw invalid('admin.import.unknownTable', { table: name, version: doc.schemaVersion });
    }
    mem.pragma('foreign_keys = OFF');
    mem.transaction(() => {
      for (const table of tables) {
        const rows = doc.tables[table];
        if (!rows) throw invalid('admin.import.missingTable', { table });
        const columns = columnsOf(mem, table).map((c) => c.name);
        const insert = insertAll(mem, table, columns);
        rows.forEach((row, i) => {
          const where = `tables.${table}[${i}]`;
          const unknown = Object.keys(row).find((k) => !columns.includes(k));
          if (unknown !== undefined) throw invalid('admin.import.unknownColumn', { where, column: unknown });
          const missing = columns.find((c) => !(c in row));
          if (missing !== undefined) throw invalid('admin.import.missingColumn', { where, column: missing });
          try {
            insert.run(columns.map((c) => row[c]));
          } catch (error) {
            if (!/^SQLITE_/.test(String((error as { code?: unknown }).code))) throw error;
            // SQLite's own words for the broken constraint.
            throw invalid('admin.import.invalid', { detail: `${where}: ${(error as Error).message}` });
          }
        });
      }
    })();
    const fk = mem.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
    if (fk.length) {
      const first = fk[0]!;
      throw invalid('admin.import.danglingReference', { table: first.table, rowid: first.rowid, parent: first.parent, count: fk.length });
    }
    mem.pragma('foreign_keys = ON');
    migrate(mem, migrations.length, migrations);
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
        const insert = insertAll(db, table, columns);
        for (const row of rows) {
          insert.run(columns.map((c) => row[c] ?? null));
          if (++done % 1000 === 0) onProgress?.(done, total);
        }
        counts[table] = rows.length;
      }
      rebuildTotals(db);
      onProgress?.(total, total);
      return counts;
    })
    .immediate();
}
