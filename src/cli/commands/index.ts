import type { Command } from 'commander';
import type { App } from '../app.js';
import { lazy } from '../lazy.js';

/** Registers top-level commands; `words` are the command words of this run (see group.ts). */
export type Register = (program: Command, app: App, words: readonly string[]) => void | Promise<void>;
type Loader = () => Promise<{ default: Register }>;

const admin: Loader = () => lazy('./admin/index.js', import.meta.url);

/**
 * Every top-level command and the module that registers it. Modules are imported only
 * when their command runs (or for the full help), so start-up stays lean: add new
 * top-level commands here, in the order the help should list them.
 */
export const COMMANDS: Record<string, Loader> = {
  status: () => lazy('./status/index.js', import.meta.url),
  round: () => lazy('./round/index.js', import.meta.url),
  participant: () => lazy('./participant/index.js', import.meta.url),
  person: () => lazy('./person/index.js', import.meta.url),
  pair: () => lazy('./pair/index.js', import.meta.url),
  session: () => lazy('./session/index.js', import.meta.url),
  goal: () => lazy('./goal/index.js', import.meta.url),
  survey: () => lazy('./survey/index.js', import.meta.url),
  topic: () => lazy('./topic/index.js', import.meta.url),
  backup: admin,
  export: admin,
  import: admin,
  db: admin,
  settings: () => lazy('./settings/index.js', import.meta.url),
  demo: () => lazy('./demo/index.js', import.meta.url),
  completion: () => lazy('./completion/index.js', import.meta.url),
  help: () => lazy('./help/index.js', import.meta.url),
};

/** Registers the command that `words` name, or every command when they name none. */
export async function registerCommands(program: Command, app: App, words: readonly string[]): Promise<void> {
  const name = words[0];
  const loaders = name && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : [...new Set(Object.values(COMMANDS))];
  const modules = await Promise.all(loaders.map((load) => load()));
  for (const register of new Set(modules.map((m) => m.default))) await register(program, app, words);
}
