import type { Command } from 'commander';
import { assertOpen, checkedAnswers, recordResponse } from '../../../app/surveys.js';
import { parseRole } from '../../../core/people.js';
import type { AnswerValue } from '../../../core/survey/answers.js';
import { surveyLabel } from '../../../core/survey/name.js';
import type { Role } from '../../../core/survey/report.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import type { Prompter } from '../../prompter.js';
import { kiosk, withoutPreselection } from '../../prompts/kiosk.js';
import { ask, summary, terminalPrompter } from '../../prompts/survey.js';
import { questionText } from '../../render/survey/view.js';
import { resolveSurvey, surveyOptions, type SurveyOptions } from './options.js';

interface RespondOptions extends SurveyOptions {
  role?: string;
  kiosk?: boolean;
}
type Surveyed = Awaited<ReturnType<typeof resolveSurvey>>;

/** The questions to one respondent, their answers confirmed and saved (own transaction); null when they chose not to save. */
async function respondOnce(ctx: Ctx, prompter: Prompter, target: Surveyed, fixedRole: Role | undefined): Promise<{ role: Role; answered: number } | null> {
  const { t } = ctx;
  const { db, round, survey } = target;
  const role = fixedRole ?? (await prompter.select<Role>({ message: t('survey.respond.role'), choices: [{ name: t('role.mentor'), value: 'mentor' }, { name: t('role.mentee'), value: 'mentee' }] }));
  ctx.io.err(`${t(survey.questions.some((q) => q.required) ? 'survey.respond.introRequired' : 'survey.respond.intro', { survey: surveyLabel(survey.name, survey.title), round: round.name, count: survey.questions.length })}\n`);
  const given: Record<string, AnswerValue> = {};
  for (const [i, question] of survey.questions.entries()) {
    const value = await ask(prompter, question, `(${i + 1}/${survey.questions.length}) ${questionText(question, ctx.lang, role)}`, t, ctx.lang);
    if (value !== undefined) given[question.id] = value;
  }
  const answers = checkedAnswers(survey, given);
  ctx.io.err(summary(survey.questions, answers, ctx, t, role));
  if (!(await prompter.confirm({ message: t('survey.respond.confirm'), default: true }))) return null;
  recordResponse(db, survey, role, answers);
  return { role, answered: Object.keys(answers).length };
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('respond'), t)
    .description(t('survey.respond.description'))
    .option('--role <role>', t('survey.option.role'))
    .option('--kiosk', t('survey.option.kiosk'))
    .addHelpText('after', examples(t, ['tandem survey respond --round 2026 --role mentee', 'tandem survey respond --round 2026 --name midpoint --role mentor', 'tandem survey respond --round 2026 --kiosk']))
    .action(
      app.action(async (ctx, o: RespondOptions) => {
        const role: Role | undefined = o.role === undefined ? undefined : parseRole(o.role);
        const prompter = await terminalPrompter(ctx, o.round, o.name);
        const target = await resolveSurvey(ctx, o);
        const { survey, round } = target;
        assertOpen(survey);
        if (o.kiosk) {
          const saved = await kiosk(ctx, async () => (await respondOnce(ctx, withoutPreselection(prompter, t), target, role)) !== null);
          return ctx.json ? ctx.printJson({ survey: survey.name, round: round.name, saved }) : ctx.info(t('survey.kiosk.ended', { count: saved }));
        }
        const saved = await respondOnce(ctx, prompter, target, role);
        if (!saved) return ctx.info(t('survey.respond.discarded'));
        if (ctx.json) return ctx.printJson({ survey: survey.name, round: round.name, ...saved });
        ctx.info(t('survey.respond.saved'));
      }),
    );
}
