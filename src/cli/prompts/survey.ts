import { UsageError } from '../../core/errors.js';
import type { Lang, T } from '../../core/i18n/index.js';
import { checkAnswer, type AnswerValue } from '../../core/survey/answers.js';
import { MAX_TEXT_LENGTH, SCALE_BOUNDS, type Question } from '../../core/survey/questions.js';
import type { Ctx } from '../context.js';
import type { Prompter } from '../prompter.js';
import { terminalText } from '../render/bars.js';
import { questionText } from '../render/survey/view.js';

// The prompts of `survey respond`: one per question, then the answers to confirm.

/** The prompter, or exit 2 pointing to `survey import`, the way to record answers without a terminal. */
export async function terminalPrompter(ctx: Ctx, round: string | undefined, survey: string): Promise<Prompter> {
  try {
    return await ctx.prompter('survey import');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError('error.survey.respondNeedsTerminal', {}, 'hint.survey.useImport', {
      round: round ?? '<round>',
      survey,
    });
  }
}

/**
 * One question with the prompt that fits its kind; every question but a required one can
 * be skipped (undefined).
 */
export async function ask(prompter: Prompter, question: Question, message: string, t: T, lang: Lang = 'en'): Promise<AnswerValue | undefined> {
  const skip = question.required ? [] : [{ name: t('survey.answer.skip'), value: 'skip' as const }];
  const emptySkips = question.required ? t('survey.respond.required') : t('survey.respond.emptySkips');
  switch (question.kind) {
    case 'yesno': {
      const answer = await prompter.select<'yes' | 'no' | 'skip'>({
        message,
        choices: [
          { name: t('survey.answer.yes'), value: 'yes' },
          { name: t('survey.answer.no'), value: 'no' },
          ...skip,
        ],
      });
      return answer === 'skip' ? undefined : answer === 'yes';
    }
    case 'nps': {
      const { min, max } = SCALE_BOUNDS.nps;
      // Eleven values read faster typed than scrolled; an empty answer skips.
      for (;;) {
        const answer = await prompter.number({ message: `${message} (${min}–${max}; ${emptySkips})`, min, max, required: question.required === true });
        const checked = checkAnswer(question, answer);
        if (checked.ok && (checked.value !== undefined || !question.required)) return checked.value;
      }
    }
    case 'scale5': {
      const { min, max } = SCALE_BOUNDS.scale5;
      const answer = await prompter.select<number | 'skip'>({
        message: `${message} (${t('survey.respond.scaleHint', { min, max })})`,
        choices: [...Array.from({ length: max - min + 1 }, (_x, i) => ({ name: String(min + i), value: min + i })), ...skip],
      });
      return answer === 'skip' ? undefined : answer;
    }
    case 'choice': {
      const answer = await prompter.select<string>({
        message,
        choices: [...(question.options ?? []).map((o) => ({ name: terminalText(lang === 'de' ? o.textDe : o.text), value: o.id })), ...skip],
      });
      return answer === 'skip' ? undefined : answer;
    }
    case 'multichoice': {
      for (;;) {
        const chosen = await prompter.checkbox<string>({
          message: `${message} (${emptySkips})`,
          choices: (question.options ?? []).map((o) => ({ name: terminalText(lang === 'de' ? o.textDe : o.text), value: o.id })),
        });
        const checked = checkAnswer(question, chosen);
        if (checked.ok && (checked.value !== undefined || !question.required)) return checked.value;
      }
    }
    case 'text': {
      const answer = await prompter.input({
        message: `${message} (${emptySkips})`,
        validate: (value) => {
          const checked = checkAnswer(question, value);
          if (!checked.ok) return t('survey.respond.tooLong', { max: MAX_TEXT_LENGTH });
          return checked.value === undefined && question.required ? t('survey.respond.required') : true;
        },
      });
      const checked = checkAnswer(question, answer);
      return checked.ok ? checked.value : undefined;
    }
  }
}

/** The answers as the respondent will confirm them, one line per question, in the respondent's wording. */
export function summary(questions: readonly Question[], answers: Record<string, AnswerValue>, ctx: Ctx, t: T, role?: 'mentor' | 'mentee'): string {
  const lines = [t('survey.respond.summary')];
  for (const question of questions) {
    const value = answers[question.id];
    const shown =
      value === undefined
        ? ctx.io.color.dim(t('survey.respond.skipped'))
        : typeof value === 'boolean'
          ? t(value ? 'survey.answer.yes' : 'survey.answer.no')
          : terminalText(optionTexts(question, value, ctx.lang));
    lines.push(`  ${questionText(question, ctx.lang, role)}  ${ctx.io.color.bold(shown)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A choice answer as its options' texts; any other answer as itself. */
function optionTexts(question: Question, value: AnswerValue, lang: Lang): string {
  const ids = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
  if (question.options === undefined) return String(value);
  return ids.map((id) => question.options!.find((o) => o.id === id)).map((o, i) => (o ? (lang === 'de' ? o.textDe : o.text) : ids[i])).join(', ');
}
