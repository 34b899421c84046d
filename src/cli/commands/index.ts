import type { Command } from 'commander';
import type { App } from '../app.js';

/** Registers top-level commands; `words` are the command words of this run (see group.ts). */
export type Register = (program: Command, app: App, words: readonly string[]) => void | Promise<void>;
type Loader = () => Promise<{ default: Register }>;

const admin: Loader = () => import('./admin/index.js');

/**
 * Every top-level command and the module that registers it. Modules are imported only
 * when their command runs (or for the full help), so start-up stays lean: add new
 * top-level commands here, in the order the help should list them.
 */
export const COMMANDS: Record<string, Loader> = {
  status: () => import('./status/index.js'),
  round: () => import('./round/index.js'),
  participant: () => import('./participant/index.js'),
  person: () => import('./person/index.js'),
  pair: () => import('./pair/index.js'),
  session: () => import('./session/index.js'),
  goal: () => import('./goal/index.js'),
  survey: () => import('./survey/index.js'),
  topic: () => import('./topic/index.js'),
  backup: admin,
  export: admin,
  import: admin,
  db: admin,
  settings: () => import('./settings/index.js'),
  demo: () => import('./demo/index.js'),
  completion: () => import('./completion/index.js'),
  help: () => import('./help/index.js'),
};

/** Registers the command that `words` name, or every command when they name none. */
export async function registerCommands(program: Command, app: App, words: readonly string[]): Promise<void> {
  const name = words[0];
  const loaders = name && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : [...new Set(Object.values(COMMANDS))];
  const modules = await Promise.all(loaders.map((load) => load()));
  for (const register of new Set(modules.map((m) => m.default))) await register(program, app, words);
}
