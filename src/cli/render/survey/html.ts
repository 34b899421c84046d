import { formatNumber } from '../format.js';
import { NO_SETTINGS } from '../../../core/settings.js';
import { BRAND_CSS, brandFooter, brandHeader } from '../brand.js';
import { escapeHtml, horizontalBarChart, htmlPage, htmlTable, userText } from '../html.js';
import {
  GROUPS,
  groupHeading,
  responseRateLine,
  minGroupLine,
  percent,
  questionText,
  questionViews,
  reportTitle,
  suppressionText,
  type ComparisonView,
  type DistributionBar,
  type SurveyReportInput,
} from './view.js';

const CSS = `
section.group{break-inside:auto}
p.suppressed,p.withheld{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:4px}
div.question{break-inside:avoid;margin:14px 0}
div.question h3{font-size:14px;margin:0 0 4px}
div.question p.headline{margin:0 0 4px;font-weight:600}
ul.answers{margin:4px 0 0 18px;padding:0}
ul.answers li{margin:2px 0}
svg.chart rect.share-0{fill:#2f81f7}
svg.chart rect.share-1{fill:#d0d7de}
svg.chart text.share-0{fill:#fff}
svg.shift rect.before{fill:#d0d7de}
svg.shift rect.after{fill:#2f81f7}
svg.shift line.interval{stroke:#1f2328;stroke-width:2}
svg.shift text{font-size:12px}
`;

/**
 * The survey report as one self-contained HTML file: inline CSS, inline SVG bars, a strict
 * Content-Security-Policy, no scripts, every text escaped; it prints on A4.
 */
export function renderSurveyHtml(input: SurveyReportInput): string {
  const { report, t, lang } = input;
  const title = reportTitle(input);
  const settings = input.settings ?? NO_SETTINGS;
  const parts: string[] = [brandHeader(settings), `<h1>${escapeHtml(title)}</h1>`, `<p class="sub">${escapeHtml(minGroupLine(input))}</p>`];
  for (const name of GROUPS) {
    const group = report.groups[name];
    parts.push(`<section class="group" data-group="${name}">`, `<h2>${escapeHtml(groupHeading(t, name, group))}</h2>`);
    if (group.suppressed) {
      parts.push(`<p class="suppressed">${escapeHtml(suppressionText(t, report.minGroup))}</p>`, '</section>');
      continue;
    }
    const rate = responseRateLine(t, lang, group);
    if (rate) parts.push(`<p class="rate">${escapeHtml(rate)}</p>`);
    const views = questionViews(input, group);
    parts.push(
      htmlTable(
        [{ html: escapeHtml(t('survey.report.question')) }, { html: 'n', numeric: true }, { html: escapeHtml(t('survey.report.result')) }],
        views.map((v) => ({
          cells: [
            escapeHtml(questionText(v.question, lang)),
            v.kind === 'suppressed' ? '' : String(v.n),
            escapeHtml(v.kind === 'figures' ? (v.comparison ? `${v.headline} · ${v.comparison.line}` : v.headline) : v.kind === 'texts' ? t('survey.report.answersBelow', { n: v.answers.length }) : v.note),
          ],
        })),
      ),
    );
    for (const view of views) {
      const count = view.kind === 'suppressed' ? '' : ` <span class="muted">(n = ${view.n})</span>`;
      const heading = `<h3>${escapeHtml(questionText(view.question, lang))}${count}</h3>`;
      parts.push(`<div class="question" data-question="${escapeHtml(view.question.id)}">`, heading);
      if (view.kind === 'figures') {
        parts.push(`<p class="headline">${escapeHtml(view.headline)}</p>`);
        if (view.comparison) {
          parts.push(`<p class="comparison">${escapeHtml(view.comparison.line)}</p>`);
          if (view.comparison.shift) parts.push(shiftChart(view.comparison, { id: `${name}-${view.question.id}-shift`, title: `${questionText(view.question, lang)}: ${view.comparison.line}`, t, lang }));
        }
        const id = `${name}-${view.question.id}`;
        const chartTitle = `${groupHeading(t, name, group)}: ${questionText(view.question, lang)}`;
        if (view.bars.length > 0 && view.unit === '%') {
          parts.push(shareBar(view.bars, { id, title: chartTitle, format: (v) => percent(v, lang) }));
        } else if (view.bars.length > 0) {
          parts.push(horizontalBarChart(view.bars, { id, title: chartTitle, format: (v) => formatNumber(v, lang) }));
        }
      } else if (view.kind === 'suppressed') {
        parts.push(`<p class="suppressed">${escapeHtml(view.note)}</p>`);
      } else if (view.kind === 'withheld') {
        parts.push(`<p class="withheld">${escapeHtml(view.note)}</p>`);
      } else if (view.answers.length === 0) {
        parts.push(`<p class="muted">${escapeHtml(t('survey.report.noAnswers'))}</p>`);
      } else {
        parts.push(`<ul class="answers">${view.answers.map((a) => `<li>${userText(a)}</li>`).join('')}</ul>`);
      }
      parts.push('</div>');
    }
    parts.push('</section>');
  }
  parts.push(brandFooter(settings, t));
  return htmlPage(title, parts.join('\n'), lang, CSS + BRAND_CSS);
}

