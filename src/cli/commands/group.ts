import type { Command } from 'commander';
import type { App } from '../app.js';

/** A subcommand's registration: adds itself, with its options and action, to its group. */
export type Verb = (group: Command, app: App) => void;
export type VerbLoader = () => Promise<{ default: Verb }>;

/**
 * Adds a command group (`tandem round …`). Only the verb being run is imported; the help,
 * a typo or a bare group loads them all, in the order given. Start-up stays small however
 * many verbs a group grows.
 */
export async function registerGroup(
  program: Command,
  app: App,
  name: string,
  verbs: Record<string, VerbLoader>,
  words: readonly string[],
): Promise<Command> {
  const group = program.command(name).description(app.t(`${name}.description`)).helpCommand('help [command]', app.t('help.command'));
  const verb = words[0] === name ? words[1] : undefined;
  const wanted = verb !== undefined && Object.hasOwn(verbs, verb) ? [verbs[verb]!] : Object.values(verbs);
  for (const module of await Promise.all(wanted.map((load) => load()))) module.default(group, app);
  return group;
}
