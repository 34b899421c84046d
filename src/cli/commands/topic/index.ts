import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem topic …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'topic',
    {
      list: () => lazy('./list.js', import.meta.url),
      rename: () => lazy('./rename.js', import.meta.url),
    },
    words,
  );
}
