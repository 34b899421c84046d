import { parse } from 'csv-parse/sync';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError, UsageError, type RowError } from '../core/errors.js';
import { inputFileSize } from './input-file.js';
import { closestColumn, columnFor } from '../core/fields/columns.js';
import { wellFormedRecords } from './csv-records.js';

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
  /** A workbook's cells take any list separator (`,`, `;`, `|`): no delimiter competes with them. */
  lists?: 'sheet';
  columns: string[];
  rows: CsvRow[];
  /** How the file was read: a Windows-1252 CSV earns a notice (save as "CSV UTF-8"). */
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
}

/** How an import reads a file's header: `--map` (header name key → column, see core/fields/columns) and, in a workbook, `--sheet`. */
export interface TableOptions {
  sheet?: string;
  map?: ReadonlyMap<string, string>;
}

/**
 * The largest CSV file read, and the most data rows one import takes. Past either the
 * file is refused with one clear error instead of being held in memory: 25 million tiny
 * rows (100 MB) once took 5 GB and aborted the process. An import holds its validated
 * rows until its one transaction (all or nothing), about 1.5 KB a row: 300,000 rows, the
 * org chart of a large group three times over, import inside 512 MB resident
 * (test/faults/csv-memory.fault.ts).
 */
export const MAX_BYTES = 100 * 1024 * 1024;
export const MAX_ROWS = 300_000;
const MAX_CELL = 100_000;
/** The most row errors collected; a file with more is refused with these and a note that it stopped. */
export const MAX_ERRORS = 1000;
/** How much of the file is read and parsed at a time. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a CSV file for import; any structural fault is an ImportError listing
 * `file:LINE: column: message`. A file that is not UTF-8 is read again as Windows-1252
 * when every byte is a character there (what older Excel saves as "CSV"); else the error
 * names the line of the first byte that is neither, with the hint to save as "CSV UTF-8".
 */
export function readCsvFile(path: string, spec: CsvSpec, options: TableOptions = {}): CsvTable {
  const size = inputFileSize(path);
  if (size > MAX_BYTES) throw new UsageError('error.fileTooLarge', { path, mb: MAX_BYTES / 1024 / 1024 });
  const read = <T>(use: (chunks: Iterable<Uint8Array>) => T): T => {
    const fd = openSync(path, 'r');
    try {
      return use(chunksOf(fd));
    } finally {
      closeSync(fd);
    }
  };
  const file = basename(path);
  try {
    return read((chunks) => parseCsvChunks(chunks, file, spec, options));
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    read((chunks) => assertWindows1252(chunks, file));
    return read((chunks) => parseCsvChunks(chunks, file, spec, options, 'windows-1252'));
  }
}

/** Thrown by the UTF-8 pass when a byte sequence is not UTF-8: the file is then tried as Windows-1252. */
class NotUtf8 extends Error {}

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are no characters in Windows-1252; C0 controls other than tab and line ends are no text either (NUL has its own error). */
const NOT_CP1252 = new Uint8Array(256);
for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) NOT_CP1252[b] = 1;
for (let b = 1; b < 32; b++) if (b !== 9 && b !== 10 && b !== 13) NOT_CP1252[b] = 1;

/** Refuses a file with a byte that is no Windows-1252 text, at that byte's line. */
function assertWindows1252(chunks: Iterable<Uint8Array>, file: string): void {
  let line = 1;
  for (const bytes of chunks) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10) line++;
      else if (NOT_CP1252[b]) {
        const byte = `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
        throw new ImportError(file, [{ line, column: 'encoding', key: 'import.encoding', params: { byte } }], 'hint.csvUtf8');
      }
    }
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

/** Parses CSV bytes: UTF-8 (a BOM is fine) or else Windows-1252 (see readCsvFile), comma or semicolon separated (detected from the header). */
export function parseCsv(bytes: Uint8Array, file: string, spec: CsvSpec, options: TableOptions = {}): CsvTable {
  try {
    return parseCsvChunks([bytes], file, spec, options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    assertWindows1252([bytes], file);
    return parseCsvChunks([bytes], file, spec, options, 'windows-1252');
  }
}

/**
 * Parses CSV arriving in chunks, so neither the whole text nor more than MAX_ROWS rows is
 * ever held: each chunk is decoded, cut after its last line end outside quotes (an even
 * number of `"` before it: quotes inside a quoted field are doubled) and that part parsed;
 * the rest waits for the next chunk.
 */
export function parseCsvChunks(chunks: Iterable<Uint8Array>, file: string, spec: CsvSpec, options: TableOptions = {}, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): CsvTable {
  const fail = (line: number, column: string, message: string): never => {
    throw new ImportError(file, [{ line, column, message }]);
  };
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
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
    const parsed = wellFormedRecords(text, header.delimiter, base === 0) ?? parseRecords(text, header.delimiter, base);
    linesBefore += countLines(text);
    const { records, lines } = parsed;
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const line = base + lines[r]!;
      if (!seenRecords) {
        seenRecords = true;
        header.columns = checkHeader(record, line, spec, file, options.map);
        continue;
      }
      addRow(record, line);
    }
  };

  /** csv-parse on a part the fast reader left to it: its records, or its error at the file's line. */
  const parseRecords = (text: string, delimiter: ',' | ';', base: number): { records: string[][]; lines: number[] } => {
    try {
      return csvParseRecords(text, delimiter, base === 0);
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
  };
  const collect = collector(file, errors);
  const addRow = (record: string[], line: number) => addRecord(file, rows, header!.columns, record, line, collect);

  for (const bytes of chunks) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8();
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
    throw new NotUtf8();
  }
  parsePart(tail);
  if (!seenRecords) fail(1, '-', 'empty file: a header row is needed');
  if (errors.length) throw new ImportError(file, errors);
  const delimiter = header!.delimiter;
  return { file, delimiter, listSeparator: delimiter === ',' ? /[;|]/ : /[,|]/, columns: header!.columns, rows, encoding };
}

