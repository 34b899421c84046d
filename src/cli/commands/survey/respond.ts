import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import type { T } from '../../../core/i18n/index.js';
import { parseRole } from '../../../core/people.js';
import { checkAnswer, validateAnswers, type AnswerValue } from '../../../core/survey/answers.js';
import { MAX_TEXT_LENGTH, SCALE_BOUNDS, type Question } from '../../../core/survey/questions.js';
import type { Role } from '../../../core/survey/report.js';
import { insertResponse } from '../../../db/surveys.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import type { Prompter } from '../../prompter.js';
import { terminalText } from '../../render/bars.js';
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
        const prompter = await terminalPrompter(ctx, o);
        const { db, round, survey } = await resolveSurvey(ctx, o);
        role ??= await prompter.select<Role>({
          message: t('survey.respond.role'),
          choices: [
            { name: t('role.mentor'), value: 'mentor' },
            { name: t('role.mentee'), value: 'mentee' },
          ],
        });
        ctx.io.err(`${t('survey.respond.intro', { survey: survey.name, round: round.name, count: survey.questions.length })}\n`);
        const given: Record<string, AnswerValue> = {};
        for (const [i, question] of survey.questions.entries()) {
          const message = `(${i + 1}/${survey.questions.length}) ${questionText(question, ctx.lang)}`;
          const value = await ask(prompter, question, message, t);
          if (value !== undefined) given[question.id] = value;
        }
        const checked = validateAnswers(survey.questions, given);
        // The prompts validate already; a failure here is a bug, not the respondent's fault.
        if (!checked.ok) throw new Error(`invalid answers: ${JSON.stringify(checked.errors)}`);
        ctx.io.err(summary(survey.questions, checked.value, ctx, t));
        if (!(await prompter.confirm({ message: t('survey.respond.confirm'), default: true }))) {
          return ctx.info(t('survey.respond.discarded'));
        }
        db.transaction(() => insertResponse(db, survey.id, { role, answers: checked.value })).immediate();
        if (ctx.json) {
          return ctx.printJson({ survey: survey.name, round: round.name, role, answered: Object.keys(checked.value).length });
        }
        ctx.info(t('survey.respond.saved'));
      }),
    );
}

/** The prompter, or exit 2 pointing to `survey import`, the way to record answers without a terminal. */
async function terminalPrompter(ctx: Ctx, o: RespondOptions): Promise<Prompter> {
  try {
    return await ctx.prompter('survey import');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError('error.survey.respondNeedsTerminal', {}, 'hint.survey.useImport', {
      round: o.round ?? '<round>',
      survey: o.name,
    });
  }
}

/** One question with the prompt that fits its kind; every question can be skipped (undefined). */
async function ask(prompter: Prompter, question: Question, message: string, t: T): Promise<AnswerValue | undefined> {
  switch (question.kind) {
    case 'yesno': {
      const answer = await prompter.select<'yes' | 'no' | 'skip'>({
        message,
        choices: [
          { name: t('survey.answer.yes'), value: 'yes' },
          { name: t('survey.answer.no'), value: 'no' },
          { name: t('survey.answer.skip'), value: 'skip' },
        ],
      });
      return answer === 'skip' ? undefined : answer === 'yes';
    }
    case 'nps': {
      const { min, max } = SCALE_BOUNDS.nps;
      // Eleven values read faster typed than scrolled; an empty answer skips.
      for (;;) {
        const answer = await prompter.number({ message: `${message} (${min}–${max}; ${t('survey.respond.emptySkips')})`, min, max, required: false });
        const checked = checkAnswer(question, answer);
        if (checked.ok) return checked.value;
      }
    }
    case 'scale5': {
      const { min, max } = SCALE_BOUNDS.scale5;
      const answer = await prompter.select<number | 'skip'>({
        message: `${message} (${t('survey.respond.scaleHint', { min, max })})`,
        choices: [
          ...Array.from({ length: max - min + 1 }, (_x, i) => ({ name: String(min + i), value: min + i })),
          { name: t('survey.answer.skip'), value: 'skip' as const },
        ],
      });
      return answer === 'skip' ? undefined : answer;
    }
    case 'text': {
      const answer = await prompter.input({
        message: `${message} (${t('survey.respond.emptySkips')})`,
        validate: (value) => (checkAnswer(question, value).ok ? true : t('survey.respond.tooLong', { max: MAX_TEXT_LENGTH })),
      });
      const checked = checkAnswer(question, answer);
      return checked.ok ? checked.value : undefined;
    }
  }
}

/** The answers as the respondent will confirm them, one line per question. */
function summary(questions: readonly Question[], answers: Record<string, AnswerValue>, ctx: Ctx, t: T): string {
  const lines = [t('survey.respond.summary')];
  for (const question of questions) {
    const value = answers[question.id];
    const shown =
      value === undefined
        ? ctx.io.color.dim(t('survey.respond.skipped'))
        : typeof value === 'boolean'
          ? t(value ? 'survey.answer.yes' : 'survey.answer.no')
          : terminalText(String(value));
    lines.push(`  ${questionText(question, ctx.lang)}  ${ctx.io.color.bold(shown)}`);
  }
  return `${lines.join('\n')}\n`;
}
