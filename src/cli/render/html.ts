/**
 * Generic helpers for self-contained HTML files (reports, certificates, survey reports):
 * escaping, a page shell with a strict Content-Security-Policy, and inline SVG bar charts.
 * No scripts, no external resources: the file opens the same offline, in a mail client
 * or from a file share.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // C0 controls other than tab and newline are invalid in HTML and could confuse a parser.
  return String(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * User-supplied text as inline HTML: escaped and isolated with `<bdi>`, so a name in
 * Arabic or Hebrew does not reorder the text around it.
 */
export function userText(value: string | null | undefined, fallback = '–'): string {
  if (value === null || value === undefined || value === '') return escapeHtml(fallback);
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

/** The Content-Security-Policy of every generated page: inline styles and data: images, nothing else. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Base styles: readable on screen, A4 when printed. Pages append their own CSS. */
export const BASE_CSS = `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;margin:0 auto;max-width:980px;padding:24px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
p.sub{color:#57606a;margin:0 0 12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #d0d7de;vertical-align:top}
th{background:#f6f8fa}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
svg.chart{display:block;width:100%;height:auto;max-width:100%}
svg.chart text{font:11px system-ui,Arial,sans-serif;fill:#1f2328}
svg.chart .bar{fill:#2f81f7}
svg.chart .axis{stroke:#8c959f;stroke-width:1}
.muted{color:#57606a}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:11px}h2{break-after:avoid}tr,figure,svg.chart,li{break-inside:avoid}}
`;

/** A complete HTML document: charset, CSP meta tag, no referrer, title and inline styles. */
export function htmlPage(title: string, body: string, lang: string, css = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** One bar of a chart: its label (user text is fine; it is escaped) and value. */
export interface Bar {
  label: string;
  value: number;
  /** Tooltip; defaults to `label: value`. */
  title?: string;
}

export interface ChartOptions {
  /** Identifies the chart (`data-chart`), e.g. for tests and print styles. */
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** Formats a value for the label at the end of a bar. */
  format?: (value: number) => string;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * A horizontal bar chart (one row per bar, label left, value right), as inline SVG.
 * Every bar is a `rect.bar` with a `<title>` tooltip.
 */
export function horizontalBarChart(bars: readonly Bar[], options: ChartOptions): string {
  const format = options.format ?? ((v: number) => String(v));
  const row = 20;
  const labelWidth = 220;
  const valueWidth = 70;
  const width = 760;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(row, bars.length * row) + 4;
  const rows = bars.map((b, i) => {
    const y = i * row + 2;
    const w = Math.max(0, (b.value / max) * plot);
    return (
      `<g><text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(truncate(b.label, 34))}</text>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${num(w)}" height="${row - 6}" data-value="${b.value}">` +
      `<title>${escapeHtml(b.title ?? `${b.label}: ${format(b.value)}`)}</title></rect>` +
      `<text x="${num(labelWidth + w + 6)}" y="${y + 14}">${escapeHtml(format(b.value))}</text></g>`
    );
  });
  return (
    `<svg class="chart" data-chart="${escapeHtml(options.id)}" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<line class="axis" x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}"/>${rows.join('')}</svg>`
  );
}

/**
 * A vertical bar (column) chart over a series such as weeks, as inline SVG; `labels`
 * under the columns are thinned out when there are many. Every bar is a `rect.bar`,
 * also those of value 0 (height 0), so a chart always has one bar per item.
 */
export function columnChart(bars: readonly Bar[], options: ChartOptions): string {
  const format = options.format ?? ((v: number) => String(v));
  const width = 760;
  const height = 200;
  const top = 16;
  const bottom = 24;
  const left = 36;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = bars.length ? (width - left) / bars.length : width - left;
  const barWidth = Math.max(1, slot * 0.7);
  const every = Math.max(1, Math.ceil(bars.length / 26));
  const columns = bars.map((b, i) => {
    const h = (b.value / max) * plotHeight;
    const x = left + i * slot + (slot - barWidth) / 2;
    const label = i % every === 0 ? `<text x="${num(x + barWidth / 2)}" y="${height - 8}" text-anchor="middle">${escapeHtml(b.label)}</text>` : '';
    return (
      `<rect class="bar" x="${num(x)}" y="${num(top + plotHeight - h)}" width="${num(barWidth)}" height="${num(h)}" data-value="${b.value}">` +
      `<title>${escapeHtml(b.title ?? `${b.label}: ${format(b.value)}`)}</title></rect>${label}`
    );
  });
  return (
    `<svg class="chart" data-chart="${escapeHtml(options.id)}" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${escapeHtml(format(max))}</text>` +
    `<text x="${left - 6}" y="${top + plotHeight}" text-anchor="end">0</text>` +
    `<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${width}" y2="${top + plotHeight}"/>${columns.join('')}</svg>`
  );
}

/** A simple HTML table; cells are HTML already (escape user text with escapeHtml/userText first). */
export function htmlTable(head: readonly { html: string; numeric?: boolean }[], rows: readonly { cells: string[]; className?: string }[]): string {
  const th = head.map((h) => `<th${h.numeric ? ' class="num"' : ''}>${h.html}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr${r.className ? ` class="${escapeHtml(r.className)}"` : ''}>${r.cells
          .map((c, i) => `<td${head[i]?.numeric ? ' class="num"' : ''}>${c}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Cuts a label to `max` characters (by code point, so an emoji is never split), with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
