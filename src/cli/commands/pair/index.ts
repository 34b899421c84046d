import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';
import { lazy } from '../../lazy.js';

/** `tandem pair …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'pair', {
    match: () => lazy('./match.js', import.meta.url),
    list: () => lazy('./list.js', import.meta.url),
    add: () => lazy('./add.js', import.meta.url),
    end: () => lazy('./end.js', import.meta.url),
    lock: () => lazy('./lock.js', import.meta.url),
    unlock: () => lazy('./unlock.js', import.meta.url),
    exclude: () => lazy('./exclude.js', import.meta.url),
    include: () => lazy('./include.js', import.meta.url),
  }, words);
}
