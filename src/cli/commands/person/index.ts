import type { Command } from 'commander';
import type { App } from '../../app.js';

/** `tandem person …` */
export default function register(program: Command, app: App): void {
  program.command('person').description(app.t('person.description'));
}
