import type { CompareRow } from '../../core/report/compare.js';
import type { Lang, T } from '../../core/i18n/index.js';
import { sheetCsv, type CsvStyle, type Sheet } from './csv.js';
import { formatDate, formatNumber } from './format.js';
import { escapeHtml, htmlPage, htmlTable } from './html.js';
import { mdTable, mdText } from './markdown.js';

/** The comparison as a grid: one line per figure, one column per round (every format shows the same cells). */
export function compareGrid(rows: CompareRow[], t: T, lang: Lang): { label: string; cells: string[] }[] {
  const n = (value: number | null, suffix = '') => (value === null ? '–' : `${formatNumber(value, lang)}${suffix}`);
  const surveyCell = (r: CompareRow, value: number | null, suffix = '') =>
    r.survey === null ? t('compare.noSurvey') : r.survey.suppressed ? t('compare.suppressed') : n(value, suffix);
  const lines: [string, (r: CompareRow) => string][] = [
    [t('label.dates'), (r) => `${formatDate(r.round.startsOn, lang)} – ${formatDate(r.round.endsOn, lang)}`],
    [t('label.status'), (r) => t(`status.${r.round.status}`)],
    [t('label.mentors'), (r) => n(r.participants.mentors)],
    [t('label.mentees'), (r) => n(r.participants.mentees)],
    [t('label.pairs'), (r) => n(r.pairs)],
    [t('compare.label.tandems'), (r) => n(r.tandems)],
    [t('label.sessions'), (r) => n(r.sessions)],
    [t('compare.label.sessionsPerTandem'), (r) => n(r.sessionsPerTandem)],
    [t('report.label.hours'), (r) => n(r.hours)],
    [t('compare.label.goalsAchieved'), (r) => `${n(r.goals.achieved)} / ${n(r.goals.set)}`],
    [t('compare.label.recommend'), (r) => surveyCell(r, r.recommendPercent, ' %')],
    [t('compare.label.nps'), (r) => surveyCell(r, r.nps)],
  ];
  return lines.map(([label, cell]) => ({ label, cells: rows.map(cell) }));
}

/** GitHub-flavoured Markdown: a heading and the grid as a table. */
export function renderCompareMarkdown(rows: CompareRow[], t: T, lang: Lang): string {
  const head = [{ label: '' }, ...rows.map((r) => ({ label: r.round.name }))];
  const body = compareGrid(rows, t, lang).map((line) => [line.label, ...line.cells]);
  return `# ${mdText(t('compare.title'))}\n\n${mdTable(head, body)}`;
}

/** One self-contained HTML page with the grid; every round name escaped. */
export function renderCompareHtml(rows: CompareRow[], t: T, lang: Lang): string {
  const head = [{ html: '' }, ...rows.map((r) => ({ html: escapeHtml(r.round.name) }))];
  const body = compareGrid(rows, t, lang).map((line) => ({ cells: [line.label, ...line.cells].map(escapeHtml) }));
  return htmlPage(t('compare.title'), `<h1>${escapeHtml(t('compare.title'))}</h1>\n${htmlTable(head, body)}`, lang);
}

/** CSV with language-neutral headers: one row per round, figures as numbers (empty where suppressed or absent). */
export function renderCompareCsv(rows: CompareRow[], style: CsvStyle = {}): string {
  return sheetCsv(compareSheet(rows), style);
}

/** The comparison as a table for files: one row per round (the CSV, and the sheet of the workbook). */
export function compareSheet(rows: CompareRow[]): Sheet {
  return {
    name: 'rounds',
    head: ['round', 'starts_on', 'ends_on', 'status', 'mentors', 'mentees', 'pairs', 'tandems', 'sessions', 'sessions_per_tandem', 'hours', 'goals_set', 'goals_achieved', 'recommend_percent', 'nps'],
    rows: rows.map((r) => [
      r.round.name,
      r.round.startsOn,
      r.round.endsOn,
      r.round.status,
      r.participants.mentors,
      r.participants.mentees,
      r.pairs,
      r.tandems,
      r.sessions,
      r.sessionsPerTandem,
      r.hours,
      r.goals.set,
      r.goals.achieved,
      r.recommendPercent,
      r.nps,
    ]),
  };
}
