import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem round …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'round', {
    create: () => lazy('./create.js', import.meta.url),
    list: () => lazy('./list.js', import.meta.url),
    show: () => lazy('./show.js', import.meta.url),
    edit: () => lazy('./edit.js', import.meta.url),
    close: () => lazy('./close.js', import.meta.url),
    reopen: () => lazy('./reopen.js', import.meta.url),
    report: () => lazy('./report.js', import.meta.url),
    compare: () => lazy('./compare.js', import.meta.url),
    certificates: () => lazy('./certificates.js', import.meta.url),
    calendar: () => lazy('./calendar.js', import.meta.url),
  }, words);
}
