import type { Palette } from '../../palette.js';
import type { Io } from '../../io.js';
import { barChart, progressBar, terminalText } from '../bars.js';
import { formatDate } from '../format.js';
import { hangingLine, renderFields, renderTable } from '../table.js';
import { belowMark, confidenceTable, checksMinimum, countFields, minimumSummary, headline, progress, surveyHead, surveyRows, surveySectionTitle, tandemHead, tandemReasons, title, TOPIC_LIMIT, who, type ReportView } from './common.js';

/** How many achievements the terminal lists before "… and N more". */
const ACHIEVEMENT_LIMIT = 10;

/** The round report for the terminal (`--format table`): colour only when `io.color` has it. */
export function renderReportTable(v: ReportView, io: Io): string {
  const { report: r, t, lang, topic } = v;
  const c: Palette = io.color;
  const width = Math.max(40, Math.min(io.fitWidth ?? io.columns, 120));
  const out: string[] = [];
  const heading = (text: string) => out.push('', c.heading(text));

  out.push(c.bold(hangingLine(io, '', terminalText(title(v)))));
  out.push(hangingLine(io, '', terminalText(headline(v))));
  out.push(`${c.cyan(progressBar(progress(r), 30))} ${Math.round(progress(r) * 100)} %`);

  heading(t('report.section.counts'));
  out.push(renderFields(io, countFields(v)).trimEnd());

  const stale = r.tandems.filter((x) => x.stale).length;
  heading(v.staleOnly ? t('report.section.staleTandems') : t('report.section.tandems'));
  out.push(hangingLine(io, '', t('report.staleSummary', { stale, days: r.staleDays })));
  const minimum = minimumSummary(v);
  if (minimum) out.push(hangingLine(io, '', minimum));
  if (r.tandems.length === 0) out.push(c.dim(t('report.noTandems')));
  else {
    out.push(
      renderTable(
        io,
        tandemHead(t, r),
        r.tandems.map((x) => [
          terminalText(who(x.mentee, t)),
          terminalText(x.mentors.map((m) => who(m, t)).join(', ')),
          terminalText(tandemReasons(x.mentors, t, '\n', topic)),
          x.sessions,
          x.minutes,
          formatDate(x.lastSession, lang),
          `${x.goals.achieved}/${x.goals.set}`,
          x.stale ? c.yellow(`⚠ ${t('report.staleMark')}`) : '',
          ...(checksMinimum(r) ? [x.belowMinimum ? c.yellow(belowMark(x, t)) : ''] : []),
        ]),
        { shrink: [0, 1, 2] },
      ).trimEnd(),
    );
  }

  heading(t('label.topics'));
  if (r.topics.length === 0) out.push(c.dim(t('report.noTopics')));
  else {
    const shown = r.topics.slice(0, TOPIC_LIMIT);
    out.push(barChart(shown.map((x) => ({ label: terminalText(topic(x.topic)), value: x.sessions })), { width }).trimEnd());
    if (r.topics.length > shown.length) out.push(c.dim(t('report.more', { count: r.topics.length - shown.length })));
  }

  heading(t('report.section.goals'));
  out.push(hangingLine(io, '', t('report.goalsSummary', { achieved: r.goals.achieved, set: r.goals.set })));
  const achievements = r.goals.achievements.slice(0, ACHIEVEMENT_LIMIT);
  const achievedWidth = Math.max(0, ...achievements.map((a) => formatDate(a.date, lang).length));
  for (const a of achievements) {
    const date = formatDate(a.date, lang).padEnd(achievedWidth);
    out.push(hangingLine(io, `  ${c.green('✓')} ${date}  `, `${terminalText(a.mentee ?? t('report.forgotten'))}: ${terminalText(a.goal)}`));
  }
  if (r.goals.achievements.length > ACHIEVEMENT_LIMIT) {
    out.push(c.dim(`  ${t('report.more', { count: r.goals.achievements.length - ACHIEVEMENT_LIMIT })}`));
  }

  heading(t('report.section.highlights'));
  if (r.highlights.length === 0) out.push(c.dim(t('report.noHighlights')));
  const highlightWidth = Math.max(0, ...r.highlights.map((h) => formatDate(h.date, lang).length));
  for (const h of r.highlights) {
    out.push(hangingLine(io, `  ${formatDate(h.date, lang).padEnd(highlightWidth)}  `, terminalText(h.text.replace(/\s+/g, ' '))));
  }

  if (r.survey) {
    heading(surveySectionTitle(t, r.survey));
    out.push(
      renderTable(
        io,
        surveyHead(t),
        surveyRows(r.survey, t, lang).map((g) => [g.group, ...g.cells]),
      ).trimEnd(),
    );
    const confidence = confidenceTable(r.survey, t, lang, topic);
    if (confidence) out.push('', renderTable(io, confidence.head, confidence.rows).trimEnd());
  }
  return `${out.join('\n')}\n`;
}
