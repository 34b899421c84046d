import type { Command } from 'commander';
import type { App } from '../../app.js';
import add from './add.js';
import end from './end.js';
import exclude from './exclude.js';
import list from './list.js';
import lock from './lock.js';
import match from './match.js';

/** `tandem pair …` */
export default function register(program: Command, app: App): void {
  const group = program.command('pair').description(app.t('pair.description'));
  for (const verb of [match, list, add, end, lock, exclude]) verb(group, app);
}
