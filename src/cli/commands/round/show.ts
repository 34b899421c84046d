import type { Command } from 'commander';
import { roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { printRound, roundView } from '../../render/rounds.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('show [round]')
    .description(t('round.show.description'))
    .addHelpText('after', examples(t, ['tandem round show 2026', 'tandem round show 2026 --json']))
    .action(
      app.action(async (ctx, ref: string | undefined) => {
        const round = await ctx.round(ref);
        printRound(ctx, roundView(round, roundCounts(await ctx.db()).get(round.id), ctx.today));
      }),
    );
}
