import type { Command } from 'commander';
import { programmeStatus } from '../../../app/status.js';
import { examples, type App } from '../../app.js';
import { printStatus } from './print.js';

/** `tandem status`: the open rounds at a glance and the next thing to do. */
export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('status')
    .description(t('status.description'))
    .addHelpText('after', examples(t, ['tandem status', 'tandem status --json']))
    .action(
      app.action(async (ctx) => {
        const status = programmeStatus(await ctx.db(), ctx.today);
        if (ctx.json) return ctx.printJson(status);
        printStatus(ctx, status);
      }),
    );
}