/**
 * The records of a part of a CSV file as csv-parse reads them, each with its line (the
 * last line of the record, counted from the part's start); throws csv-parse's error.
 * The reference for io/csv-records.ts, which reads the well-formed parts faster.
 */
export function csvParseRecords(text: string, delimiter: ',' | ';', bom: boolean): { records: string[][]; lines: number[] } {
  const lines: number[] = [];
  const records = parse(text, {
    delimiter,
    bom,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_CELL * 4,
    // The line of each record, from the parser's context as it goes (cheaper than `info: true`).
    on_record: (record: string[], context: { lines: number }) => {
      lines.push(context.lines);
      return record;
    },
  }) as string[][];
  return { records, lines };
}

/** Collects a row error; at MAX_ERRORS the import stops with those. */
function collector(file: string, errors: RowError[]): (error: RowError) => void {
  return (error) => {
    errors.push(error);
    if (errors.length >= MAX_ERRORS) throw new ImportError(file, stopped(errors, error.line));
  };
}

/** One data record (a CSV line, a sheet row) as a row of `rows`; a record of empty cells (Excel writes `;;;` for formatted rows) is none. */
function addRecord(file: string, rows: CsvRow[], columns: readonly string[], record: readonly string[], line: number, collect: (error: RowError) => void): void {
  if (isBlank(record)) return;
  if (rows.length >= MAX_ROWS) {
    const message = `more than ${MAX_ROWS.toLocaleString('en')} rows: split the file and import the parts one after another`;
    throw new ImportError(file, [{ line, column: '-', message }]);
  }
  if (record.length !== columns.length) {
    collect({ line, column: '-', message: `expected ${columns.length} cells, found ${record.length}` });
    return;
  }
  const cells: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const cell = record[i]!;
    if (cell.length > MAX_CELL) collect({ line, column, message: 'cell is too long' });
    cells[column] = cell.trim();
  }
  rows.push({ line, cells });
}

/** True when every cell is empty or white space. */
function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.length > 0 && cell.trim() !== '') return false;
  return true;
}

/**
 * The header's columns: each name matched to a column of `spec` by its name, an alias
 * (core/fields/columns) or `--map`; unknown ("did you mean" when a name is close),
 * unnamed, repeated or missing columns are an ImportError at the header's line.
 */
export function checkHeader(record: readonly string[], line: number, spec: CsvSpec, file: string, map: ReadonlyMap<string, string> = new Map()): string[] {
  const known = [...spec.required, ...spec.optional];
  for (const column of new Set(map.values())) {
    if (!known.includes(column)) throw new UsageError('error.map.column', { column, expected: known.join(', ') });
  }
  const errors: RowError[] = [];
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const name of record) {
    const written = name.trim();
    const column = written ? columnFor(written, known, map) : undefined;
    columns.push(column ?? written.toLowerCase());
    if (!written) errors.push({ line, column: '-', message: 'a column has no name' });
    else if (column === undefined) {
      const close = closestColumn(written, known);
      const hint = close === undefined ? '' : `; did you mean "${close}"?`;
      errors.push({ line, column: written.toLowerCase(), message: `unknown column (expected ${known.join(', ')})${hint}` });
    } else if (seen.has(column)) errors.push({ line, column, message: 'column appears twice' });
    if (column !== undefined) seen.add(column);
    if (errors.length > 50) break;
  }
  for (const column of spec.required) {
    if (!seen.has(column)) errors.push({ line, column, message: 'required column is missing' });
  }
  if (errors.length) throw new ImportError(file, errors);
  return columns;
}

/**
 * The table of a workbook's records (sheet rows with their row numbers), under the same
 * rules as a CSV file's: the first record is the header (checkHeader), then every row.
 */
export function tableOf(file: string, records: readonly { line: number; cells: string[] }[], spec: CsvSpec, options: TableOptions = {}): CsvTable {
  const [header, ...body] = records;
  const columns = checkHeader(header!.cells, header!.line, spec, file, options.map);
  const errors: RowError[] = [];
  const collect = collector(file, errors);
  const rows: CsvRow[] = [];
  for (const { cells, line } of body) addRecord(file, rows, columns, cells, line, collect);
  if (errors.length) throw new ImportError(file, errors);
  return { file, delimiter: ',', listSeparator: /[,;|]/, lists: 'sheet', columns, rows, encoding: 'xlsx' };
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
