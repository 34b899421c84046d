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
            escapeHtml(v.kind === 'figures' ? v.headline : v.kind === 'texts' ? t('survey.report.answersBelow', { n: v.answers.length }) : v.note),
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

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
