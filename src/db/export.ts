import { z } from 'zod';
import { StateError, UsageError } from '../core/errors.js';
import { columnsOf, orderBy, quote, tableNames, type Row, type Value } from './tables.js';
import type { Db } from './types.js';

/** The document of `tandem export`, read back by `tandem import`. */
export interface ExportDoc {
  tandem: 1;
  schemaVersion: number;
  tables: Record<string, Row[]>;
}

/** Every row of every table, by primary key, in one read snapshot (consistent while others write). */
export function exportDatabase(db: Db): ExportDoc {
  return db.transaction(() => {
    const tables: Record<string, Row[]> = {};
    for (const table of tableNames(db)) {
      const { names, rows } = tableRows(db, table);
      const list: Row[] = [];
      for (const values of rows) {
        const row: Row = {};
        names.forEach((name, i) => (row[name] = jsonValue(values[i], table, name)));
        list.push(row);
      }
      tables[table] = list;
    }
    return { tandem: 1 as const, schemaVersion: db.pragma('user_version', { simple: true }) as number, tables };
  })();
}

/** A table's column names and its rows as value arrays, by primary key (64-bit integers kept exact). */
function tableRows(db: Db, table: string): { names: string[]; rows: Iterable<unknown[]> } {
  const columns = columnsOf(db, table);
  const stmt = db.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(table)} ORDER BY ${orderBy(columns)}`);
  stmt.safeIntegers(true).raw(true);
  return { names: columns.map((c) => c.name), rows: stmt.iterate() as Iterable<unknown[]> };
}

/**
 * Each row's JSON text, by primary key. In a STRICT table of INTEGER and TEXT columns
 * (every tandem table) SQLite writes the text itself, exactly as JSON.stringify would
 * (a test holds the two to the same bytes), several times faster than building row
 * objects; any other table goes value by value.
 */
function rowTexts(db: Db, table: string): Iterable<string> {
  const columns = columnsOf(db, table);
  const info = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ? AND schema = ?').get(table, 'main') as { strict: number } | undefined;
  const types = db.prepare('SELECT upper(type) AS type FROM pragma_table_info(?)').pluck().all(table) as string[];
  if (info?.strict !== 1 || !columns.length || !types.every((t) => t === 'INTEGER' || t === 'TEXT')) {
    const { names, rows } = tableRows(db, table);
    const text = rowWriter(names);
    return (function* () {
      for (const values of rows) yield text(values.map((v, i) => jsonValue(v, table, names[i]!)));
    })();
  }
  const integers = columns.filter((_, i) => types[i] === 'INTEGER').map((c) => `${quote(c.name)} NOT BETWEEN ${MIN_SAFE} AND ${MAX_SAFE}`);
  const object = `json_object(${columns.map((c) => `${sqlString(c.name)}, ${quote(c.name)}`).join(', ')})`;
  // An integer JSON cannot carry exactly comes back as NULL: refused, as in the value-by-value path.
  const select = integers.length ? `CASE WHEN ${integers.join(' OR ')} THEN NULL ELSE ${object} END` : object;
  const stmt = db.prepare(`SELECT ${select} FROM ${quote(table)} ORDER BY ${orderBy(columns)}`).pluck();
  return (function* () {
    for (const text of stmt.iterate() as Iterable<string | null>) {
      if (text === null) throw new StateError('admin.export.unsupportedValue', { table, column: columns.map((c) => c.name).join(', ') });
      yield text;
    }
  })();
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

function jsonValue(value: unknown, table: string, column: string): Value {
  if (typeof value === 'bigint') {
    if (value > MAX_SAFE || value < MIN_SAFE) throw new StateError('admin.export.unsupportedValue', { table, column });
    return Number(value);
  }
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  // No tandem column holds BLOBs or non-finite reals; such a value was not written by tandem.
  throw new StateError('admin.export.unsupportedValue', { table, column });
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/** The text of one row: what JSON.stringify gives for the row object, with the keys' text made once per table. */
function rowWriter(names: string[]): (values: readonly Value[]) => string {
  const keys = names.map((name, i) => `${i ? ',' : '{'}${JSON.stringify(name)}:`);
  return (values) => {
    let text = '';
    for (let i = 0; i < keys.length; i++) {
      const v = values[i];
      text += keys[i]! + (typeof v === 'string' ? JSON.stringify(v) : v === null || v === undefined ? 'null' : String(v));
    }
    return keys.length ? `${text}}` : '{}';
  };
}

/**
 * The export document as text, in pieces handed to `write` (the one layout of every
 * export: stable key order, one row per line, diffable and compact for large files).
 * `tables` yields each table's name and its rows' JSON texts.
 */
function writeDocument(schemaVersion: number, tables: Iterable<{ name: string; rows: Iterable<string> }>, write: (text: string) => void): number {
  write(`{\n  "tandem": 1,\n  "schemaVersion": ${schemaVersion},\n  "tables": {\n`);
  let count = 0;
  let first = true;
  for (const { name, rows } of tables) {
    write(`${first ? '' : ',\n'}    ${JSON.stringify(name)}: `);
    first = false;
    let n = 0;
    for (const row of rows) write(`${n++ ? ',\n' : '[\n'}      ${row}`);
    write(n ? '\n    ]' : '[]');
    count += n;
  }
  write('\n  }\n}\n');
  return count;
}

/** The export as text (for a document already in memory, e.g. an upgraded import). */
export function formatExport(doc: ExportDoc): string {
  const parts: string[] = [];
  const tables = Object.entries(doc.tables).map(([name, rows]) => ({ name, rows: rows.map((r) => JSON.stringify(r)) }));
  writeDocument(doc.schemaVersion, tables, (text) => parts.push(text));
  return parts.join('');
}

/**
 * Streams every row of every table, by primary key, in one read snapshot (consistent
 * while others write) as the export text to `write`, without holding the document in
 * memory. Returns the schema version and the number of tables and rows.
 */
export function writeExport(db: Db, write: (text: string) => void): { schemaVersion: number; tables: number; rows: number } {
  return db.transaction(() => {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const names = tableNames(db);
    const rows = writeDocument(schemaVersion, names.map((name) => ({ name, rows: rowTexts(db, name) })), write);
    return { schemaVersion, tables: names.length, rows };
  })();
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
    if (!(error instanceof SyntaxError)) throw new UsageError('admin.import.notUtf8', { file });
    throw new UsageError('admin.import.notJson', { file, detail: error.message.slice(0, 200) });
  }
  const result = DocSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').slice(1) : '(document)';
    throw new UsageError('admin.import.invalid', { file, detail: `${where}: ${issue.message}` }, 'admin.import.hintFormat');
  }
  return result.data as ExportDoc;
}
