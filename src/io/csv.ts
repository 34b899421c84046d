import { parse } from 'csv-parse/sync';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError, UsageError, type RowError } from '../core/errors.js';
import { inputFileSize } from './input-file.js';

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
  columns: string[];
  rows: CsvRow[];
}

/**
 * The largest CSV file read, and the most data rows one import takes. Past either the
 * file is refused with one clear error instead of being held in memory: 25 million tiny
 * rows (100 MB) once took 5 GB and aborted the process. Reading half a million rows of
 * a file up to this size stays inside 512 MB resident (test/faults/csv-memory.fault.ts).
 */
export const MAX_BYTES = 100 * 1024 * 1024;
export const MAX_ROWS = 500_000;
const MAX_CELL = 100_000;
/** The most row errors collected; a file with more is refused with these and a note that it stopped. */
export const MAX_ERRORS = 1000;
/** How much of the file is read and parsed at a time. */
const CHUNK_BYTES = 1024 * 1024;

/** Reads a CSV file for import; any structural fault is an ImportError listing `file:LINE: column: message`. */
export function readCsvFile(path: string, spec: CsvSpec): CsvTable {
  const size = inputFileSize(path);
  if (size > MAX_BYTES) throw new UsageError('error.fileTooLarge', { path, mb: MAX_BYTES / 1024 / 1024 });
  const fd = openSync(path, 'r');
  try {
    return parseCsvChunks(chunksOf(fd), basename(path), spec);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes, a chunk at a time. */
function* chunksOf(fd: number): Generator<Uint8Array> {
  const buffer = Buffer.alloc(CHUNK_BYTES);
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (read === 0) return;
    yield buffer.subarray(0, read);
  }
}

/** Parses CSV bytes: UTF-8 (a BOM is fine), comma or semicolon separated (detected from the header). */
export function parseCsv(bytes: Uint8Array, file: string, spec: CsvSpec): CsvTable {
  return parseCsvChunks([bytes], file, spec);
}

/**
 * Parses CSV arriving in chunks, so neither the whole text nor more than MAX_ROWS rows is
 * ever held: each chunk is decoded, cut after its last line end outside quotes (an even
 * number of `"` before it: quotes inside a quoted field are doubled) and that part parsed;
 * the rest waits for the next chunk.
 */
export function parseCsvChunks(chunks: Iterable<Uint8Array>, file: string, spec: CsvSpec): CsvTable {
  const fail = (line: number, column: string, message: string): never => {
    throw new ImportError(file, [{ line, column, message }]);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const errors: RowError[] = [];
  const rows: CsvRow[] = [];
  let header: { columns: string[]; delimiter: ',' | ';' } | undefined;
  let pending = '';
  let quotes = 0; // quote characters in `pending`, so the parity scan never goes back over it
  let linesBefore = 0; // lines of the file already parsed
  let seenRecords = false;

  // Called with whole lines only, so the first call has the whole header line.
  const parsePart = (text: string) => {
    if (!header) {
      const headerLine = firstLine(text);
      if (!headerLine.trim()) fail(1, '-', 'empty file: a header row is needed');
      header = { columns: [], delimiter: detectDelimiter(headerLine) };
    }
    const base = linesBefore;
    let records: { record: string[]; line: number }[];
    try {
      const lines: number[] = [];
      const parsed = parse(text, {
        delimiter: header.delimiter,
        bom: base === 0,
        relax_column_count: true,
        skip_empty_lines: true,
        max_record_size: MAX_CELL * 4,
        // The line of each record, from the parser's context as it goes (cheaper than `info: true`).
        on_record: (record: string[], context: { lines: number }) => {
          lines.push(base + context.lines);
          return record;
        },
      }) as string[][];
      records = parsed.map((record, i) => ({ record, line: lines[i]! }));
    } catch (error) {
      const e = error as { lines?: number; code?: string; message?: string };
      const message =
        e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted field is never closed (unclosed quote)'
          : e.code === 'CSV_MAX_RECORD_SIZE'
            ? 'a row is too large'
            : `malformed CSV (${(e.message ?? 'parse error').replace(/\s+/g, ' ').slice(0, 120)})`;
      return fail(base + (e.lines ?? 1), '-', message);
    }
    linesBefore += countLines(text);
    for (const { record, line } of records) {
      if (!seenRecords) {
        seenRecords = true;
        header.columns = checkHeader(record, spec, file);
        continue;
      }
      addRow(record, line);
    }
  };

  const addRow = (record: string[], line: number) => {
    const columns = header!.columns;
    if (record.length === 1 && record[0]!.trim() === '') return;
    if (rows.length >= MAX_ROWS) {
      fail(line, '-', `more than ${MAX_ROWS.toLocaleString('en')} rows: split the file and import the parts one after another`);
    }
    if (record.length !== columns.length) {
      collect({ line, column: '-', message: `expected ${columns.length} cells, found ${record.length}` });
      return;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      const cell = record[i]!;
      if (cell.length > MAX_CELL) collect({ line, column, message: 'cell is too long' });
      cells[column] = cell.trim();
    });
    rows.push({ line, cells });
  };
  const collect = (error: RowError) => {
    errors.push(error);
    if (errors.length >= MAX_ERRORS) throw new ImportError(file, stopped(errors, error.line));
  };

  for (const bytes of chunks) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      return fail(linesBefore + 1, '-', 'not valid UTF-8 text');
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) fail(linesBefore + countLines(pending) + lineAt(text, nul), '-', 'contains a NUL byte');
    // The last line end with an even number of quotes before it: a record boundary.
    let cut = -1;
    let parity = quotes;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) parity++;
      else if (c === 10 && parity % 2 === 0) cut = i;
    }
    if (cut < 0) {
      pending += text;
      quotes = parity;
      continue;
    }
    parsePart(pending + text.slice(0, cut + 1));
    pending = text.slice(cut + 1);
    quotes = count(pending, 34);
  }
  let tail: string;
  try {
    tail = pending + decoder.decode();
  } catch {
    return fail(linesBefore + 1, '-', 'not valid UTF-8 text');
  }
  parsePart(tail);
  if (!seenRecords) fail(1, '-', 'empty file: a header row is needed');
  if (errors.length) throw new ImportError(file, errors);
  const delimiter = header!.delimiter;
  return { file, delimiter, listSeparator: delimiter === ',' ? /[;|]/ : /[,|]/, columns: header!.columns, rows };
}

