import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem goal …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'goal',
    {
      add: () => import('./add.js'),
      done: () => import('./done.js'),
      list: () => import('./list.js'),
      remove: () => import('./remove.js'),
      import: () => import('./import.js'),
    },
    words,
  );
}
