import type { Palette } from '../../palette.js';
import type { SurveyReportInput } from './view.js';

/** The formats `survey report` writes. */
export const SURVEY_REPORT_FORMATS = ['table', 'md', 'html', 'json', 'csv'] as const;
export type SurveyReportFormat = (typeof SURVEY_REPORT_FORMATS)[number];

/** A survey report in one of its formats; each renderer is loaded only when it is used. */
export async function renderSurveyReport(format: SurveyReportFormat, input: SurveyReportInput, color: Palette, columns: number): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(input.report, null, 2)}\n`;
    case 'csv':
      return (await import('./csv.js')).renderSurveyCsv(input.report);
    case 'md':
      return (await import('./markdown.js')).renderSurveyMarkdown(input);
    case 'html':
      return (await import('./html.js')).renderSurveyHtml(input);
    case 'table':
      return (await import('./text.js')).renderSurveyText(input, color, columns);
  }
}
