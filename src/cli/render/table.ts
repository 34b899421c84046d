import { terminalSafe, type Io } from '../io.js';
import { displayWidth } from './bars.js';

// ANSI escape sequences (SGR colours and other CSI) take no room on the terminal.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

const PLAIN = /^[\x20-\x7e]*$/;

/** Terminal width of one line of a cell (colour codes take no room). */
function cellWidth(text: string): number {
  if (PLAIN.test(text)) return text.length; // printable ASCII: the common case
  return displayWidth(text.includes('\u001b') ? text.replace(ANSI, '') : text);
}

/**
 * A plain table for the terminal, boxed, one rule between rows; the header in bold when
 * colour is on. Same layout as cli-table3 (which it replaced) but in two passes over the
 * cells (widths, then lines): time and memory grow with the size of the output, nothing more.
 */
export function renderTable(io: Io, head: string[], rows: (string | number | null)[][]): string {
  let cols = head.length;
  for (const row of rows) cols = Math.max(cols, row.length);
  const width = new Array<number>(cols).fill(0);
  // Cells are escaped before measuring, so a name with control characters keeps the columns aligned;
  // the header is ours (and may carry the bold codes).
  let headerRow = true;
  const text = (value: string | number | null | undefined): string =>
    value === null || value === undefined ? '' : headerRow ? String(value) : terminalSafe(String(value));
  const measure = (row: readonly (string | number | null)[]): void => {
    for (let j = 0; j < cols; j++) {
      const cell = text(row[j]);
      if (cell.includes('\n')) for (const line of cell.split('\n')) width[j] = Math.max(width[j]!, cellWidth(line));
      else width[j] = Math.max(width[j]!, cellWidth(cell));
    }
  };
  const bold = head.map((h) => io.color.bold(h));
  measure(bold);
  headerRow = false;
  for (const row of rows) measure(row);
  const rule = (left: string, mid: string, right: string): string => `${left}${width.map((w) => '─'.repeat(w + 2)).join(mid)}${right}\n`;
  // The output as one list of pieces, joined once at the end; the padding strings are made
  // once: memory is the output plus one reference per cell.
  const longest = Math.max(0, ...width);
  const midPad = Array.from({ length: longest + 1 }, (_, n) => `${' '.repeat(n)} │ `);
  const endPad = Array.from({ length: longest + 1 }, (_, n) => `${' '.repeat(n)} │\n`);
  const out: string[] = [rule('┌', '┬', '┐')];
  const line = (cell: (j: number) => string): void => {
    out.push('│ ');
    for (let j = 0; j < cols; j++) {
      const value = cell(j);
      out.push(value, (j === cols - 1 ? endPad : midPad)[width[j]! - cellWidth(value)]!);
    }
  };
  const emit = (row: readonly (string | number | null)[]): void => {
    let height = 1;
    for (let j = 0; j < cols; j++) {
      const value = row[j];
      if (typeof value === 'string' && value.includes('\n')) height = Math.max(height, value.split('\n').length);
    }
    if (height === 1) return line((j) => text(row[j]));
    // a cell with line breaks: the row is as high as its tallest cell
    const cells = Array.from({ length: cols }, (_, j) => text(row[j]).split('\n'));
    for (let k = 0; k < height; k++) line((j) => cells[j]![k] ?? '');
  };
  headerRow = true;
  emit(bold);
  headerRow = false;
  const between = rule('├', '┼', '┤');
  // Every 256 rows the pieces are joined into one string, so only short-lived small
  // objects are made: the memory work stays proportional to the rows.
  const chunks: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    out.push(between);
    emit(rows[r]!);
    if ((r & 255) === 255) chunks.push(out.splice(0).join(''));
  }
  out.push(rule('└', '┴', '┘'));
  chunks.push(out.join(''));
  return chunks.join('');
}

/** Key–value lines, labels padded to one column. */
export function renderFields(io: Io, fields: [string, string | number | null][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${io.color.dim(`${label}:`.padEnd(width + 1))} ${value ?? '–'}`).join('\n') + '\n';
}
