import { surveyLabel } from '../../../core/survey/name.js';
import type { Command } from 'commander';
import { importResponses } from '../../../app/surveys.js';
import { surveyCsvSpec, surveyRows } from '../../../io/survey-csv.js';
import { examples, type App } from '../../app.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';
import { importFileOptions, readImportFile, type ImportFileOptions } from '../../import-file.js';

interface ImportOptions extends SurveyOptions, ImportFileOptions {
  force?: boolean;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  importFileOptions(surveyOptions(group.command('import <file>'), t), t)
    .description(t('survey.import.description'))
    .option('--force', t('survey.import.option.force'))
    .addHelpText(
      'after',
      examples(t, ['tandem survey import answers.csv --round 2026', 'tandem survey import midpoint.csv --round 2026 --name midpoint', 'tandem survey import Forms-Export.xlsx --round 2026 --map \'Ihre Rolle=role\'']) +
        `\n${t('survey.import.columns')}\n`,
    )
    .action(
      app.action(async (ctx, file: string, o: ImportOptions) => {
        const { db, round, survey } = await resolveSurvey(ctx, o);
        const rows = surveyRows(await readImportFile(ctx, file, surveyCsvSpec(survey.questions), o), survey.questions);
        const progress = ctx.progress(t('survey.import.progress'), rows.length);
        const result = importResponses(db, survey, rows, o.force === true, (i) => progress.tick(i));
        progress.done();
        if (ctx.json) return ctx.printJson({ survey: survey.name, round: round.name, ...result });
        ctx.info(t('survey.imported', { count: result.added, survey: surveyLabel(survey.name, survey.title), round: round.name }));
        if (result.alreadyStored > 0) ctx.info(t('survey.import.alreadyStored', { count: result.alreadyStored }));
      }),
    );
}
