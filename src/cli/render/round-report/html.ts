import { formatDate, formatHours, formatNumber } from '../format.js';
import { NO_SETTINGS } from '../../../core/settings.js';
import { BRAND_CSS, brandFooter, brandHeader } from '../brand.js';
import { columnChart, escapeHtml, horizontalBarChart, htmlPage, htmlTable, userText } from '../html.js';
import { belowMark, confidenceTable, checksMinimum, countFields, minimumSummary, headline, progress, surveyHead, surveyRows, surveySectionTitle, tandemHead, tandemReasons, title, TOPIC_LIMIT, type ReportView } from './common.js';

/** Tandems in the minutes chart; a larger round shows those with the most minutes. */
export const MINUTES_CHART_LIMIT = 40;

const CSS = `
header{margin-bottom:12px}
.progress{height:10px;background:#eaeef2;border-radius:5px;overflow:hidden;margin:6px 0 2px;max-width:420px}
.progress>span{display:block;height:100%;background:#2f81f7}
dl.counts{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin:0}
dl.counts div{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px}
dl.counts dt{color:#57606a;font-size:12px}
dl.counts dd{margin:0;font-size:20px;font-weight:600}
tr.stale td{background:#fff8c5}
span.stale,span.below{color:#9a6700;font-weight:600}
ul.achievements,ul.highlights{padding-left:18px}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #d0d7de;color:#1f2328}
figure{margin:10px 0}
figcaption{color:#57606a;font-size:12px;margin-bottom:4px}
footer{margin-top:28px;color:#57606a;font-size:12px}
@media print{dl.counts{grid-template-columns:repeat(4,1fr)}dl.counts dd{font-size:16px}}
`;

/**
 * The round report as one self-contained HTML file: inline CSS, inline SVG charts
 * (sessions per week, minutes per tandem, topics), a Content-Security-Policy meta tag,
 * no scripts and no external resources; every user text escaped. Prints on A4.
 */
