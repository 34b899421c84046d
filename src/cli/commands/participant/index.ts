import type { Command } from 'commander';
import type { App } from '../../app.js';

/** `tandem participant …` */
export default function register(program: Command, app: App): void {
  program.command('participant').description(app.t('participant.description'));
}
