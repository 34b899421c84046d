import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem topic …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'topic',
    {
      list: () => import('./list.js'),
      rename: () => import('./rename.js'),
    },
    words,
  );
}
