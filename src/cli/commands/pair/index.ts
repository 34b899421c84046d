import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem pair …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'pair', {
    match: () => import('./match.js'),
    list: () => import('./list.js'),
    add: () => import('./add.js'),
    end: () => import('./end.js'),
    lock: () => import('./lock.js'),
    unlock: () => import('./unlock.js'),
    exclude: () => import('./exclude.js'),
    include: () => import('./include.js'),
  }, words);
}
