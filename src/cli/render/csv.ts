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

/** A whole CSV document: a header row and the rows, each line ending in `\n`. */
export function csvDocument(head: readonly string[], rows: readonly (string | number | boolean | null | undefined)[][]): string {
  const lines = [head.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `${lines.join('\n')}\n`;
}
