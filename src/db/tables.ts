import { DERIVED_TABLES } from './totals.js';
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
  'setting',
  'survey_report_log',
  'topic_label',
];

export type Value = string | number | null;
export type Row = Record<string, Value>;

export interface Column {
  name: string;
  pk: number;
}

/** An SQL identifier, quoted. */
export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The user tables of a database in export order; derived tables (session totals) are not among them. */
export function tableNames(db: Db): string[] {
  const names = (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as {
      name: string;
    }[]
  )
    .map((r) => r.name)
    .filter((name) => !DERIVED_TABLES.includes(name));
  const rank = (name: string) => {
    const i = TABLE_ORDER.indexOf(name);
    return i < 0 ? TABLE_ORDER.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The columns of a table in declaration order. */
export function columnsOf(db: Db, table: string): Column[] {
  return db.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as Column[];
}

/** The ORDER BY of a table's rows: its primary key, else the rowid. */
export function orderBy(columns: Column[]): string {
  const pk = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return pk.length ? pk.map((c) => quote(c.name)).join(', ') : 'rowid';
}

/** An INSERT of every column of a table, parameters in column order. */
export function insertAll(db: Db, table: string, columns: string[]) {
  return db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
}

/** Rows in every table (an import restores into an empty database only). */
export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of tableNames(db)) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  }
  return counts;
}

/** True when no table holds a row. */
export function isEmpty(db: Db): boolean {
  return Object.values(rowCounts(db)).every((n) => n === 0);
}