/** The header's columns, lower-cased; unknown, unnamed, repeated or missing columns are an ImportError. */
function checkHeader(record: string[], spec: CsvSpec, file: string): string[] {
  const columns = record.map((c) => c.trim().toLowerCase());
  const known = new Set([...spec.required, ...spec.optional]);
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (!column) errors.push({ line: 1, column: '-', message: 'a column has no name' });
    else if (!known.has(column)) errors.push({ line: 1, column, message: `unknown column (expected ${[...known].join(', ')})` });
    else if (seen.has(column)) errors.push({ line: 1, column, message: 'column appears twice' });
    seen.add(column);
    if (errors.length > 50) break;
  }
  for (const column of spec.required) {
    if (!columns.includes(column)) errors.push({ line: 1, column, message: 'required column is missing' });
  }
  if (errors.length) throw new ImportError(file, errors);
  return columns;
}

/** The errors collected so far and a last one saying the check stopped there. */
function stopped(errors: RowError[], line: number | string): RowError[] {
  return [...errors, { line, column: '-', message: `stopped after ${MAX_ERRORS} errors; fix these and import again` }];
}

function count(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/**
 * Line breaks as the parser counts them, from a record boundary on: between records
 * LF, CRLF and a lone CR count one each; inside a quoted field every CR and LF counts.
 */
function countLines(text: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10) n++;
    else if (c === 13 && (quoted || text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
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
    if (errors.length >= MAX_ERRORS) throw new ImportError(table.file, stopped(errors.slice(0, MAX_ERRORS), row.line));
  }
  if (errors.length) throw new ImportError(table.file, errors);
  return values;
}
