import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { ImportError, UsageError } from '../core/errors.js';
import { columnFor } from '../core/fields/columns.js';
import { tableOf, type CsvSpec, type CsvTable, type TableOptions } from './csv.js';

/**
 * Reads one sheet of an .xlsx workbook as an import table (SPEC §4): the first sheet or
 * `--sheet`, the header the first non-empty row (a title above it, one cell naming no
 * column, is skipped), each record a row with the sheet's row
 * number as its line. Dates are read as ISO dates, numbers and booleans as written; a
 * formula cell counts as its result. Lists in a cell may use `,`, `;` or `|`.
 * exceljs is loaded here only, so no other command pays for it.
 */
export async function readWorkbook(bytes: Uint8Array, file: string, spec: CsvSpec, options: TableOptions): Promise<CsvTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportError(file, [{ line: 1, column: '-', key: 'import.xlsx.unreadable', params: {} }], 'hint.xlsx.unreadable');
  }
  const sheet = pickSheet(workbook, file, options.sheet);
  const known = [...spec.required, ...spec.optional];
  const records: { line: number; cells: string[] }[] = [];
  let first = 0;
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      texts[col] = cellText(cell.value);
    });
    const used = texts.flatMap((text, col) => (text !== undefined && text.trim() !== '' ? [col] : []));
    if (used.length === 0) return;
    // A title above the table ("Organigramm Stand Januar"): one cell that names no column.
    if (records.length === 0 && used.length === 1 && columnFor(texts[used[0]!]!, known, options.map) === undefined) return;
    if (records.length === 0) {
      // The header's first and last named cells fix the table's columns (a sheet may start in column B).
      first = used[0]!;
      last = used[used.length - 1]!;
    }
    const end = Math.max(last, used[used.length - 1]!);
    const cells: string[] = [];
    for (let col = first; col <= end; col++) cells.push(texts[col] ?? '');
    records.push({ line, cells });
  });
  const header = records[0];
  if (!header || !header.cells.some((name) => name.trim() && columnFor(name, known, options.map) !== undefined)) {
    throw new ImportError(file, [{ line: header?.line ?? 1, column: '-', key: 'import.xlsx.noHeader', params: { sheet: sheet.name, expected: known.join(', ') } }]);
  }
  return tableOf(file, records, spec, options);
}

function pickSheet(workbook: Workbook, file: string, name: string | undefined): Worksheet {
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name).join(', ');
  if (name === undefined) {
    if (sheets.length === 0) throw new ImportError(file, [{ line: 1, column: '-', key: 'import.xlsx.noSheet', params: {} }]);
    return sheets[0]!;
  }
  const wanted = name.trim().toLowerCase();
  const sheet = sheets.find((s) => s.name.toLowerCase() === wanted);
  if (!sheet) throw new UsageError('error.sheet.unknown', { sheet: name, file, sheets: names });
  return sheet;
}

/** A cell's value as the text an import reads: dates in ISO, numbers as written, a formula as its result. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // exceljs gives date cells as Dates at UTC midnight (plus the time of day, if any).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText(value.result as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('text' in value) return cellText(value.text as CellValue);
  return '';
}
