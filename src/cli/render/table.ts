import { terminalSafe, type Io } from '../io.js';

// ANSI escape sequences (SGR colours and other CSI) take no room on the terminal.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

const PLAIN = /^[\x20-\x7e]*$/;

/** Display width of a string in a terminal, roughly: wide (CJK, emoji) characters count 2, combining marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal width of one line of a cell (colour codes take no room). */
function cellWidth(text: string): number {
  if (PLAIN.test(text)) return text.length; // printable ASCII: the common case
  return displayWidth(text.includes('\u001b') ? text.replace(ANSI, '') : text);
}

/** How a table meets the terminal's width. */
export interface TableFit {
  /**
   * The columns (by index) that give way first when the table is wider than the terminal:
   * their cells wrap at spaces (names, topics, reasons). The others keep their width unless the
   * table still does not fit, and then are cut with `…`. Default: every column wraps.
   */
  shrink?: readonly number[];
}

/** Narrowest a wrapping column is made before the other columns give way, and before every column does. */
const ROOMY = 16;
const NARROW = 8;

/**
 * Column widths that make the table fit `total` terminal columns (box and padding included),
 * in steps, each taking from the widest column it may: the `shrink` columns down to ROOMY;
 * the others down to `keep` (their cells, with the header wrapped); the `shrink` columns down
 * to NARROW; every column down to 1. Work grows with the columns and the overflow, never the rows.
 */
export function fitWidths(natural: readonly number[], total: number, shrink: ReadonlySet<number>, keep: readonly number[] = []): number[] {
  const width = [...natural];
  let over = width.reduce((sum, w) => sum + w + 3, 1) - total;
  const giveWay = (may: (j: number) => boolean, floor: (j: number) => number): void => {
    while (over > 0) {
      let widest = -1;
      for (let j = 0; j < width.length; j++) if (may(j) && width[j]! > floor(j) && (widest < 0 || width[j]! > width[widest]!)) widest = j;
      if (widest < 0) return;
      width[widest]!--;
      over--;
    }
  };
  giveWay((j) => shrink.has(j), () => ROOMY);
  giveWay((j) => !shrink.has(j), (j) => keep[j] ?? NARROW);
  giveWay((j) => shrink.has(j), () => NARROW);
  giveWay(() => true, () => NARROW);
  giveWay(() => true, () => 1);
  return width;
}

/** One line of a cell in at most `width` columns: wrapped at spaces (long words broken), or cut with `…`. */
export function fitLine(line: string, width: number, wrap: boolean): string[] {
  if (cellWidth(line) <= width) return [line];
  const plain = line.includes('\u001b') ? line.replace(ANSI, '') : line;
  if (cellWidth(plain) <= width) return [plain];
  if (!wrap) return [`${take(Array.from(plain), 0, width - 1).text}…`];
  const out: string[] = [];
  let current = '';
  let used = 0;
  for (const word of plain.split(' ')) {
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w <= width) {
      current += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (used > 0) out.push(current);
    current = '';
    used = 0;
    // a word longer than the column is broken where it reaches the edge
    const chars = Array.from(word);
    let start = 0;
    for (;;) {
      const part = take(chars, start, width);
      if (part.end >= chars.length) {
        current = part.text;
        used = displayWidth(part.text);
        break;
      }
      out.push(part.text);
      start = part.end;
    }
  }
  out.push(current);
  return out;
}

/** The characters from `start` that fill at most `width` columns (at least one, so breaking always advances). */
function take(chars: readonly string[], start: number, width: number): { text: string; end: number } {
  let used = 0;
  let end = start;
  while (end < chars.length) {
    const w = displayWidth(chars[end]!);
    if (used + w > width && end > start) break;
    used += w;
    end++;
  }
  return { text: chars.slice(start, end).join(''), end };
}

/**
 * A plain table for the terminal, boxed, one rule between rows; the header in bold when
 * colour is on. Same layout as cli-table3 (which it replaced) but in two passes over the
 * cells (widths, then lines): time and memory grow with the size of the output, nothing more.
 * On a terminal (`io.fitWidth`) the table fits its width: cells wrap or are cut, rows never wrap.
 */
