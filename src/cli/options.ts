import type { Command } from 'commander';
import type { T } from '../core/i18n/index.js';

/** The `--round <round>` option (SPEC §1, the current round when left out); `ctx.round(o.round)` resolves it. */
export function roundOption(command: Command, t: T, help = 'option.round'): Command {
  return command.option('--round <round>', t(help));
}

/** The settings of a round, shared by `round create` and `round edit` (checked once by app/rounds parseRoundSettings). */
export function roundSettingOptions(command: Command, t: T): Command {
  return command
    .option('--end <date>', t('option.end'))
    .option('--cadence-days <n>', t('option.cadenceDays'))
    .option('--min-sessions <n>', t('option.minSessions'))
    .option('--mentors-per-mentee <n>', t('option.mentorsPerMentee'));
}
