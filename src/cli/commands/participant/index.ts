import type { Command } from 'commander';
import type { App } from '../../app.js';
import add from './add.js';
import importCommand from './import.js';
import list from './list.js';
import remove from './remove.js';

/** `tandem participant …` */
export default function register(program: Command, app: App): void {
  const group = program.command('participant').description(app.t('participant.description'));
  for (const verb of [add, importCommand, list, remove]) verb(group, app);
}
