import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem survey …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'survey', {
    create: () => import('./create.js'),
    respond: () => import('./respond.js'),
    import: () => import('./import.js'),
    report: () => import('./report.js'),
    list: () => import('./list.js'),
    close: () => import('./close.js'),
  }, words);
}
