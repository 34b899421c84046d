import type { Command } from 'commander';
import { PLAIN, type Palette } from '../../palette.js';
import { UsageError } from '../../../core/errors.js';
import { DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR, surveyReport } from '../../../core/survey/report.js';
import { loadResponses } from '../../../db/surveys.js';
import { examples, type App } from '../../app.js';
import { emitOutput, outputOptions, outputTarget } from '../../output-options.js';
import type { SurveyReportInput } from '../../render/survey/view.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';

const FORMATS = ['table', 'md', 'html', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface ReportOptions extends SurveyOptions {
  minGroup?: string;
  format?: string;
  out?: string;
  excel?: boolean;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = surveyOptions(group.command('report'), t)
    .description(t('survey.report.description'))
    .option('--min-group <n>', t('survey.option.minGroup', { default: DEFAULT_MIN_GROUP, min: MIN_GROUP_FLOOR }));
  outputOptions(command, t, FORMATS)
    .addHelpText(
      'after',
      examples(t, [
        'tandem survey report --round 2026',
        'tandem survey report --round 2026 --name midpoint --json',
        'tandem survey report --round 2026 --format html --out survey-2026.html',
        'tandem survey report --round 2026 --out umfrage-2026.xlsx',
      ]),
    )
    .action(
      app.action(async (ctx, o: ReportOptions) => {
        const target = outputTarget(ctx, o, FORMATS, 'table');
        const minGroup = parseMinGroup(o.minGroup);
        const { db, round, survey } = await resolveSurvey(ctx, o);
        const report = surveyReport(survey.questions, loadResponses(db, survey.id), minGroup, survey.name);
        // A file gets no colour, whatever the terminal can do.
        const color = target.path === undefined ? ctx.io.color : PLAIN;
        const input: SurveyReportInput = { report, questions: survey.questions, round: round.name, lang: ctx.lang, t: ctx.t };
        emitOutput(ctx, target, await render(target.format, input, color, ctx.io.columns, o.excel === true), 'survey.report.written');
      }),
    );
}

/** `--min-group`: a whole number of at least 3 (exit 2 otherwise), default 5. */
function parseMinGroup(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_GROUP;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < MIN_GROUP_FLOOR) {
    throw new UsageError('error.minGroup', { min: MIN_GROUP_FLOOR, value });
  }
  return n;
}

async function render(format: Format, input: SurveyReportInput, color: Palette, columns: number, excel: boolean): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(input.report, null, 2)}\n`;
    case 'csv':
      return (await import('../../render/survey/csv.js')).renderSurveyCsv(input.report, { excel });
    case 'xlsx':
      return (await import('../../render/xlsx.js')).renderWorkbook([(await import('../../render/survey/csv.js')).surveySheet(input.report)]);
    case 'md':
      return (await import('../../render/survey/markdown.js')).renderSurveyMarkdown(input);
    case 'html':
      return (await import('../../render/survey/html.js')).renderSurveyHtml(input);
    case 'table':
      return (await import('../../render/survey/text.js')).renderSurveyText(input, color, columns);
  }
}
