import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem person …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'person', {
    add: () => lazy('./add.js', import.meta.url),
    import: () => lazy('./import.js', import.meta.url),
    list: () => lazy('./list.js', import.meta.url),
    show: () => lazy('./show.js', import.meta.url),
    forget: () => lazy('./forget.js', import.meta.url),
  }, words);
}