export function renderReportHtml(v: ReportView): string {
  const { report: r, t, lang, topic } = v;
  const name = (p: { name: string | null; email: string | null }) =>
    p.name !== null ? userText(p.name) : p.email !== null ? userText(p.email) : escapeHtml(t('report.forgotten'));
  const settings = v.settings ?? NO_SETTINGS;
  const parts: string[] = [brandHeader(settings)];
  const pct = Math.round(progress(r) * 100);

  parts.push(
    `<header><h1>${userText(title(v))}</h1><p class="sub">${escapeHtml(headline(v))}</p>` +
      `<div class="progress" role="img" aria-label="${escapeHtml(`${pct} %`)}"><span style="width:${pct}%"></span></div>` +
      `<p class="sub">${escapeHtml(`${pct} %`)}</p></header>`,
  );

  parts.push(`<section id="counts"><h2>${escapeHtml(t('report.section.counts'))}</h2><dl class="counts">`);
  for (const [label, value] of countFields(v)) {
    parts.push(`<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(typeof value === 'number' ? formatNumber(value, lang) : value)}</dd></div>`);
  }
  parts.push('</dl></section>');

  if (v.weekly) {
    parts.push(
      `<section id="weekly"><h2>${escapeHtml(t('report.chart.weekly'))}</h2><figure>` +
        columnChart(
          v.weekly.map((w) => ({
            label: String(w.week),
            value: w.sessions,
            title: t('report.chart.weekTip', { week: w.week, date: formatDate(w.startsOn, lang), sessions: w.sessions }),
          })),
          { id: 'sessions-per-week', title: t('report.chart.weekly') },
        ) +
        '</figure></section>',
    );
  }

  const byMinutes = [...r.tandems].sort((a, b) => b.minutes - a.minutes).slice(0, MINUTES_CHART_LIMIT);
  parts.push(`<section id="minutes"><h2>${escapeHtml(t('report.chart.minutes'))}</h2>`);
  if (byMinutes.length === 0) parts.push(`<p class="muted">${escapeHtml(t('report.noTandems'))}</p>`);
  else {
    if (r.tandems.length > byMinutes.length) {
      parts.push(`<p class="muted">${escapeHtml(t('report.chart.minutesTop', { shown: byMinutes.length, count: r.tandems.length }))}</p>`);
    }
    parts.push(
      `<figure>${horizontalBarChart(
        byMinutes.map((x) => ({ label: x.mentee.name ?? x.mentee.email ?? t('report.forgotten'), value: x.minutes })),
        { id: 'minutes-per-tandem', title: t('report.chart.minutes'), format: (m) => formatHours(m, lang) },
      )}</figure>`,
    );
  }
  parts.push('</section>');

  const stale = r.tandems.filter((x) => x.stale).length;
  parts.push(
    `<section id="tandems"><h2>${escapeHtml(v.staleOnly ? t('report.section.staleTandems') : t('report.section.tandems'))}</h2>` +
      `<p>${escapeHtml(t('report.staleSummary', { stale, days: r.staleDays }))}</p>`,
  );
  const minimum = minimumSummary(v);
  if (minimum) parts.push(`<p>${escapeHtml(minimum)}</p>`);
  if (r.tandems.length === 0) parts.push(`<p class="muted">${escapeHtml(t('report.noTandems'))}</p>`);
  else {
    parts.push(
      htmlTable(
        tandemHead(t, r).map((label, i) => ({ html: escapeHtml(label), numeric: i >= 3 && i <= 4 })),
        r.tandems.map((x) => ({
          className: x.stale ? 'stale' : 'tandem',
          cells: [
            name(x.mentee),
            x.mentors.map(name).join(', '),
            escapeHtml(tandemReasons(x.mentors, t, ', ', topic)),
            escapeHtml(formatNumber(x.sessions, lang)),
            escapeHtml(formatNumber(x.minutes, lang)),
            escapeHtml(formatDate(x.lastSession, lang)),
            escapeHtml(`${x.goals.achieved}/${x.goals.set}`),
            x.stale ? `<span class="stale">${escapeHtml(t('report.staleMark'))}</span>` : '',
            ...(checksMinimum(r) ? [x.belowMinimum ? `<span class="below">${escapeHtml(belowMark(x, t))}</span>` : ''] : []),
          ],
        })),
      ),
    );
  }
  parts.push('</section>');

  parts.push(`<section id="topics"><h2>${escapeHtml(t('label.topics'))}</h2>`);
  if (r.topics.length === 0) parts.push(`<p class="muted">${escapeHtml(t('report.noTopics'))}</p>`);
  else {
    const shown = r.topics.slice(0, TOPIC_LIMIT);
    parts.push(`<figure>${horizontalBarChart(shown.map((x) => ({ label: topic(x.topic), value: x.sessions })), { id: 'topics', title: t('label.topics') })}</figure>`);
    if (r.topics.length > shown.length) parts.push(`<p class="muted">${escapeHtml(t('report.more', { count: r.topics.length - shown.length }))}</p>`);
  }
  parts.push('</section>');

  parts.push(
    `<section id="goals"><h2>${escapeHtml(t('report.section.goals'))}</h2>` +
      `<p>${escapeHtml(t('report.goalsSummary', { achieved: r.goals.achieved, set: r.goals.set }))}</p>`,
  );
  if (r.goals.achievements.length) {
    parts.push('<ul class="achievements">');
    for (const a of r.goals.achievements) {
      parts.push(`<li>${escapeHtml(formatDate(a.date, lang))}: ${a.mentee === null ? escapeHtml(t('report.forgotten')) : userText(a.mentee)} – ${userText(a.goal)}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</section>');

  parts.push(`<section id="highlights"><h2>${escapeHtml(t('report.section.highlights'))}</h2>`);
  if (r.highlights.length === 0) parts.push(`<p class="muted">${escapeHtml(t('report.noHighlights'))}</p>`);
  for (const h of r.highlights) {
    parts.push(`<blockquote><span class="muted">${escapeHtml(formatDate(h.date, lang))}</span><br>${userText(h.text)}</blockquote>`);
  }
  parts.push('</section>');

  if (r.survey) {
    parts.push(`<section id="survey"><h2>${escapeHtml(surveySectionTitle(t, r.survey))}</h2>`);
    parts.push(
      htmlTable(
        surveyHead(t).map((label) => ({ html: escapeHtml(label) })),
        surveyRows(r.survey, t, lang).map((g) => ({
          cells: g.suppressed
            ? [escapeHtml(g.group), `<span class="muted">${escapeHtml(g.cells[0]!)}</span>`, '', '', '', '', '']
            : [escapeHtml(g.group), ...g.cells.map((c) => escapeHtml(c))],
        })),
      ),
    );
    const confidence = confidenceTable(r.survey, t, lang, topic);
    if (confidence) parts.push(htmlTable(confidence.head.map((label) => ({ html: escapeHtml(label) })), confidence.rows.map((row) => ({ cells: row.map((c) => escapeHtml(c)) }))));
    parts.push('</section>');
  }

  parts.push(brandFooter(settings, t));
  parts.push(`<footer>${escapeHtml(t('report.footer', { date: formatDate(r.asOf, lang) }))}</footer>`);
  return htmlPage(title(v), parts.join('\n'), lang, CSS + BRAND_CSS);
}
