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
