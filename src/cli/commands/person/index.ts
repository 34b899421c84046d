import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerGroup } from '../group.js';

/** `tandem person …` */
export default async function register(program: Command, app: App, words: readonly string[]): Promise<void> {
  await registerGroup(program, app, 'person', {
    add: () => import('./add.js'),
    import: () => import('./import.js'),
    list: () => import('./list.js'),
    show: () => import('./show.js'),
    forget: () => import('./forget.js'),
  }, words);
}
