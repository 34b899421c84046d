import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem settings …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'settings',
    {
      set: () => import('./set.js'),
      get: () => import('./get.js'),
      list: () => import('./list.js'),
    },
    words,
  );
}
