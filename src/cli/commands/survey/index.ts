import type { Command } from 'commander';
import type { App } from '../../app.js';
import create from './create.js';
import importCommand from './import.js';
import report from './report.js';
import respond from './respond.js';

/** `tandem survey …` */
export default function register(program: Command, app: App): void {
  const group = program.command('survey').description(app.t('survey.description'));
  for (const verb of [create, respond, importCommand, report]) verb(group, app);
}
