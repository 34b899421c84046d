import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem session …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'session',
    {
      log: () => import('./log.js'),
      list: () => import('./list.js'),
      import: () => import('./import.js'),
    },
    words,
  );
}
