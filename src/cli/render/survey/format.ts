import type { Palette } from '../../palette.js';
import type { SurveyReportInput } from './view.js';

/** The formats `survey report` writes. */
export const SURVEY_REPORT_FORMATS = ['table', 'md', 'html', 'json', 'csv', 'xlsx'] as const;
export type SurveyReportFormat = (typeof SURVEY_REPORT_FORMATS)[number];

/** A survey report in one of its formats; each renderer is loaded only when it is used. */
export async function renderSurveyReport(format: SurveyReportFormat, input: SurveyReportInput, color: Palette, columns: number, excel = false): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(input.report, null, 2)}\n`;
    case 'csv':
      return (await import('./csv.js')).renderSurveyCsv(input.report, { excel });
    case 'xlsx':
      return (await import('../xlsx.js')).renderWorkbook([(await import('./csv.js')).surveySheet(input.report)]);
    case 'md':
      return (await import('./markdown.js')).renderSurveyMarkdown(input);
    case 'html':
      return (await import('./html.js')).renderSurveyHtml(input);
    case 'table':
      return (await import('./text.js')).renderSurveyText(input, color, columns);
  }
}
