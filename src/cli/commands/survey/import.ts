import type { Command } from 'commander';
import { importResponses } from '../../../app/surveys.js';
import { readSurveyCsv } from '../../../io/survey-csv.js';
import { examples, type App } from '../../app.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';
import { resolvePath } from '../admin/paths.js';

interface ImportOptions extends SurveyOptions {
  force?: boolean;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('import <file>'), t)
    .description(t('survey.import.description'))
    .option('--force', t('survey.import.option.force'))
    .addHelpText(
      'after',
      examples(t, ['tandem survey import answers.csv --round 2026', 'tandem survey import midpoint.csv --round 2026 --name midpoint']) +
        `\n${t('survey.import.columns')}\n`,
    )
    .action(
      app.action(async (ctx, file: string, o: ImportOptions) => {
        const { db, round, survey } = await resolveSurvey(ctx, o);
        const { rows } = readSurveyCsv(resolvePath(ctx, file), survey.questions);
        const progress = ctx.progress(t('survey.import.progress'), rows.length);
        const result = importResponses(db, survey, rows, o.force === true, (i) => progress.tick(i));
        progress.done();
        if (ctx.json) return ctx.printJson({ survey: survey.name, round: round.name, ...result });
        ctx.info(t('survey.imported', { count: result.added, survey: survey.name, round: round.name }));
        if (result.alreadyStored > 0) ctx.info(t('survey.import.alreadyStored', { count: result.alreadyStored }));
      }),
    );
}
