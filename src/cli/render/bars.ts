/** Bars for the terminal: horizontal bar charts and progress bars made of block characters. */

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
