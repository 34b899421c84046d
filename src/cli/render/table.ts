import { createRequire } from 'node:module';
import { terminalSafe, type Io } from '../io.js';

/** A plain table for the terminal; the header in bold when colour is on. */
export function renderTable(io: Io, head: string[], rows: (string | number | null)[][]): string {
  // Loaded on first use: commands that print JSON never pay for it.
  const Table = createRequire(import.meta.url)('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head: head.map((h) => io.color.bold(h)),
    style: { head: [], border: [], compact: false },
    wordWrap: true,
  });
  // Escaped before measuring, so a name with control characters keeps the columns aligned.
  for (const row of rows) table.push(row.map((cell) => (cell === null ? '' : terminalSafe(String(cell)))));
  return `${table.toString()}\n`;
}

/** Key–value lines, labels padded to one column. */
export function renderFields(io: Io, fields: [string, string | number | null][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${io.color.dim(`${label}:`.padEnd(width + 1))} ${value ?? '–'}`).join('\n') + '\n';
}
