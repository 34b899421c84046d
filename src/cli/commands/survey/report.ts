import type { Command } from 'commander';
import { PLAIN } from '../../palette.js';
import { DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR, surveyReport } from '../../../core/survey/report.js';
import { roleCounts } from '../../../db/participants.js';
import { loadResponses } from '../../../db/surveys.js';
import { getSettings } from '../../../app/settings.js';
import { examples, type App } from '../../app.js';
import { emitOutput, outputOptions, outputTarget } from '../../output-options.js';
import { renderSurveyReport, SURVEY_REPORT_FORMATS as FORMATS } from '../../render/survey/format.js';
import type { SurveyReportInput } from '../../render/survey/view.js';
import { parseMinGroup } from './min-group.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';

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
        const report = surveyReport(survey.questions, loadResponses(db, survey.id), minGroup, survey.name, roleCounts(db, round.id));
        // A file gets no colour, whatever the terminal can do.
        const color = target.path === undefined ? ctx.io.color : PLAIN;
        const settings = target.format === 'html' ? getSettings(db) : undefined;
        const input: SurveyReportInput = { report, questions: survey.questions, round: round.name, lang: ctx.lang, t: ctx.t, settings };
        emitOutput(ctx, target, await renderSurveyReport(target.format, input, color, ctx.io.columns, o.excel === true), 'survey.report.written');
      }),
    );
}
