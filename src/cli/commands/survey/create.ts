import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { loadLanguage, translator } from '../../../core/i18n/index.js';
import { parseSurveyName, parseSurveyTitle, surveyLabel } from '../../../core/survey/name.js';
import { STANDARD_QUESTIONS, SURVEY_KINDS, type SurveyKind } from '../../../core/survey/questions.js';
import { createSurvey } from '../../../app/surveys.js';
import { examples, type App } from '../../app.js';
import { resolvePath } from '../admin/paths.js';
import { surveyOptions, type SurveyOptions } from './options.js';

interface CreateOptions extends SurveyOptions {
  kind: string;
  title?: string;
  questions?: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  surveyOptions(group.command('create'), t)
    .description(t('survey.create.description'))
    .option('--kind <kind>', t('survey.create.option.kind', { kinds: SURVEY_KINDS.join(', ') }), 'standard')
    .option('--title <text>', t('survey.create.option.title'))
    .option('--questions <file.json>', t('survey.create.option.questions'))
    .addHelpText(
      'after',
      examples(t, [
        'tandem survey create --round 2026',
        'tandem survey create --round 2026 --name final --title "Abschlussbefragung 2026"',
        'tandem survey create --round 2026 --name baseline --kind baseline',
        'tandem survey create --round 2026 --name final --kind final --questions questions.json',
      ]) +
        `\n${t('survey.create.questions')}\n${STANDARD_QUESTIONS.map((q) => `  ${q.id.padEnd(13)} ${t(`survey.kind.${q.kind}`).padEnd(8)} ${app.lang === 'de' ? q.textDe : q.text}`).join('\n')}\n` +
        `\n${t('survey.create.kinds')}\n\n${t('survey.create.questionsFile')}\n`,
    )
    .action(
      app.action(async (ctx, o: CreateOptions) => {
        const name = parseSurveyName(o.name);
        const title = o.title === undefined ? undefined : parseSurveyTitle(o.title);
        if (!SURVEY_KINDS.includes(o.kind as SurveyKind)) throw new UsageError('error.survey.kind', { value: o.kind, kinds: SURVEY_KINDS.join(', ') });
        const questions = o.questions === undefined ? undefined : (await import('../../../io/survey-questions.js')).readQuestionsFile(resolvePath(ctx, o.questions));
        const round = await ctx.round(o.round);
        await loadLanguage('de');
        const [en, de] = [translator('en'), translator('de')];
        // The question texts name the topic as shown (its label); the question id keeps the key.
        const wording = (key: string, topic = ctx.topicName(key)) => ({
          text: en('survey.confidence.mentee', { topic }),
          textDe: de('survey.confidence.mentee', { topic }),
          mentorText: en('survey.confidence.mentor', { topic }),
          mentorTextDe: de('survey.confidence.mentor', { topic }),
        });
        const survey = createSurvey(await ctx.db(), round, name, { kind: o.kind as SurveyKind, ...(title !== undefined && { title }), ...(questions && { questions }), wording });
        if (ctx.json) {
          return ctx.printJson({ id: survey.id, round: round.name, name: survey.name, title: survey.title, kind: survey.kind, questions: survey.questions });
        }
        ctx.info(t('survey.created', { survey: surveyLabel(survey.name, survey.title), round: round.name, count: survey.questions.length }));
        ctx.info(t('survey.created.next', { round: round.name, survey: survey.name }));
      }),
    );
}
