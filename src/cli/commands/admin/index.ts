import type { Command } from 'commander';
import type { App } from '../../app.js';
import backup from './backup.js';
import dbcheck from './dbcheck.js';
import exportCommand from './export.js';
import importCommand from './import.js';

/** `tandem backup`, `tandem export`, `tandem import` and `tandem db …` */
export default function register(program: Command, app: App): void {
  for (const verb of [backup, exportCommand, importCommand]) verb(program, app);
  const db = program.command('db').description(app.t('admin.db.description')).helpCommand('help [command]', app.t('help.command'));
  dbcheck(db, app);
}
