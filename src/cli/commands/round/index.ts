import type { Command } from 'commander';
import type { App } from '../../app.js';
import certificates from './certificates.js';
import close from './close.js';
import compare from './compare.js';
import create from './create.js';
import list from './list.js';
import report from './report.js';
import show from './show.js';

/** `tandem round …` */
export default function register(program: Command, app: App): void {
  const group = program.command('round').description(app.t('round.description'));
  for (const verb of [create, list, show, close, report, compare, certificates]) verb(group, app);
}
