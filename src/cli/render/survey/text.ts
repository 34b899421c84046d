import type { Palette } from '../../palette.js';
import { displayWidth, hbar, padDisplay, terminalText } from '../bars.js';
import { formatNumber } from '../format.js';
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
 * The survey report for the terminal (`--format table`): per group, each question with its
 * headline figure and its distribution as horizontal bars. Colour comes from `color`, which
 * is a no-colour instance unless stdout is a colour terminal; user text is made terminal-safe.
 */
export function renderSurveyText(input: SurveyReportInput, color: Palette, columns: number): string {
  const { report, t, lang } = input;
  // Bars of at most 40 cells (fewer on a narrow terminal) read better than bars across the screen.
  const barWidth = Math.max(10, Math.min(40, columns - 40));
  const lines: string[] = [color.bold(terminalText(reportTitle(input))), color.dim(minGroupLine(input))];
  for (const name of GROUPS) {
    const group = report.groups[name];
    lines.push('', color.heading(groupHeading(t, name, group)));
    if (group.suppressed) {
      lines.push(`  ${color.yellow(suppressionText(t, report.minGroup))}`);
      continue;
    }
    const rate = responseRateLine(t, lang, group);
    if (rate) lines.push(`  ${rate}`);
    for (const view of questionViews(input, group)) {
      const name = `  ${color.bold(terminalText(questionText(view.question, lang)))}`;
      if (view.kind === 'suppressed') {
        lines.push(name, `    ${color.yellow(view.note)}`);
        continue;
      }
      const title = `${name} ${color.dim(`(n = ${view.n})`)}`;
      if (view.kind === 'withheld') {
        lines.push(title, `    ${color.yellow(view.note)}`);
      } else if (view.kind === 'texts') {
        lines.push(title);
        if (view.answers.length === 0) lines.push(`    ${color.dim(t('survey.report.noAnswers'))}`);
        for (const answer of view.answers) lines.push(`    • ${terminalText(answer).replace(/\r?\n/g, ' ')}`);
      } else {
        lines.push(`${title}  ${view.headline}`);
        const format = (v: number) => (view.unit === '%' ? percent(v, lang) : formatNumber(v, lang));
        // Shares are drawn against 100 %, counts against the largest count.
        const max = view.unit === '%' ? 100 : Math.max(0, ...view.bars.map((b) => b.value));
        const labelWidth = Math.max(0, ...view.bars.map((b) => displayWidth(b.label)));
        const valueWidth = Math.max(0, ...view.bars.map((b) => format(b.value).length));
        for (const bar of view.bars) {
          const label = padDisplay(bar.label, labelWidth);
          const value = padDisplay(format(bar.value), valueWidth, true);
          lines.push(`    ${label}  ${value} ${color.cyan(hbar(bar.value, max, barWidth))}`.trimEnd());
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
