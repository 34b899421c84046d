import { surveyLabel } from '../../../core/survey/name.js';
import type { Command } from 'commander';
import { closeSurvey } from '../../../app/surveys.js';
import { examples, type App } from '../../app.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('close'), t)
    .description(t('survey.close.description'))
    .addHelpText('after', examples(t, ['tandem survey close --round 2026', 'tandem survey close --round 2026 --name baseline --json']))
    .action(
      app.action(async (ctx, o: SurveyOptions) => {
        const { db, round, survey } = await resolveSurvey(ctx, o);
        const closed = closeSurvey(db, survey, ctx.today);
        if (ctx.json) return ctx.printJson({ round: round.name, name: closed.name, closedOn: closed.closedOn });
        ctx.info(t('survey.closed', { survey: surveyLabel(closed.name, closed.title), round: round.name }));
      }),
    );
}
