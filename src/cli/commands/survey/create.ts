import type { Command } from 'commander';
import { parseSurveyName } from '../../../core/survey/name.js';
import { STANDARD_QUESTIONS } from '../../../core/survey/questions.js';
import { createSurvey } from '../../../app/surveys.js';
import { examples, type App } from '../../app.js';
import { surveyOptions, type SurveyOptions } from './options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('create'), t)
    .description(t('survey.create.description'))
    .addHelpText(
      'after',
      examples(t, ['tandem survey create --round 2026', 'tandem survey create --round 2026 --name midpoint']) +
        `\n${t('survey.create.questions')}\n${STANDARD_QUESTIONS.map((q) => `  ${q.id.padEnd(13)} ${t(`survey.kind.${q.kind}`).padEnd(8)} ${app.lang === 'de' ? q.textDe : q.text}`).join('\n')}\n`,
    )
    .action(
      app.action(async (ctx, o: SurveyOptions) => {
        const name = parseSurveyName(o.name);
        const round = await ctx.round(o.round);
        const survey = createSurvey(await ctx.db(), round, name);
        if (ctx.json) {
          return ctx.printJson({ id: survey.id, round: round.name, name: survey.name, questions: survey.questions });
        }
        ctx.info(t('survey.created', { survey: survey.name, round: round.name, count: survey.questions.length }));
        ctx.info(t('survey.created.next', { round: round.name, survey: survey.name }));
      }),
    );
}
