import type { Command } from 'commander';
import { closeRound } from '../../../app/rounds.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('close <round>')
    .description(t('round.close.description'))
    .addHelpText('after', examples(t, ['tandem round close 2026']))
    .action(
      app.action(async (ctx, ref: string) => {
        const round = closeRound(await ctx.db(), ref, ctx.today);
        ctx.info(t('round.closed', { round: round.name }));
      }),
    );
}
