import type { Command } from 'commander';
import type { T } from '../core/i18n/index.js';

/** The `--round <round>` option (SPEC §1, the current round when left out); `ctx.round(o.round)` resolves it. */
export function roundOption(command: Command, t: T, help = 'option.round'): Command {
  return command.option('--round <round>', t(help));
}
