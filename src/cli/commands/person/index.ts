import type { Command } from 'commander';
import type { App } from '../../app.js';
import add from './add.js';
import forget from './forget.js';
import importCommand from './import.js';
import list from './list.js';
import show from './show.js';

/** `tandem person …` */
export default function register(program: Command, app: App): void {
  const group = program.command('person').description(app.t('person.description'));
  for (const verb of [add, importCommand, list, show, forget]) verb(group, app);
}
