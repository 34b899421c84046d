/**
 * Generic CSV output (RFC 4180 quoting, comma separated, `\n` line ends, UTF-8 without
 * a BOM), safe to open in a spreadsheet: text that a spreadsheet would take for a
 * formula is defused.
 */

/** Characters that make a spreadsheet read a cell as a formula (plus tab and CR, which some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text starting with `=`, `+`, `-`, `@` (or tab/CR) gets a leading `'`,
 * so `=HYPERLINK(…)` shows as text instead of running (OWASP "CSV injection").
 * Numbers are written as they are. Quotes when the cell has a comma, semicolon, quote
 * or line break.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell of a table written to a file: a list is joined with the separator its file's lists use (SPEC §4). */
export type SheetCell = string | number | boolean | null | undefined | readonly string[];

/** A table for a file: one sheet of a workbook, or a whole CSV document. Headers are language-neutral column names. */
export interface Sheet {
  name: string;
  head: readonly string[];
  rows: readonly (readonly SheetCell[])[];
}

/** `--excel`: semicolons, a BOM and CRLF, what German Excel opens by double-click. */
export interface CsvStyle {
  excel?: boolean;
}

/**
 * A whole CSV document: a header row and the rows, each line ending in `\n` (with
 * `--excel`: `;` separated, a BOM, `\r\n`). Lists in a cell are joined with `; ` in a
 * comma file and `, ` in a semicolon file, so an import reads them back.
 */
export function csvDocument(head: readonly string[], rows: readonly (readonly SheetCell[])[], style: CsvStyle = {}): string {
  const [delimiter, eol, list] = style.excel ? [';', '\r\n', ', '] : [',', '\n', '; '];
  const cell = (value: SheetCell) => csvCell(Array.isArray(value) ? value.join(list) : (value as string | number | boolean | null | undefined));
  const lines = [head.map(cell).join(delimiter), ...rows.map((r) => r.map(cell).join(delimiter))];
  return `${style.excel ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
}

/** One sheet as a CSV document. */
export function sheetCsv(sheet: Sheet, style: CsvStyle = {}): string {
  return csvDocument(sheet.head, sheet.rows, style);
}
