import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ImportError, UsageError } from '../core/errors.js';
import { MAX_BYTES, readCsvFile, type CsvSpec, type CsvTable, type TableOptions } from './csv.js';

/** A zip file (what an .xlsx is) and an OLE compound file (an encrypted .xlsx, or an old .xls). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an import file (SPEC §4): a workbook when its name ends in `.xlsx` or its bytes
 * are a zip, else CSV (streamed, see readCsvFile). An encrypted workbook or an old `.xls`
 * is one clear error; so is `--sheet` for a CSV file. Any fault of the content is an
 * ImportError listing `file:LINE: column: message`.
 */
export async function readTableFile(path: string, spec: CsvSpec, options: TableOptions = {}): Promise<CsvTable> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const head = firstBytes(path);
  if (startsWith(head, OLE) || ext === '.xls') throw new ImportError(file, [{ line: 1, column: '-', key: 'import.xlsx.ole', params: {} }], 'hint.xlsx.ole');
  if (ext === '.xlsx' || ext === '.xlsm' || startsWith(head, ZIP)) {
    const size = statSync(path).size;
    if (size > MAX_BYTES) throw new UsageError('error.fileTooLarge', { path, mb: MAX_BYTES / 1024 / 1024 });
    const { readWorkbook } = await import('./xlsx-read.js');
    return readWorkbook(readFileSync(path), file, spec, options);
  }
  if (options.sheet !== undefined) throw new UsageError('error.sheet.notWorkbook', { file });
  return readCsvFile(path, spec, options);
}

/** The first bytes of a file, for its signature; a missing file or a folder is the usual usage error. */
function firstBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new UsageError('error.fileIsDirectory', { path });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('error.fileMissing', { path });
  }
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    return buffer.subarray(0, readSync(fd, buffer, 0, 8, 0));
  } finally {
    closeSync(fd);
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
