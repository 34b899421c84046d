import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { Option } from './commander.js';

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

/**
 * Lets an option also be given under its CSV column's name (`--manager-email` for
 * `--manager`, `--mentee-email` for `--mentee`): a hidden option whose value goes to the
 * real one (through the real one's parser, so a repeatable option collects from both), named
 * in the real one's help ("also --manager-email"). Giving both names is exit 2.
 */
export function aliasOptions(command: Command, t: T, aliases: Readonly<Record<string, string>>): Command {
  for (const [real, alias] of Object.entries(aliases)) aliasOption(command, real, alias, t);
  return command;
}

function aliasOption(command: Command, real: string, alias: string, t: T): void {
  const target = command.options.find((o) => o.long === real);
  if (!target) throw new Error(`${command.name()} has no option ${real} to alias`);
  target.description = `${target.description} ${t('option.also', { alias })}`;
  const hidden = new Option(`${alias}${target.flags.slice(target.flags.indexOf(real) + real.length)}`, target.description).hideHelp();
  command.addOption(hidden);
  const key = target.attributeName();
  command.on(`option:${hidden.name()}`, (value: string) => {
    // Both names given: the real one's value stays, and the hook below refuses the command.
    if (command.getOptionValueSource(key) === 'cli') return;
    const previous: unknown = command.getOptionValue(key);
    command.setOptionValueWithSource(key, target.parseArg ? target.parseArg(value, previous) : value, 'alias');
  });
  command.hook('preAction', () => {
    if (command.getOptionValueSource(hidden.attributeName()) === 'cli' && command.getOptionValueSource(key) === 'cli') {
      throw new UsageError('error.option.aliasBoth', { option: real, alias });
    }
  });
}
