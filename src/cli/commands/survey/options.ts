import type { Command } from 'commander';
import type { T } from '../../../core/i18n/index.js';
import { DEFAULT_SURVEY_NAME, parseSurveyName } from '../../../core/survey/name.js';
import type { Round } from '../../../core/rounds.js';
import type { Db } from '../../../db/types.js';
import type { StoredSurvey } from '../../../db/surveys.js';
import type { Ctx } from '../../context.js';
import { roundOption } from '../../options.js';

/** `--round` and `--name`, shared by every survey command. */
export interface SurveyOptions {
  round?: string;
  name: string;
}

/** Adds `--round <round>` and `--name <name>` (default `final`). */
export function surveyOptions(command: Command, t: T): Command {
  return roundOption(command, t).option('--name <name>', t('survey.option.name'), DEFAULT_SURVEY_NAME);
}

/** The round and the named survey of it; a missing one is an error (exit 1) with a hint. */
export async function resolveSurvey(ctx: Ctx, o: SurveyOptions): Promise<{ db: Db; round: Round; survey: StoredSurvey }> {
  const name = parseSurveyName(o.name);
  const round = await ctx.round(o.round);
  const db = await ctx.db();
  const { getSurvey } = await import('../../../db/surveys.js');
  return { db, round, survey: getSurvey(db, round, name) };
}
