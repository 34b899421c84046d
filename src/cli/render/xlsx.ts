import type { Sheet, SheetCell } from './csv.js';

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;

/**
 * An .xlsx workbook of the sheets (one per table), written by exceljs (loaded only here).
 * Every cell is a number, a boolean or text, never a formula: text such as `=HYPERLINK(…)`
 * is stored as a string and shows as typed, so nothing in it can run. Lists in a cell are
 * joined with `, ` (an import reads `,`, `;` or `|` there). The header row is bold and frozen.
 */
export async function renderWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const [{ default: ExcelJS }, { PassThrough }] = await Promise.all([import('exceljs'), import('node:stream')]);
  // The streaming writer: rows are committed as they are added, so 100,000 rows do not
  // build exceljs's whole object model first (that took 930 MB for a 100,000-person list).
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  // A fixed date keeps the file the same for the same data (and says nothing about when it ran).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(uniqueName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    // Widths from the header and the first rows: columns are declared before any row is written.
    worksheet.columns = sheet.head.map((name, i) => {
      const widest = Math.max(name.length, ...sheet.rows.slice(0, 500).map((r) => String(cellValue(r[i]) ?? '').length));
      return { width: Math.min(60, Math.max(8, widest + 2)) };
    });
    const head = worksheet.addRow([...sheet.head]);
    head.font = { bold: true };
    head.commit();
    for (const row of sheet.rows) worksheet.addRow(row.map(cellValue)).commit();
    worksheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function cellValue(value: SheetCell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(', ');
  // Only finite numbers are numbers; exceljs would write NaN as a broken cell.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value as string | boolean;
}

function uniqueName(name: string, used: Set<string>): string {
  const base = (name.replace(SHEET_NAME_BAD, ' ').trim() || 'Sheet').slice(0, SHEET_NAME_MAX);
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, SHEET_NAME_MAX - String(i).length - 1)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
