/** Bars for the terminal: horizontal bar charts and progress bars made of block characters. */
import { displayWidth } from './table.js';

// Measured where tables measure their cells: a table (`round list`) loads no bar code.
export { displayWidth };

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `width` cells long at most, for `value` of `max`, in eighths of a cell. */
export function hbar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** A progress bar of `width` cells: filled part, then a light shade for the rest. */
export function progressBar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(f * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** Pads to a display width (right-aligned with `alignRight`). */
export function padDisplay(text: string, width: number, alignRight = false): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? pad + text : text + pad;
}

export interface BarLine {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart for the terminal: one line per item, the label padded to one
 * column, the bar, and the value.
 */
export function barChart(lines: readonly BarLine[], options: { width: number; format?: (n: number) => string }): string {
  if (lines.length === 0) return '';
  const format = options.format ?? String;
  const labelWidth = Math.min(30, Math.max(...lines.map((l) => displayWidth(l.label))));
  const valueWidth = Math.max(...lines.map((l) => format(l.value).length));
  const barWidth = Math.max(10, options.width - labelWidth - valueWidth - 4);
  const max = Math.max(...lines.map((l) => l.value));
  return (
    lines
      .map((l) => {
        const label = displayWidth(l.label) > labelWidth ? `${Array.from(l.label).slice(0, labelWidth - 1).join('')}…` : l.label;
        return `${padDisplay(label, labelWidth)}  ${padDisplay(format(l.value), valueWidth, true)} ${hbar(l.value, max, barWidth)}`;
      })
      .join('\n') + '\n'
  );
}

/** Terminal-safe text: control characters (escape sequences included) become `?`. */
export function terminalText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
