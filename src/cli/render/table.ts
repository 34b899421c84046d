import type { Io } from '../io.js';
import { displayWidth } from './bars.js';

// ANSI escape sequences (SGR colours and other CSI) take no room on the terminal.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Terminal width of one line of a cell (colour codes take no room). */
function cellWidth(text: string): number {
  return displayWidth(text.includes('\u001b') ? text.replace(ANSI, '') : text);
}

/**
 * A plain table for the terminal, boxed, one rule between rows; the header in bold when
 * colour is on. Same layout as cli-table3 (which it replaced) but in one pass over the
 * cells: time and memory grow with the size of the output, nothing more.
 */
export function renderTable(io: Io, head: string[], rows: (string | number | null)[][]): string {
  let cols = head.length;
  for (const row of rows) cols = Math.max(cols, row.length);
  const width = new Array<number>(cols).fill(0);
  const split = (row: readonly (string | number | null)[]): string[][] => {
    const cells: string[][] = [];
    for (let j = 0; j < cols; j++) {
      const value = row[j];
      const lines = value === null || value === undefined ? [''] : String(value).split('\n');
      for (const line of lines) width[j] = Math.max(width[j]!, cellWidth(line));
      cells.push(lines);
    }
    return cells;
  };
  const headCells = split(head.map((h) => io.color.bold(h)));
  const bodyCells = rows.map(split);
  const rule = (left: string, mid: string, right: string): string => left + width.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  const emit = (cells: string[][]): void => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      let line = '│';
      for (let j = 0; j < cols; j++) {
        const text = cells[j]![k] ?? '';
        line += ` ${text}${' '.repeat(width[j]! - cellWidth(text))} │`;
      }
      out.push(line);
    }
  };
  emit(headCells);
  const between = rule('├', '┼', '┤');
  for (const cells of bodyCells) {
    out.push(between);
    emit(cells);
  }
  out.push(rule('└', '┴', '┘'));
  return `${out.join('\n')}\n`;
}

/** Key–value lines, labels padded to one column. */
export function renderFields(io: Io, fields: [string, string | number | null][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${io.color.dim(`${label}:`.padEnd(width + 1))} ${value ?? '–'}`).join('\n') + '\n';
}
