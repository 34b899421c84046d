/**
 * Generic helpers for GitHub-flavoured Markdown output. User text is escaped so it
 * reads as the literal text it is: no markup, no raw HTML, and a `|` or a line break
 * never breaks a table.
 */

/** Escapes text for inline Markdown (a paragraph, list item or heading): one line, no markup, no HTML. */
export function mdText(value: string | number | null | undefined): string {
  return (
    escapeInline(value)
      // At the start of a line: a heading, list item, numbered item, rule or setext underline.
      .replace(/^(#{1,6}(?:\s|$)|[+-](?:\s|$)|-{2}|=+\s*$)/, '\\$1')
      .replace(/^(\d{1,9})([.)](?:\s|$))/, '$1\\$2')
  );
}

/** Escapes markup and HTML, and joins lines: what every Markdown context needs. */
function escapeInline(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Markdown punctuation that could start emphasis, code, links, strikethrough or a table cell.
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .trim();
}

/** Text for a table cell: like mdText, with line breaks kept as `<br>`. */
export function mdCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return value
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => escapeInline(line))
    .join('<br>');
}

/**
 * A GFM table. Cells are escaped with mdCell unless marked raw (`{ raw: '…' }` for
 * Markdown the caller built itself); numeric columns are right-aligned.
 */
export function mdTable(
  head: readonly { label: string; numeric?: boolean }[],
  rows: readonly (string | number | null | { raw: string })[][],
): string {
  const cell = (c: string | number | null | { raw: string }) =>
    c !== null && typeof c === 'object' ? c.raw : mdCell(c) || ' ';
  const lines = [
    `| ${head.map((h) => mdCell(h.label)).join(' | ')} |`,
    `| ${head.map((h) => (h.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${head.map((_, i) => cell(r[i] ?? null)).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
