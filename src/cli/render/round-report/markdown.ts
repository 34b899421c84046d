import { formatDate } from '../format.js';
import { mdTable, mdText } from '../markdown.js';
import { belowMark, confidenceTable, checksMinimum, countFields, minimumSummary, headline, progress, surveyHead, surveyRows, surveySectionTitle, tandemHead, tandemReasons, title, who, type ReportView } from './common.js';

/** The round report as GitHub-flavoured Markdown; every user text escaped. */
export function renderReportMarkdown(v: ReportView): string {
  const { report: r, t, lang, topic } = v;
  const out: string[] = [];
  out.push(`# ${mdText(title(v))}`, '', `${mdText(headline(v))} (${Math.round(progress(r) * 100)} %)`, '');

  out.push(`## ${mdText(t('report.section.counts'))}`, '');
  out.push(mdTable([{ label: t('report.label.figure') }, { label: t('report.label.value'), numeric: true }], countFields(v)));

  out.push(`## ${mdText(v.staleOnly ? t('report.section.staleTandems') : t('report.section.tandems'))}`, '');
  out.push(mdText(t('report.staleSummary', { stale: r.tandems.filter((x) => x.stale).length, days: r.staleDays })), '');
  const minimum = minimumSummary(v);
  if (minimum) out.push(mdText(minimum), '');
  if (r.tandems.length) {
    const head = tandemHead(t, r).map((label, i) => ({ label, numeric: i >= 3 && i <= 4 }));
    out.push(
      mdTable(
        head,
        r.tandems.map((x) => [
          who(x.mentee, t),
          x.mentors.map((m) => who(m, t)).join(', '),
          tandemReasons(x.mentors, t, ', ', topic),
          x.sessions,
          x.minutes,
          formatDate(x.lastSession, lang),
          `${x.goals.achieved}/${x.goals.set}`,
          x.stale ? { raw: `**${mdText(t('report.staleMark'))}**` } : '',
          ...(checksMinimum(r) ? [x.belowMinimum ? { raw: `**${mdText(belowMark(x, t))}**` } : ''] : []),
        ]),
      ),
    );
  } else out.push(mdText(t('report.noTandems')), '');

  out.push(`## ${mdText(t('label.topics'))}`, '');
  if (r.topics.length) {
    out.push(mdTable([{ label: t('report.label.topic') }, { label: t('label.sessions'), numeric: true }], r.topics.map((x) => [topic(x.topic), x.sessions])));
  } else out.push(mdText(t('report.noTopics')), '');

  out.push(`## ${mdText(t('report.section.goals'))}`, '');
  out.push(mdText(t('report.goalsSummary', { achieved: r.goals.achieved, set: r.goals.set })), '');
  for (const a of r.goals.achievements) {
    out.push(`- ${mdText(formatDate(a.date, lang))}: ${mdText(a.mentee ?? t('report.forgotten'))} – ${mdText(a.goal)}`);
  }
  if (r.goals.achievements.length) out.push('');

  out.push(`## ${mdText(t('report.section.highlights'))}`, '');
  if (r.highlights.length === 0) out.push(mdText(t('report.noHighlights')));
  for (const h of r.highlights) out.push(`- ${mdText(formatDate(h.date, lang))}: ${mdText(h.text)}`);
  out.push('');

  if (r.survey) {
    out.push(`## ${mdText(surveySectionTitle(t, r.survey))}`, '');
    out.push(
      mdTable(
        surveyHead(t).map((label) => ({ label })),
        surveyRows(r.survey, t, lang).map((g) => [g.group, ...g.cells]),
      ),
    );
    const confidence = confidenceTable(r.survey, t, lang, topic);
    if (confidence) out.push('', mdTable(confidence.head.map((label) => ({ label })), confidence.rows));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
