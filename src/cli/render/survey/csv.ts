import { isSuppressedQuestion, type QuestionFigures, type SurveyReport } from '../../../core/survey/report.js';
import { sheetCsv, type CsvStyle, type Sheet } from '../csv.js';
import { GROUPS } from './view.js';

type Cell = string | number | null;

/**
 * The survey report as CSV: one row per group × question × figure (`group,question,figure,value`),
 * language-neutral like the JSON (English notes, numbers with a decimal point). A group's own
 * rows have an empty question; a free-text answer is one `answer` row each. Cells that a
 * spreadsheet would run as a formula are defused (csvCell).
 */
export function renderSurveyCsv(report: SurveyReport, style: CsvStyle = {}): string {
  return sheetCsv(surveySheet(report), style);
}

/** The survey report as a table for files (the CSV, and the sheet of the workbook). */
export function surveySheet(report: SurveyReport): Sheet {
  const rows: Cell[][] = [];
  for (const name of GROUPS) {
    const group = report.groups[name];
    if (group.suppressed) {
      rows.push([name, '', 'suppressed', group.note]);
      continue;
    }
    rows.push([name, '', 'n', group.n]);
    if (group.participants !== undefined) rows.push([name, '', 'participants', group.participants], [name, '', 'response_rate', group.responseRate ?? null]);
    for (const [id, figures] of Object.entries(group.questions)) {
      for (const [figure, value] of figureRows(figures)) rows.push([name, id, figure, value]);
    }
  }
  return { name: 'survey', head: ['group', 'question', 'figure', 'value'], rows };
}

/** The figures of one question as (figure, value) pairs, in the JSON's key order. */
function figureRows(figures: QuestionFigures): [string, Cell][] {
  if (isSuppressedQuestion(figures)) return [['suppressed', figures.note]];
  const out: [string, Cell][] = [];
  for (const [key, value] of Object.entries(figures)) {
    if (key === 'withheld') continue; // the note row says it
    if (key === 'answers') for (const answer of value as string[]) out.push(['answer', controlFree(answer)]);
    else if (key === 'counts') for (const [k, v] of Object.entries(value as Record<string, number>)) out.push([`count_${k}`, v]);
    else if (key === 'note') out.push(['withheld', value as string]);
    else out.push([key, value as number | null]);
  }
  return out;
}

/** Control characters (a terminal escape, say) become U+FFFD, as in the Markdown and HTML output. */
function controlFree(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}