/**
 * Shares that add up to 100 % (yes and no) as one stacked bar, so 80 % looks like 80 % of
 * the width; the generic bar chart scales to its largest bar instead.
 */
function shareBar(bars: readonly DistributionBar[], options: { id: string; title: string; format: (v: number) => string }): string {
  const width = 760;
  const height = 28;
  let x = 0;
  const parts = bars.map((bar, i) => {
    const w = (Math.max(0, bar.value) / 100) * width;
    const label = `${bar.label} ${options.format(bar.value)}`;
    const text =
      w >= 90 ? `<text class="share-${i % 2}" x="${round(x + 6)}" y="18">${escapeHtml(label)}</text>` : '';
    const rect =
      `<rect class="share share-${i % 2}" x="${round(x)}" y="2" width="${round(w)}" height="${height - 4}" data-value="${bar.value}">` +
      `<title>${escapeHtml(label)}</title></rect>${text}`;
    x += w;
    return rect;
  });
  return (
    `<svg class="chart" data-chart="${escapeHtml(options.id)}" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`
  );
}

/**
 * Before and after on the 1–5 scale: a bar per side for the mean, and the shift's 95 %
 * interval drawn as a whisker from the before mean (before + low … before + high), so the
 * reader sees how far the after bar could lie. No bar where a side is not shown.
 */
function shiftChart(comparison: ComparisonView, options: { id: string; title: string; t: SurveyReportInput['t']; lang: SurveyReportInput['lang'] }): string {
  const { t, lang } = options;
  const width = 760;
  const left = 120;
  const scale = (v: number) => left + ((Math.min(5, Math.max(1, v)) - 1) / 4) * (width - left - 20);
  const rows: string[] = [];
  const bar = (y: number, label: string, value: number | null, cls: string) => {
    rows.push(`<text x="0" y="${y + 14}">${escapeHtml(label)}</text>`);
    if (value === null) return;
    rows.push(
      `<rect class="${cls}" x="${left}" y="${y}" width="${round(scale(value) - left)}" height="18" data-value="${value}"><title>${escapeHtml(`${label} ${formatNumber(value, lang)}`)}</title></rect>`,
    );
  };
  bar(4, options.t('survey.report.chart.before'), comparison.before, 'before');
  bar(30, options.t('survey.report.chart.after'), comparison.after, 'after');
  if (comparison.shift && comparison.before !== null) {
    const x1 = scale(comparison.before + comparison.shift.low);
    const x2 = scale(comparison.before + comparison.shift.high);
    rows.push(
      `<line class="interval" x1="${round(x1)}" x2="${round(x2)}" y1="39" y2="39" data-low="${comparison.shift.low}" data-high="${comparison.shift.high}"><title>${escapeHtml(comparison.line)}</title></line>`,
      `<line class="interval" x1="${round(x1)}" x2="${round(x1)}" y1="33" y2="45"/><line class="interval" x1="${round(x2)}" x2="${round(x2)}" y1="33" y2="45"/>`,
    );
  }
  for (const tick of [1, 2, 3, 4, 5]) rows.push(`<text class="tick" x="${round(scale(tick) - 3)}" y="64">${tick}</text>`);
  return (
    `<svg class="chart shift" data-chart="${escapeHtml(options.id)}" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${width} 68" width="${width}" height="68" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`
  );
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
