import type { Command } from 'commander';
import { assertOpen, checkedAnswers, recordResponse } from '../../../app/surveys.js';
import { parseRole } from '../../../core/people.js';
import type { AnswerValue } from '../../../core/survey/answers.js';
import type { Role } from '../../../core/survey/report.js';
import { examples, type App } from '../../app.js';
import { ask, summary, terminalPrompter } from '../../prompts/survey.js';
import { questionText } from '../../render/survey/view.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';

interface RespondOptions extends SurveyOptions {
  role?: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('respond'), t)
    .description(t('survey.respond.description'))
    .option('--role <role>', t('survey.option.role'))
    .addHelpText('after', examples(t, ['tandem survey respond --round 2026 --role mentee', 'tandem survey respond --round 2026 --name midpoint --role mentor']))
    .action(
      app.action(async (ctx, o: RespondOptions) => {
        let role: Role | undefined = o.role === undefined ? undefined : parseRole(o.role);
        const prompter = await terminalPrompter(ctx, o.round, o.name);
        const { db, round, survey } = await resolveSurvey(ctx, o);
        assertOpen(survey);
        role ??= await prompter.select<Role>({
          message: t('survey.respond.role'),
          choices: [
            { name: t('role.mentor'), value: 'mentor' },
            { name: t('role.mentee'), value: 'mentee' },
          ],
        });
        const intro = survey.questions.some((q) => q.required) ? 'survey.respond.introRequired' : 'survey.respond.intro';
        ctx.io.err(`${t(intro, { survey: survey.name, round: round.name, count: survey.questions.length })}\n`);
        const given: Record<string, AnswerValue> = {};
        for (const [i, question] of survey.questions.entries()) {
          const message = `(${i + 1}/${survey.questions.length}) ${questionText(question, ctx.lang, role)}`;
          const value = await ask(prompter, question, message, t, ctx.lang);
          if (value !== undefined) given[question.id] = value;
        }
        const answers = checkedAnswers(survey, given);
        ctx.io.err(summary(survey.questions, answers, ctx, t, role));
        if (!(await prompter.confirm({ message: t('survey.respond.confirm'), default: true }))) return ctx.info(t('survey.respond.discarded'));
        recordResponse(db, survey, role, answers);
        if (ctx.json) return ctx.printJson({ survey: survey.name, round: round.name, role, answered: Object.keys(answers).length });
        ctx.info(t('survey.respond.saved'));
      }),
    );
}
