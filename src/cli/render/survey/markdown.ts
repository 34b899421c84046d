import { formatNumber } from '../format.js';
import { mdTable, mdText } from '../markdown.js';
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
  type SurveyReportInput,
} from './view.js';

/**
 * The survey report as GitHub-flavoured Markdown: per group a table of the questions with
 * their headline figure and distribution, then the free-text answers as a list. Every
 * user-supplied text (names, answers) is escaped.
 */
export function renderSurveyMarkdown(input: SurveyReportInput): string {
  const { report, t, lang } = input;
  const out: string[] = [`# ${mdText(reportTitle(input))}`, '', mdText(minGroupLine(input))];
  for (const name of GROUPS) {
    const group = report.groups[name];
    out.push('', `## ${mdText(groupHeading(t, name, group))}`, '');
    if (group.suppressed) {
      out.push(`_${mdText(suppressionText(t, report.minGroup))}_`);
      continue;
    }
    const rate = responseRateLine(t, lang, group);
    if (rate) out.push(mdText(rate), '');
    const views = questionViews(input, group);
    const rows: (string | number)[][] = [];
    for (const view of views) {
      const text = questionText(view.question, lang);
      if (view.kind === 'figures') {
        const format = (v: number) => (view.unit === '%' ? percent(v, lang) : formatNumber(v, lang));
        const distribution = view.bars.map((b) => `${b.label}: ${format(b.value)}`).join(' · ');
        rows.push([text, view.n, view.headline, distribution]);
      } else if (view.kind === 'suppressed') {
        rows.push([text, '', view.note, '']);
      } else if (view.kind === 'withheld') {
        rows.push([text, view.n, view.note, '']);
      } else {
        rows.push([text, view.n, t('survey.report.answersBelow', { n: view.answers.length }), '']);
      }
    }
    out.push(
      mdTable(
        [
          { label: t('survey.report.question') },
          { label: 'n', numeric: true },
          { label: t('survey.report.result') },
          { label: t('survey.report.distribution') },
        ],
        rows,
      ).trimEnd(),
    );
    for (const view of views) {
      if (view.kind !== 'texts') continue;
      out.push('', `**${mdText(questionText(view.question, lang))}**`, '');
      if (view.answers.length === 0) out.push(`_${mdText(t('survey.report.noAnswers'))}_`);
      for (const answer of view.answers) out.push(`- ${mdText(answer)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