export function renderTable(io: Io, head: string[], rows: (string | number | null)[][], fit: TableFit = {}): string {
  let cols = head.length;
  for (const row of rows) cols = Math.max(cols, row.length);
  let width = new Array<number>(cols).fill(0);
  // Each body cell is escaped and measured once (printable ASCII, the common case, needs
  // neither), kept with its width for the second pass: a name with control characters keeps
  // the columns aligned. The header is ours.
  const texts = new Array<string>(rows.length * cols);
  const widths = new Uint32Array(rows.length * cols);
  const measure = (cell: string): number => {
    if (!cell.includes('\n')) return cellWidth(cell);
    let w = 0;
    for (const line of cell.split('\n')) w = Math.max(w, cellWidth(line));
    return w;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let j = 0, k = r * cols; j < cols; j++, k++) {
      const value = row[j];
      const raw = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
      const plain = PLAIN.test(raw);
      // With colour on, the palette's own colours pass (a stale mark in yellow), as in Io's output; everything else is escaped.
      const cell = plain ? raw : terminalSafe(raw, io.color.level > 0);
      const w = plain ? cell.length : measure(cell);
      texts[k] = cell;
      widths[k] = w;
      if (w > width[j]!) width[j] = w;
    }
  }
  // what a column keeps when others give way: its cells, and the longest word of its header
  const keep = head.map((h, j) => Math.max(width[j]!, ...h.split(/[ \n]/).map(cellWidth)));
  const headTexts = Array.from({ length: cols }, (_, j) => (head[j] === null || head[j] === undefined ? '' : String(head[j])));
  headTexts.forEach((cell, j) => (width[j] = Math.max(width[j]!, measure(cell))));
  const natural = width;
  if (io.fitWidth !== undefined) {
    const shrink = new Set(fit.shrink ?? width.map((_, j) => j));
    width = fitWidths(width, io.fitWidth, shrink, keep);
  }
  const wraps = (j: number): boolean => fit.shrink === undefined || fit.shrink.includes(j);
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
  /** A row as high as its tallest cell: cells with line breaks, or wider than their column. */
  const tall = (cellsOf: (j: number) => string, style: (s: string) => string, wrap: (j: number) => boolean): void => {
    const cells = Array.from({ length: cols }, (_, j) =>
      cellsOf(j)
        .split('\n')
        .flatMap((l) => fitLine(l, width[j]!, wrap(j))),
    );
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) line((j) => (cells[j]![k] === undefined ? '' : style(cells[j]![k]!)));
  };
  // headers always wrap at their spaces
  const bold = (s: string) => io.color.bold(s);
  if (headTexts.some((cell, j) => cell.includes('\n') || (natural[j]! > width[j]! && measure(cell) > width[j]!))) tall((j) => headTexts[j]!, bold, () => true);
  else line((j) => bold(headTexts[j]!));
  const between = rule('├', '┼', '┤');
  // Every 256 rows the pieces are joined into one string, so only short-lived small
  // objects are made: the memory work stays proportional to the rows.
  const chunks: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    out.push(between);
    const base = r * cols;
    let simple = true;
    for (let j = 0; j < cols && simple; j++) {
      const value = rows[r]![j];
      if ((typeof value === 'string' && value.includes('\n')) || (natural[j]! > width[j]! && widths[base + j]! > width[j]!)) simple = false;
    }
    if (simple) {
      out.push('│ ');
      for (let j = 0; j < cols; j++) out.push(texts[base + j]!, (j === cols - 1 ? endPad : midPad)[width[j]! - widths[base + j]!]!);
    } else tall((j) => texts[base + j]!, (s) => s, wraps);
    if ((r & 255) === 255) chunks.push(out.splice(0).join(''));
  }
  out.push(rule('└', '┴', '┘'));
  chunks.push(out.join(''));
  return chunks.join('');
}

/** A line of text after `prefix`, wrapped on a terminal so no line is wider than it, continued under the text. */
export function hangingLine(io: Io, prefix: string, text: string): string {
  const indent = cellWidth(prefix);
  if (io.fitWidth === undefined || indent + cellWidth(text) <= io.fitWidth) return `${prefix}${text}`;
  const lines = fitLine(text, Math.max(1, io.fitWidth - indent), true);
  return lines.map((l, i) => `${i === 0 ? prefix : ' '.repeat(indent)}${l}`).join('\n');
}

/** Key–value lines, labels padded to one column. */
export function renderFields(io: Io, fields: [string, string | number | null][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${io.color.dim(`${label}:`.padEnd(width + 1))} ${value ?? '–'}`).join('\n') + '\n';
}
