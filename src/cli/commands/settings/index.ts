import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem settings …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(
    program,
    app,
    'settings',
    {
      set: () => lazy('./set.js', import.meta.url),
      get: () => lazy('./get.js', import.meta.url),
      list: () => lazy('./list.js', import.meta.url),
    },
    words,
  );
}
