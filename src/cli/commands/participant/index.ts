import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem participant …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'participant', {
    add: () => lazy('./add.js', import.meta.url),
    import: () => lazy('./import.js', import.meta.url),
    list: () => lazy('./list.js', import.meta.url),
    remove: () => lazy('./remove.js', import.meta.url),
  }, words);
}
