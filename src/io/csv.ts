import { parse } from 'csv-parse/sync';
import { ImportError, UsageError, type RowError } from '../core/errors.js';
import { closestColumn, columnFor } from '../core/fields/columns.js';
import type { ListSyntax } from '../core/fields/index.js';

/** The columns a CSV kind accepts. */
export interface CsvSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** One data row: cells by lower-case column name (absent columns are missing), and its line number. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  /** The name used in error lines (`people.csv:12: email: …`). */
  file: string;
  delimiter: ',' | ';';
  /** Separators of lists inside a cell: `;` or `|` in a comma file, `,` or `|` in a semicolon file. */
  listSeparator: RegExp;
  /** The same, with how a message names them (for the fields of core/fields). */
  lists: ListSyntax;
  columns: string[];
  rows: CsvRow[];
  /** How the file was read: a Windows-1252 CSV earns a notice (save as "CSV UTF-8"). */
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
}

/** Lists inside a cell: `;` or `|` in a comma file, `,` or `|` in a semicolon file (SPEC §4). */
const LIST_SYNTAX: Record<',' | ';', ListSyntax> = {
  ',': { separator: /[;|]/, shown: '";" or "|"' },
  ';': { separator: /[,|]/, shown: '"," or "|"' },
};
const MAX_CELL = 100_000;

/** How an import reads a file's header: `--map` (header name → column) and, in a workbook, `--sheet`. */
export interface TableOptions {
  sheet?: string;
  map?: ReadonlyMap<string, string>;
}

/** One record of a file as read: its cells as text, and its line (the sheet's row number in a workbook). */
export interface RawRecord {
  line: number;
  cells: string[];
}

/** Parses CSV bytes: UTF-8 (a BOM is fine) or else Windows-1252, comma or semicolon separated (detected from the header). */
export function parseCsv(bytes: Uint8Array, file: string, spec: CsvSpec, options: TableOptions = {}): CsvTable {
  const fail = (line: number, column: string, message: string): never => {
    throw new ImportError(file, [{ line, column, message }]);
  };
  const { text, encoding } = decodeText(bytes, file);
  const nul = text.indexOf('\0');
  if (nul >= 0) fail(lineAt(text, nul), '-', 'contains a NUL byte');
  const headerLine = firstLine(text);
  if (!headerLine.trim()) fail(1, '-', 'empty file: a header row is needed');
  const delimiter = detectDelimiter(headerLine);

  let records: RawRecord[];
  try {
    // The line of each record is read from the parser's context as it goes: cheaper than
    // `info: true`, which copies an info object per record (~20% of a 200,000-row import).
    const lines: number[] = [];
    const parsed = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_CELL * 4,
      on_record: (record: string[], context: { lines: number }) => {
        lines.push(context.lines);
        return record;
      },
    }) as string[][];
    records = parsed.map((cells, i) => ({ cells, line: lines[i]! }));
  } catch (error) {
    const e = error as { lines?: number; code?: string; message?: string };
    const message =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (unclosed quote)'
        : e.code === 'CSV_MAX_RECORD_SIZE'
          ? 'a row is too large'
          : `malformed CSV (${(e.message ?? 'parse error').replace(/\s+/g, ' ').slice(0, 120)})`;
    return fail(e.lines ?? 1, '-', message);
  }
  if (records.length === 0) fail(1, '-', 'empty file: a header row is needed');
  const table = tableOf(file, records, spec, LIST_SYNTAX[delimiter], options);
  return { ...table, delimiter, encoding };
}

/**
 * The table of a file's records (CSV lines or sheet rows), the same for every file type:
 * the first record is the header, each name matched to a column of `spec` by its name,
 * an alias (core/fields/columns) or `--map`; an unknown, unnamed or repeated column is an
 * error ("did you mean" when a name is close), and so is a missing required one.
 */
export function tableOf(file: string, records: readonly RawRecord[], spec: CsvSpec, lists: ListSyntax, options: TableOptions = {}): CsvTable {
  const [header, ...body] = records;
  const known = [...spec.required, ...spec.optional];
  const map = options.map ?? new Map<string, string>();
  const errors: RowError[] = [];
  for (const column of new Set(map.values())) {
    if (!known.includes(column)) throw new UsageError('error.map.column', { column, expected: known.join(', ') });
  }
  const headerLine = header!.line;
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const name of header!.cells) {
    const written = name.trim();
    const column = written ? columnFor(written, known, map) : undefined;
    columns.push(column ?? written.toLowerCase());
    if (!written) errors.push({ line: headerLine, column: '-', message: 'a column has no name' });
    else if (column === undefined) {
      const close = closestColumn(written, known);
      const hint = close === undefined ? '' : `; did you mean "${close}"?`;
      errors.push({ line: headerLine, column: written.toLowerCase(), message: `unknown column (expected ${known.join(', ')})${hint}` });
    } else if (seen.has(column)) errors.push({ line: headerLine, column, message: 'column appears twice' });
    if (column !== undefined) seen.add(column);
    if (errors.length > 50) break;
  }
  for (const column of spec.required) {
    if (!seen.has(column)) errors.push({ line: headerLine, column, message: 'required column is missing' });
  }
  if (errors.length) throw new ImportError(file, errors);

  const rows: CsvRow[] = [];
  for (const { cells: record, line } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== columns.length) {
      errors.push({ line, column: '-', message: `expected ${columns.length} cells, found ${record.length}` });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      const cell = record[i]!;
      if (cell.length > MAX_CELL) errors.push({ line, column, message: 'cell is too long' });
      cells[column] = cell.trim();
    });
    rows.push({ line, cells });
  }
  if (errors.length) throw new ImportError(file, errors);
  return { file, delimiter: ',', listSeparator: lists.separator, lists, columns, rows, encoding: 'utf-8' };
}

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are not characters in Windows-1252; C0 controls other than tab and line ends are no text either. */
const NOT_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, ...Array.from({ length: 32 }, (_, i) => i).filter((b) => b !== 9 && b !== 10 && b !== 13 && b !== 0)]);

/**
 * The text of a file: UTF-8 (with or without a BOM), else Windows-1252 when every byte is
 * a character there (what older Excel saves as "CSV"), else an error at the line of the
 * first byte that is neither, with the hint to save as "CSV UTF-8".
 */
function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const bad = bytes.findIndex((b) => NOT_CP1252.has(b));
    if (bad < 0) return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    throw new ImportError(file, [{ line, column: 'encoding', key: 'import.encoding', params: { byte } }], 'hint.csvUtf8');
  }
}

function firstLine(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r?\n/);
  return end < 0 ? body : body.slice(0, end);
}

/** Semicolon when the header has more semicolons than commas outside quotes (Excel in a German locale). */
function detectDelimiter(header: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Validates every row with `check`, which returns the row's value or throws/collects
 * errors; all errors of all rows are gathered, so the user fixes the file in one go.
 */
export function validateRows<T>(table: CsvTable, check: (row: CsvRow, errors: RowError[]) => T | undefined): T[] {
  const errors: RowError[] = [];
  const values: T[] = [];
  for (const row of table.rows) {
    const before = errors.length;
    const value = check(row, errors);
    if (errors.length === before && value !== undefined) values.push(value);
  }
  if (errors.length) throw new ImportError(table.file, errors);
  return values;
}
