import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem session …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'session',
    {
      log: () => lazy('./log.js', import.meta.url),
      list: () => lazy('./list.js', import.meta.url),
      import: () => lazy('./import.js', import.meta.url),
    },
    words,
  );
}
