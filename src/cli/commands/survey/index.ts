import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem survey …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'survey', {
    create: () => lazy('./create.js', import.meta.url),
    respond: () => lazy('./respond.js', import.meta.url),
    import: () => lazy('./import.js', import.meta.url),
    report: () => lazy('./report.js', import.meta.url),
    list: () => lazy('./list.js', import.meta.url),
    close: () => lazy('./close.js', import.meta.url),
  }, words);
}
