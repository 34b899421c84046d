import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem round …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'round', {
    create: () => import('./create.js'),
    list: () => import('./list.js'),
    show: () => import('./show.js'),
    edit: () => import('./edit.js'),
    close: () => import('./close.js'),
    reopen: () => import('./reopen.js'),
    report: () => import('./report.js'),
    compare: () => import('./compare.js'),
    certificates: () => import('./certificates.js'),
    calendar: () => import('./calendar.js'),
  }, words);
}
