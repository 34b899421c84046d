import type { Command } from 'commander';
import { reopenRound } from '../../../app/rounds.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('reopen <round>')
    .description(t('round.reopen.description'))
    .addHelpText('after', examples(t, ['tandem round reopen 2026']))
    .action(
      app.action(async (ctx, ref: string) => {
        const reopened = reopenRound(await ctx.db(), ref);
        if (ctx.json) return ctx.printJson({ round: reopened.round.name, reactivatedPairs: reopened.reactivated });
        ctx.info(t('round.reopened', { round: reopened.round.name, count: reopened.reactivated }));
      }),
    );
}
