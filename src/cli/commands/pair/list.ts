import type { Command } from 'commander';
import { listPairs } from '../../../db/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { pairView, renderPairs } from '../../render/pairs.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('list').description(t('pair.list.description')), t)
    .option('--active', t('option.activeOnly'))
    .addHelpText('after', examples(t, ['tandem pair list --round 2026', 'tandem pair list --round 2026 --active --json']))
    .action(
      app.action(async (ctx, o: { round?: string; active?: boolean }) => {
        const round = await ctx.round(o.round);
        const pairs = listPairs(await ctx.db(), round.id, { all: !o.active })
          .sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1))
          .map(pairView);
        if (ctx.json) return ctx.printJson(pairs);
        if (!pairs.length) return ctx.info(t('pair.none'));
        ctx.print(renderPairs(ctx, pairs));
      }),
    );
}
