import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ImportError, UsageError } from '../core/errors.js';
import { parseCsv, type CsvSpec, type CsvTable, type TableOptions } from './csv.js';

const MAX_BYTES = 200 * 1024 * 1024;

/** A zip file (what an .xlsx is) and an OLE compound file (an encrypted .xlsx, or an old .xls). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an import file (SPEC §4): a workbook when its name ends in `.xlsx` or its bytes
 * are a zip, else CSV. An encrypted workbook or an old `.xls` is one clear error; so is
 * `--sheet` for a CSV file. Any fault of the content is an ImportError listing `file:LINE: column: message`.
 */
export async function readTableFile(path: string, spec: CsvSpec, options: TableOptions = {}): Promise<CsvTable> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError('error.fileIsDirectory', { path });
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('error.fileMissing', { path });
  }
  if (size > MAX_BYTES) throw new UsageError('error.fileTooLarge', { path, mb: MAX_BYTES / 1024 / 1024 });
  const bytes = readFileSync(path);
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, OLE)) throw new ImportError(file, [{ line: 1, column: '-', key: 'import.xlsx.ole', params: {} }], 'hint.xlsx.ole');
  if (ext === '.xls') throw new ImportError(file, [{ line: 1, column: '-', key: 'import.xlsx.ole', params: {} }], 'hint.xlsx.ole');
  if (ext === '.xlsx' || ext === '.xlsm' || startsWith(bytes, ZIP)) {
    const { readWorkbook } = await import('./xlsx-read.js');
    return readWorkbook(bytes, file, spec, options);
  }
  if (options.sheet !== undefined) throw new UsageError('error.sheet.notWorkbook', { file });
  return parseCsv(bytes, file, spec, options);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
